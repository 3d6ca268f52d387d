import * as assert from 'node:assert/strict';
import { allRoutines, findRoutine, isRoutineMissing, selectedRoutine } from '../../src/core/routines/routines';
import { parseAllSettings, Settings } from '../../src/core/settings/settings';

/** The settings a user with these raw `warmup.*` values gets (unset keys are undefined, as VS Code reports them). */
function settingsFrom(raw: Record<string, unknown>): Settings {
  return parseAllSettings((key) => raw[key]).settings;
}

const lunch = { name: 'Lunch', steps: [{ drill: 'walk', seconds: 120 }, { drill: 'highKnees', seconds: 20 }] };

describe('routine choice', () => {
  it('lists the presets first, then the valid custom routines in the order written', () => {
    const settings = settingsFrom({ customRoutines: [lunch, { name: 'Broken', steps: [] }, { name: 'Stairs', steps: [{ drill: 'walk', seconds: 60 }] }] });
    assert.deepEqual(
      allRoutines(settings).map((r) => [r.id, r.preset]),
      [['coach', true], ['officeQuick', true], ['easyRun', true], ['workout', true], ['Lunch', false], ['Stairs', false]],
    );
  });

  it('finds a custom routine whatever the case, under the name it was given', () => {
    const found = findRoutine(settingsFrom({ customRoutines: [lunch] }), 'LUNCH');
    assert.deepEqual(found, { id: 'Lunch', preset: false, steps: [{ id: 'walk', durationMs: 120_000 }, { id: 'highKnees', durationMs: 20_000 }] });
  });

  it('builds the coach preset from the current settings', () => {
    const coach = findRoutine(settingsFrom({ walkMinutes: 3, drills: ['buttKicks'], easeInMinutes: 0 }), 'coach');
    assert.deepEqual(coach?.steps, [{ id: 'walk', durationMs: 180_000 }, { id: 'buttKicks', durationMs: 30_000 }]);
  });

  it('runs what warmup.routine names, and the coach routine when it names nothing that works', () => {
    assert.equal(selectedRoutine(settingsFrom({ routine: 'workout' })).id, 'workout');
    assert.equal(selectedRoutine(settingsFrom({ routine: 'lunch', customRoutines: [lunch] })).id, 'Lunch');
    for (const routine of ['moonwalk', 'Broken']) {
      const settings = settingsFrom({ routine, customRoutines: [{ name: 'Broken', steps: [{ drill: 'moonwalk', seconds: 30 }] }] });
      assert.equal(selectedRoutine(settings).id, 'coach', routine);
      assert.equal(isRoutineMissing(settings), true, routine);
    }
    assert.equal(isRoutineMissing(settingsFrom({})), false, 'the default names the coach routine');
  });
});

describe('parseAllSettings', () => {
  it('reads every group through one getter and reports each group\'s problems', () => {
    const { settings, problems } = parseAllSettings(
      (key) =>
        ({
          volume: 150,
          customRoutines: 'none',
          'heartRate.age': 35,
          'heartRate.method': 'guess',
          'reminder.time': '25:00',
          'reminder.days': ['monday', 'someday'],
        })[key as string],
    );
    assert.equal(settings.warmup.volume, 100);
    assert.equal(settings.heartRate.age, 35);
    assert.deepEqual(settings.reminder, { time: undefined, days: ['monday'] });
    assert.deepEqual(problems.warmup.map((p) => p.key), ['volume']);
    assert.deepEqual(problems.customRoutines.map((p) => p.reason), ['notAList']);
    assert.deepEqual(problems.heartRate.map((p) => p.key), ['heartRate.method']);
    assert.deepEqual(problems.reminder, [
      { key: 'reminder.time', reason: 'notATime', given: '25:00' },
      { key: 'reminder.days', reason: 'unknownDay', given: ['someday'] },
    ]);
  });

  it('reports a reminder day list that is not a list', () => {
    assert.deepEqual(parseAllSettings((key) => (key === 'reminder.days' ? 'weekdays' : undefined)).problems.reminder, [
      { key: 'reminder.days', reason: 'notAList' },
    ]);
  });
});
