import * as vscode from 'vscode';
import { AnySettingKey, parseAllSettings, ParsedRoutines, parseRoutinesSetting, Settings } from '../../core/settings/settings';
import { Disposable } from '../base/dispose';
import { TrackedEmitter } from '../base/emitter';
import { logLines, settingsMessages, showDetailsLabel, warningFor } from './settingMessages';

const SECTION = 'warmup';
/** The most problems logged at once; a setting with thousands of bad entries must not flood the log. */
const MAX_LOGGED = 100;

/** Which warnings a read reports: all of them, or the reminder's alone (the start-up path, before any real use). */
export type ReportScope = 'all' | 'reminder';

/**
 * Reads the `warmup.*` settings live, turns bad values into safe ones and warns once per distinct problem, naming the
 * setting and the value used instead. Every feature reads its settings here.
 */
export class SettingsReader extends Disposable {
  private readonly changeEmitter = this._register(new TrackedEmitter<Settings>());
  private warned = new Set<string>();
  private messages: readonly string[] = [];
  private latest: Settings | undefined;
  /** `warmup.customRoutines` as last read; read again only after it changes (it can be large). */
  private routines: ParsedRoutines | undefined;
  /** Fires with the new settings whenever a `warmup.*` setting changes. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    super();
    this._register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.customRoutines`)) {
          this.routines = undefined;
        }
        if (event.affectsConfiguration(SECTION)) {
          this.changeEmitter.fire(this.read());
        }
      }),
    );
  }

  /** The settings as last read or changed, without reporting anything (for views that redraw often). */
  get current(): Settings {
    return (this.latest ??= this.parse().settings);
  }

  /** The warnings that apply to the settings as last read in full. */
  get warnings(): readonly string[] {
    return this.messages;
  }

  /** Reads the settings now and shows a warning for each bad value (in `scope`) not already reported. */
  read(scope: ReportScope = 'all'): Settings {
    const { settings, messages } = this.parse();
    this.report(scope === 'all' ? messages.all : messages.reminder);
    if (scope === 'all') {
      this.warned = new Set(messages.all);
      this.messages = messages.all;
    } else {
      messages.reminder.forEach((message) => this.warned.add(message));
    }
    this.latest = settings;
    return settings;
  }

  private parse(): { settings: Settings; messages: { all: string[]; reminder: string[] } } {
    const config = vscode.workspace.getConfiguration(SECTION);
    const get = (key: AnySettingKey) => config.get<unknown>(key);
    this.routines ??= parseRoutinesSetting(get);
    const { settings, problems } = parseAllSettings(get, this.routines);
    return { settings, messages: settingsMessages(settings, problems) };
  }

  /** Logs the new problems (up to MAX_LOGGED) and shows one notification for all of them. */
  private report(messages: readonly string[]): void {
    const fresh = messages.filter((message) => !this.warned.has(message));
    logLines(fresh, MAX_LOGGED).forEach((line) => this.log.warn(line));
    const warning = warningFor(fresh);
    if (!warning) {
      return;
    }
    const details = showDetailsLabel();
    const buttons = warning.details ? [details] : [];
    void vscode.window.showWarningMessage(warning.message, ...buttons).then((picked) => picked === details && this.log.show());
  }
}
