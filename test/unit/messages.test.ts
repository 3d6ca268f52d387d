// Outside text (settings, command arguments, webview messages) reaches notifications, the routine picker and log
// lines. VS Code turns `[label](command:…)` in a notification into a link that runs the command, and `$(name)` into an
// icon; a line break forges a log line. Every message builder must leave none of these, and still show the value.
import * as assert from 'node:assert/strict';
import { parseAllSettings } from '../../src/core/settings/settings';
import { plainText, plainValue } from '../../src/host/base/untrusted';
import { noRoutineMessage, routineLabel } from '../../src/host/routines/routineLabels';
import { routineItem } from '../../src/host/routines/routinePicker';
import { describeReminderProblem, describeRoutineProblem, describeSettingProblem, logLines, moreInLogMessage, settingsMessages, summaryMessage, warningFor } from '../../src/host/settings/settingMessages';

const HOSTILE = [
  '[Repair your warm-up settings](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22curl%20x%7Csh%5Cn%22%7D)',
  '[Open](https://example.invalid/x "title")',
  '[file](file:///etc/passwd)',
  '[[nested](command:a)](command:b)',
  '[spaced] (command:x) and [tab]\t(command:y)',
  '$(loading~spin) Security alert',
  '$(warning)$(x)',
  '$\n(bell)',
  'name\nforged: log line',
  'a\r\nb\u2028c\u2029d\u0085e\u0000f',
  'x'.repeat(5_000),
];

/** VS Code's pattern for links in notification messages (parseLinkedText). */
const LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
/** VS Code's pattern for icons in labels and messages. */
const ICON = /\$\([a-z0-9-]+?(?:~[a-z0-9-]*?)?\)/i;

function assertInert(text: string, where: string): void {
  assert.doesNotMatch(text, LINK, `${where}: a link survived in ${JSON.stringify(text)}`);
  assert.doesNotMatch(text, ICON, `${where}: an icon survived in ${JSON.stringify(text)}`);
  assert.doesNotMatch(text, /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/, `${where}: a line break or control character survived`);
  assert.ok(text.length < 1_000, `${where}: ${text.length} characters`);
}

/** Every message a hostile string can reach, by where it goes. */
function messagesFor(hostile: string): Record<string, string> {
  const { settings, problems } = parseAllSettings(
    (key) => ({ routine: hostile, volume: hostile, drills: [hostile], customRoutines: [{ name: hostile, steps: [{ drill: hostile, seconds: 30 }] }], 'reminder.time': hostile, 'reminder.days': [hostile] })[key as string],
  );
  const all = settingsMessages(settings, problems).all;
  return {
    ...Object.fromEntries(all.map((message, i) => [`settings warning ${i + 1}`, message])),
    'setting problem': describeSettingProblem({ key: 'walkMinutes', reason: 'notANumber', given: hostile, used: 5 }),
    'routine problem': describeRoutineProblem({ routine: hostile, reason: 'unknownDrill', detail: hostile }),
    'reminder problem': describeReminderProblem({ key: 'reminder.time', reason: 'notATime', given: hostile }),
    'summary warning': summaryMessage(all[0] ?? hostile, 41),
    'no routine called': noRoutineMessage(hostile),
    'routine label': routineLabel(hostile),
    'picker label': routineItem({ id: hostile, preset: false, steps: [{ id: 'walk', durationMs: 60_000 }] }, 'coach').label,
    'log line': plainValue({ type: 'command', command: hostile }, 200),
    'more in log': moreInLogMessage(7),
  };
}

describe('outside text in messages', () => {
  it('reaches every warning the settings can cause', () => {
    const reasons = Object.keys(messagesFor(HOSTILE[0])).filter((k) => k.startsWith('settings warning'));
    assert.ok(reasons.length >= 5, `routine, volume, drills, custom routine and reminder each warn (got ${reasons.length})`);
  });

  for (const hostile of HOSTILE) {
    it(`leaves no link, icon or line break: ${JSON.stringify(hostile.slice(0, 40))}`, () => {
      for (const [where, text] of Object.entries(messagesFor(hostile))) {
        assertInert(text, where);
      }
    });
  }

  it('still shows the value, so the runner can find it in their settings', () => {
    assert.match(noRoutineMessage(HOSTILE[0]), /Repair your warm-up settings/);
    assert.match(routineLabel('$(loading~spin) Security alert'), /\$ \(loading~spin\) Security alert/);
    assert.equal(plainText('Lunch stairs'), 'Lunch stairs');
    assert.equal(plainText('line\nbreak'), 'line break');
  });
});

describe('many bad settings', () => {
  it('give one notification and a bounded log, however many there are', () => {
    const { settings, problems } = parseAllSettings((key) => (key === 'customRoutines' ? Array(100_000).fill('highKnees') : undefined));
    const messages = settingsMessages(settings, problems).all;
    assert.ok(messages.length <= 52, `${messages.length} messages for one setting`);
    const warning = warningFor(messages);
    assert.ok(warning?.details);
    assert.match(warning.message, /more problems with the warm-up settings are in the Warm-Up output/);
    assert.equal(logLines(Array.from({ length: 10_001 }, (_, i) => `problem ${i}`), 100).length, 101);
    assert.deepEqual(warningFor(['only one']), { message: 'only one', details: false });
    assert.equal(warningFor([]), undefined);
  });
});
