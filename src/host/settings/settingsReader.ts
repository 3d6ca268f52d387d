import * as vscode from 'vscode';
import { CustomRoutine, parseCustomRoutines } from '../core/customRoutines';
import { HeartRateSettings, parseHeartRateSettings } from '../core/heartRate';
import { PRESET_IDS } from '../core/presets';
import { parseReminderDays, parseReminderTime, ReminderTime, Weekday } from '../core/reminder';
import { parseSettings, SettingKey, WarmupSettings } from '../core/settings';
import { TrackedEmitter } from './emitter';
import { describeReminderProblem, describeRoutineProblem, describeSettingProblem, unknownRoutineMessage } from './problems';
import { findRoutine } from './routines';

const SECTION = 'warmup';
const KEYS: readonly SettingKey[] = ['walkMinutes', 'drillSeconds', 'drills', 'easeInMinutes', 'sound', 'voice', 'volume', 'routine'];

/** Every `warmup.*` setting after validation. */
export interface Settings {
  readonly warmup: WarmupSettings;
  readonly customRoutines: readonly CustomRoutine[];
  readonly heartRate: HeartRateSettings;
  readonly reminder: { readonly time: ReminderTime | undefined; readonly days: readonly Weekday[] };
}

/**
 * Reads the `warmup.*` settings live, turns bad values into safe ones and warns once
 * per distinct problem, naming the setting and the value used instead.
 */
export class SettingsReader implements vscode.Disposable {
  private readonly changeEmitter = new TrackedEmitter<Settings>();
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

  /**
   * The current settings; shows a warning for each bad value not already reported. With `scope`
   * 'reminder' (the start-up path) only reminder problems are reported, the rest wait for real use.
   */
  read(scope: 'all' | 'reminder' = 'all'): Settings {
    const { settings, messages, reminderMessages } = parse();
    for (const message of scope === 'all' ? messages : reminderMessages) {
      if (!this.warned.has(message)) {
        this.log.warn(message);
        void vscode.window.showWarningMessage(message);
      }
    }
    if (scope === 'all') {
      this.warned = new Set(messages);
      this.messages = messages;
    } else {
      reminderMessages.forEach((message) => this.warned.add(message));
    }
    return settings;
  }

  /** The warnings that apply to the settings as last read. */
  get warnings(): readonly string[] {
    return this.messages;
  }

  dispose(): void {
    this.listener.dispose();
    this.changeEmitter.dispose();
  }
}

function parse(): { settings: Settings; messages: string[]; reminderMessages: string[] } {
  const config = vscode.workspace.getConfiguration(SECTION);
  const raw: Partial<Record<SettingKey, unknown>> = {};
  for (const key of KEYS) {
    raw[key] = config.get<unknown>(key);
  }
  const core = parseSettings(raw);
  const customs = parseCustomRoutines(config.get<unknown>('customRoutines'), PRESET_IDS);
  const heartRate = parseHeartRateSettings({
    age: config.get<unknown>('heartRate.age'),
    resting: config.get<unknown>('heartRate.resting'),
    max: config.get<unknown>('heartRate.max'),
    method: config.get<unknown>('heartRate.method'),
  });
  const time = parseReminderTime(config.get<unknown>('reminder.time'));
  const days = parseReminderDays(config.get<unknown>('reminder.days'));
  const reminderMessages = describeReminderProblem(config.get<unknown>('reminder.time'), time.problem, days);
  const messages = [
    ...core.problems.map(describeSettingProblem),
    ...customs.problems.map(describeRoutineProblem),
    ...heartRate.problems.map(describeSettingProblem),
    ...reminderMessages,
  ];
  const settings: Settings = {
    warmup: core.settings,
    customRoutines: customs.routines,
    heartRate: heartRate.settings,
    reminder: { time: time.time, days: days.days },
  };
  if (!findRoutine(settings, core.settings.routine)) {
    messages.push(unknownRoutineMessage(core.settings.routine));
  }
  return { settings, messages, reminderMessages };
}
