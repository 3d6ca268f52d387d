// package.json repeats lists and numbers the code defines (command ids, setting keys, defaults, ranges, enums), because
// VS Code reads them before any code runs. These tests fail when the two disagree, and say which side to edit.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_HR_METHOD, HR_LIMITS, HR_METHODS } from '../../src/core/coaching/heartRate';
import { DEFAULT_REMINDER_DAYS, WEEKDAYS } from '../../src/core/reminders/reminderTime';
import { MAX_NAME_LENGTH, MAX_ROUTINES, MAX_STEPS, STEP_SECONDS } from '../../src/core/routines/customRoutines';
import { COACH_DRILL_IDS, DRILL_ALIASES, DRILL_IDS } from '../../src/core/routines/drills';
import { PRESET_IDS } from '../../src/core/routines/presets';
import { AnySettingKey, FOLDER_SETTING_KEYS, parseAllSettings, PERSONAL_SETTING_KEYS, SETTING_KEYS } from '../../src/core/settings/settings';
import { DEFAULT_SETTINGS, LIMITS } from '../../src/core/settings/warmupSettings';
import { COMMANDS, PANEL_VIEW_TYPE, STATE_CONTEXT_KEY, WARMUP_STATES } from '../../src/host/base/commandIds';

/** The parts of a JSON schema the manifest uses. */
interface Schema {
  readonly default?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxItems?: number;
  readonly maxLength?: number;
  readonly scope?: string;
  readonly enum?: readonly unknown[];
  readonly markdownEnumDescriptions?: readonly string[];
  readonly examples?: readonly unknown[];
  readonly items?: Schema;
  readonly properties?: Record<string, Schema>;
}

interface Manifest {
  readonly activationEvents: readonly string[];
  readonly capabilities: { readonly untrustedWorkspaces: { readonly supported: unknown; readonly restrictedConfigurations?: readonly string[] } };
  readonly contributes: {
    readonly commands: readonly { readonly command: string }[];
    readonly configuration: { readonly properties: Record<string, Schema> };
    readonly walkthroughs: readonly { readonly steps: readonly { readonly completionEvents: readonly string[] }[] }[];
    readonly menus: Record<string, readonly { readonly command: string; readonly when?: string }[]>;
  };
}

const root = path.resolve(__dirname, '..', '..', '..');
const manifestText = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText) as Manifest;
const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
const properties = manifest.contributes.configuration.properties;

/** The schema of a setting, or of a part of it (`items` or a property name at each step). */
function schema(key: AnySettingKey, ...within: string[]): Schema {
  let where = `warmup.${key}`;
  let node: Schema | undefined = properties[where];
  for (const step of within) {
    node = step === 'items' ? node?.items : node?.properties?.[step];
    where += ` > ${step}`;
  }
  assert.ok(node, `package.json has no ${where} under contributes.configuration.properties`);
  return node;
}

const show = (values: readonly unknown[]): string => (values.length === 0 ? 'none' : values.map((v) => JSON.stringify(v)).join(', '));

/** Fails with `fix` and the differences unless the manifest lists each id of the code exactly once, in any order. */
function assertSameIds(inManifest: readonly unknown[], inCode: readonly unknown[], fix: string): void {
  const missing = inCode.filter((id) => !inManifest.includes(id));
  const extra = inManifest.filter((id) => !inCode.includes(id));
  const twice = inManifest.filter((id, i) => inManifest.indexOf(id) !== i);
  const report = `\n  missing from package.json: ${show(missing)}\n  not in the code: ${show(extra)}\n  listed twice: ${show(twice)}`;
  assert.ok(missing.length + extra.length + twice.length === 0, fix + report);
}

/** Fails with `fix` and both values unless the manifest's value is the code's. */
function assertSame(inManifest: unknown, inCode: unknown, fix: string): void {
  assert.deepEqual(inManifest, inCode, `${fix}\n  package.json: ${JSON.stringify(inManifest)}\n  code:         ${JSON.stringify(inCode)}`);
}

/** What the code uses when a setting is unset, and where it says so. The manifest says "unset" with `null` or `''`. */
const CODE_DEFAULTS: Record<AnySettingKey, unknown> = {
  ...DEFAULT_SETTINGS, // src/core/settings/warmupSettings.ts
  customRoutines: [], // parseCustomRoutines in src/core/routines/customRoutines.ts: none
  'heartRate.age': null, // parseHeartRateSettings in src/core/coaching/heartRate.ts: not set
  'heartRate.resting': null,
  'heartRate.max': null,
  'heartRate.method': DEFAULT_HR_METHOD, // src/core/coaching/heartRate.ts
  'reminder.time': '', // parseReminderTime in src/core/reminders/reminderTime.ts: no reminder
  'reminder.days': DEFAULT_REMINDER_DAYS, // src/core/reminders/reminderTime.ts
};

describe('package.json agrees with the code', () => {
  it('contributes every command of COMMANDS once, and no other', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command);
    assertSameIds(contributed, Object.values(COMMANDS), 'contributes.commands in package.json must match COMMANDS in src/host/base/commandIds.ts: add or remove the command on the side that lacks it');
  });

  it('activates on what the code needs: its panel (after a reload) and start-up (for reminders)', () => {
    assertSameIds(manifest.activationEvents, [`onWebviewPanel:${PANEL_VIEW_TYPE}`, 'onStartupFinished'], 'activationEvents in package.json must be onWebviewPanel: + PANEL_VIEW_TYPE (src/host/base/commandIds.ts) and onStartupFinished');
  });

  it("runs on the runner's own machine when it can (a remote window's server keeps another clock and time zone)", () => {
    assert.deepEqual((manifest as { extensionKind?: unknown }).extensionKind, ['ui', 'workspace']);
  });

  it('ships the same extension for the web worker host (vscode.dev), built by esbuild.js and packaged', () => {
    const { main, browser } = manifest as { main?: string; browser?: string };
    assert.equal(main, './dist/extension.js');
    assert.equal(browser, './dist/web/extension.js');
    const build = fs.readFileSync(path.join(root, 'esbuild.js'), 'utf8');
    assert.match(build, /outfile: 'dist\/web\/extension\.js',\s+bundle: true,\s+format: 'cjs',\s+platform: 'browser'/);
    assert.match(fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8'), /^!dist\/web\/extension\.js$/m);
  });

  it('contributes every setting of SETTING_KEYS, and no other', () => {
    const expected = SETTING_KEYS.map((key) => `warmup.${key}`);
    assertSameIds(Object.keys(properties), expected, 'contributes.configuration.properties in package.json must match SETTING_KEYS (src/core/settings/settings.ts), each prefixed "warmup."');
  });

  it('gives every setting the default the code uses when it is unset', () => {
    for (const key of SETTING_KEYS) {
      assertSame(schema(key).default, CODE_DEFAULTS[key], `the default of warmup.${key} in package.json must be the code's (CODE_DEFAULTS in this test says where it is defined)`);
    }
    const atDefaults = parseAllSettings((key) => schema(key).default);
    assertSame(atDefaults, parseAllSettings(() => undefined), "the manifest's defaults must read as unset settings (parseAllSettings in src/core/settings/settings.ts)");
  });

  it('allows the ranges the code clamps to', () => {
    const check = (key: string, range: { readonly min: number; readonly max: number }, source: string, ...within: string[]): void => {
      const node = schema(key as AnySettingKey, ...within);
      assertSame([node.minimum, node.maximum], [range.min, range.max], `minimum and maximum of warmup.${[key, ...within].join(' > ')} in package.json must be ${source}`);
    };
    for (const [key, range] of Object.entries(LIMITS)) {
      if (typeof range !== 'number') {
        check(key, range, `LIMITS.${key} (src/core/settings/warmupSettings.ts)`);
      }
    }
    for (const [key, range] of Object.entries(HR_LIMITS)) {
      check(`heartRate.${key}`, range, `HR_LIMITS.${key} (src/core/coaching/heartRate.ts)`);
    }
    check('customRoutines', STEP_SECONDS, 'STEP_SECONDS (src/core/routines/customRoutines.ts)', 'items', 'steps', 'items', 'seconds');
  });

  it('caps the lists where the code does', () => {
    assertSame(schema('drills').maxItems, LIMITS.maxDrills, 'maxItems of warmup.drills in package.json must be LIMITS.maxDrills (src/core/settings/warmupSettings.ts)');
    assertSame(schema('customRoutines', 'items', 'steps').maxItems, MAX_STEPS, 'maxItems of warmup.customRoutines steps in package.json must be MAX_STEPS (src/core/routines/customRoutines.ts)');
    assertSame(schema('customRoutines').maxItems, MAX_ROUTINES, 'maxItems of warmup.customRoutines in package.json must be MAX_ROUTINES (src/core/routines/customRoutines.ts)');
    assertSame(schema('customRoutines', 'items', 'name').maxLength, MAX_NAME_LENGTH, 'maxLength of a custom routine name in package.json must be MAX_NAME_LENGTH (src/core/routines/customRoutines.ts)');
  });

  it('lets only user settings set the personal settings, and restricts the others in Restricted Mode', () => {
    const application = Object.keys(properties).filter((key) => properties[key].scope === 'application');
    assertSameIds(application, PERSONAL_SETTING_KEYS.map((key) => `warmup.${key}`), 'exactly PERSONAL_SETTING_KEYS (src/core/settings/settings.ts) have "scope": "application" in package.json');
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    assertSame(untrusted.supported, 'limited', 'capabilities.untrustedWorkspaces.supported in package.json must be "limited": folder settings are restricted');
    assertSameIds(untrusted.restrictedConfigurations ?? [], FOLDER_SETTING_KEYS.map((key) => `warmup.${key}`), 'restrictedConfigurations in package.json must be FOLDER_SETTING_KEYS (src/core/settings/settings.ts)');
  });

  it('offers the coach drills in warmup.drills, each with its description', () => {
    const items = schema('drills', 'items');
    assertSame(items.enum, COACH_DRILL_IDS, 'the enum of warmup.drills items in package.json must be COACH_DRILL_IDS (src/core/routines/drills.ts), in that order');
    const descriptions = COACH_DRILL_IDS.map((id) => `%drill.${id}%`);
    assertSame(items.markdownEnumDescriptions, descriptions, 'warmup.drills items need one markdownEnumDescriptions entry "%drill.<id>%" per enum id, in the same order (and the string in package.nls.json)');
  });

  it('offers every drill of the library in warmup.customRoutines', () => {
    const drill = schema('customRoutines', 'items', 'steps', 'items', 'drill');
    assertSame(
      drill.enum,
      [...DRILL_IDS, ...Object.keys(DRILL_ALIASES)],
      'the drill enum of warmup.customRoutines steps in package.json must be DRILL_IDS, the keys of LIBRARY (src/core/routines/drills.ts), in that order, then the old ids of DRILL_ALIASES (still accepted, so no setting goes red)',
    );
  });

  it('offers the weekdays in warmup.reminder.days', () => {
    assertSame(schema('reminder.days', 'items').enum, WEEKDAYS, 'the enum of warmup.reminder.days items in package.json must be WEEKDAYS (src/core/reminders/reminderTime.ts)');
  });

  it('offers the heart-rate methods, each with its description', () => {
    const method = schema('heartRate.method');
    assertSame(method.enum, HR_METHODS, 'the enum of warmup.heartRate.method in package.json must be HR_METHODS (src/core/coaching/heartRate.ts)');
    const descriptions = HR_METHODS.map((m) => `%config.heartRate.method.${m}%`);
    assertSame(method.markdownEnumDescriptions, descriptions, 'warmup.heartRate.method needs one markdownEnumDescriptions entry "%config.heartRate.method.<id>%" per method, in the same order');
  });

  it('suggests the preset ids for warmup.routine', () => {
    assertSame(schema('routine').examples, PRESET_IDS, 'the examples of warmup.routine in package.json must be PRESET_IDS (src/core/routines/presets.ts)');
  });

  it('has a package.nls.json string for every %placeholder% of package.json, and no unused string', () => {
    const used = [...manifestText.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
    const missing = used.filter((key) => !(key in nls));
    const unused = Object.keys(nls).filter((key) => !used.includes(key));
    assert.deepEqual(missing, [], `add these strings to package.nls.json (package.json uses them): ${show(missing)}`);
    assert.deepEqual(unused, [], `package.json no longer uses these package.nls.json strings: remove them: ${show(unused)}`);
  });

  it('names only contributed commands and settings in the walkthrough and its links', () => {
    const events = manifest.contributes.walkthroughs.flatMap((w) => w.steps.flatMap((s) => s.completionEvents));
    const commands = [...events, ...Object.values(nls)].flatMap((text) => [...text.matchAll(/(?:onCommand|command):(warmup\.\w+)/g)].map((m) => m[1]));
    const settings = events.flatMap((e) => [...e.matchAll(/^onSettingChanged:warmup\.([\w.]+)$/g)].map((m) => m[1]));
    const unknownCommands = commands.filter((c) => !(Object.values(COMMANDS) as string[]).includes(c));
    const unknownSettings = settings.filter((key) => !(SETTING_KEYS as readonly string[]).includes(key));
    assert.deepEqual(unknownCommands, [], `the walkthrough (package.json, package.nls.json) names commands missing from COMMANDS: ${show(unknownCommands)}`);
    assert.deepEqual(unknownSettings, [], `the walkthrough in package.json names settings missing from SETTING_KEYS: ${show(unknownSettings)}`);
  });

  it('shows the warm-up commands in the palette and the panel title bar only when they apply, by warmup.state', () => {
    const { commandPalette, 'editor/title': title } = manifest.contributes.menus;
    const when = (menu: typeof title, id: string) => menu.find((entry) => entry.command === id)?.when;
    assert.equal(when(commandPalette, COMMANDS.pause), `${STATE_CONTEXT_KEY} == running`);
    assert.equal(when(commandPalette, COMMANDS.resume), `${STATE_CONTEXT_KEY} == paused`);
    for (const id of [COMMANDS.togglePause, COMMANDS.skip, COMMANDS.previous, COMMANDS.extend, COMMANDS.stop]) {
      assert.equal(when(commandPalette, id), `${STATE_CONTEXT_KEY} == running || ${STATE_CONTEXT_KEY} == paused`, id);
    }
    assert.deepEqual(title.map((entry) => entry.command), [COMMANDS.pause, COMMANDS.resume, COMMANDS.skip, COMMANDS.stop]);
    for (const { command, when: clause = '' } of [...commandPalette, ...title]) {
      assert.ok((Object.values(COMMANDS) as string[]).includes(command), `menus name ${command}, which is not in COMMANDS`);
      const values = [...clause.matchAll(/warmup\.state [!=]= (\w+)/g)].map((m) => m[1]);
      assert.ok(values.length > 0, `${command}: its when clause names ${STATE_CONTEXT_KEY}`);
      assert.deepEqual(values.filter((v) => !(WARMUP_STATES as readonly string[]).includes(v)), [], `${command}: ${STATE_CONTEXT_KEY} takes only ${WARMUP_STATES.join(', ')}`);
    }
    for (const { when: clause = '' } of title) {
      assert.ok(clause.startsWith(`activeWebviewPanelId == '${PANEL_VIEW_TYPE}' && `), `title-bar actions only on the Warm-Up panel: ${clause}`);
    }
  });

  it('requires the VS Code that the API types it is checked against come from (engines.vscode, @types/vscode)', () => {
    const { engines, devDependencies } = manifest as unknown as { engines: { vscode: string }; devDependencies: Record<string, string> };
    const types = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', '@types', 'vscode', 'package.json'), 'utf8')) as { version: string };
    assert.equal(devDependencies['@types/vscode'], types.version, 'package.json pins the @types/vscode it installs');
    assert.equal(engines.vscode, `^${types.version}`, 'engines.vscode is the version of @types/vscode: the typecheck proves the code needs no newer API');
  });
});

