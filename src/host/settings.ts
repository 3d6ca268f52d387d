import * as vscode from 'vscode';
import { TrackedEmitter } from './emitter';
import { LIMITS, parseSettings, ParsedSettings, SettingKey, SettingProblem, WarmupSettings } from '../core/settings';

const SECTION = 'warmup';
const KEYS: readonly SettingKey[] = ['walkMinutes', 'drillSeconds', 'drills', 'easeInMinutes', 'sound', 'voice'];

/**
 * Reads the `warmup.*` settings live, turns bad values into safe ones and warns once
 * per distinct problem, naming the setting and the value used instead.
 */
export class SettingsReader implements vscode.Disposable {
  private readonly changeEmitter = new TrackedEmitter<WarmupSettings>();
  private readonly listener: vscode.Disposable;
  private warned = new Set<string>();
  private messages: readonly string[] = [];
  /** Fires with the new settings whenever a `warmup.*` setting changes. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.listener = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SECTION)) {
        this.changeEmitter.fire(this.read());
      }
    });
  }

  /** The current settings; shows a warning for each bad value not already reported. */
  read(): WarmupSettings {
    const parsed = this.parse();
    const current = new Set<string>();
    const messages: string[] = [];
    for (const problem of parsed.problems) {
      const id = JSON.stringify([problem.key, problem.reason, problem.given]);
      const message = describeProblem(problem);
      current.add(id);
      messages.push(message);
      if (!this.warned.has(id)) {
        this.log.warn(message);
        void vscode.window.showWarningMessage(message);
      }
    }
    this.warned = current;
    this.messages = messages;
    return parsed.settings;
  }

  /** The warnings that apply to the settings as last read. */
  get warnings(): readonly string[] {
    return this.messages;
  }

  private parse(): ParsedSettings {
    const config = vscode.workspace.getConfiguration(SECTION);
    const raw: Partial<Record<SettingKey, unknown>> = {};
    for (const key of KEYS) {
      raw[key] = config.get<unknown>(key);
    }
    return parseSettings(raw);
  }

  dispose(): void {
    this.listener.dispose();
    this.changeEmitter.dispose();
  }
}

/** One sentence naming the setting, what was wrong and the value used instead. */
export function describeProblem(problem: SettingProblem): string {
  const setting = `warmup.${problem.key}`;
  const given = show(problem.given);
  const used = show(problem.used);
  switch (problem.reason) {
    case 'notANumber':
      return vscode.l10n.t('Setting {0}: {1} is not a number, so the warm-up uses {2}.', setting, given, used);
    case 'notAnInteger':
      return vscode.l10n.t('Setting {0}: {1} is not a whole number, so the warm-up uses {2}.', setting, given, used);
    case 'tooSmall':
      return vscode.l10n.t('Setting {0}: {1} is below the minimum, so the warm-up uses {2}.', setting, given, used);
    case 'tooLarge':
      return vscode.l10n.t('Setting {0}: {1} is above the maximum, so the warm-up uses {2}.', setting, given, used);
    case 'notABoolean':
      return vscode.l10n.t('Setting {0}: {1} is not true or false, so the warm-up uses {2}.', setting, given, used);
    case 'notAList':
      return vscode.l10n.t('Setting {0}: {1} is not a list of drills, so the warm-up uses {2}.', setting, given, used);
    case 'unknownDrill':
      return vscode.l10n.t('Setting {0}: {1} contains unknown drills, so the warm-up uses {2}.', setting, given, used);
    case 'tooManyDrills':
      return vscode.l10n.t('Setting {0}: more than {1} drills, so the warm-up uses the first {1}.', setting, LIMITS.maxDrills);
  }
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
