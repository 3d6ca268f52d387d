import * as vscode from 'vscode';
import { HistoryEntry } from '../core/coaching/history';
import { Settings } from '../core/settings/settings';
import { Session } from '../core/warmup/session';
import { liveListenerCount } from './base/emitter';

/**
 * What `activate` returns: a read-only view of the warm-up for other extensions and for our integration tests.
 * `debug` exists only when the extension runs under tests (`ExtensionMode.Test`).
 */
export interface WarmupApi {
  /** The warm-up as stored (running, paused or done), or undefined when none. */
  session(): Session | undefined;
  /** The settings in force after validation. */
  settings(): Settings;
  /** Every recorded warm-up, oldest first. */
  history(): readonly HistoryEntry[];
  /** Wall-clock time as the extension sees it. */
  now(): number;
  readonly debug?: WarmupDebugApi;
}

/** Hooks for the integration tests; never part of a production activation. */
export interface WarmupDebugApi {
  /** Timers the warm-up holds right now (at most one while running, none otherwise). */
  pendingTimers(): number;
  /** Listeners the extension holds on its own events right now. */
  listeners(): number;
  /** The warnings about bad settings that apply now, one per bad value. */
  settingWarnings(): readonly string[];
  /** Calls `listener` with each cue's kind (change, countdown, halfway, thirtyLeft, finish) as the panel gets it. */
  onCue(listener: (kind: string) => void): { dispose(): void };
  /** The status-bar countdown's text as shown, or undefined while it is hidden. */
  countdownText(): string | undefined;
  /** The `warmup.state` context key as this window last set it (idle, running, paused, done). */
  stateKey(): string | undefined;
  /** Disposes every feature and composes them again from stored state, like a deactivate/activate cycle. */
  reactivate(): void;
  /** The document an open info panel (zones, checkIn, history) shows, as the host sent it; undefined when closed. */
  infoDocument(kind: 'zones' | 'checkIn' | 'history'): unknown;
  /** Hands a message to the Warm-Up panel's host side as if its webview had posted it. */
  fromPanel(raw: unknown): void;
  /** Hands a message to an open info panel's host side as if its webview had posted it (a button's action). */
  fromInfo(kind: 'zones' | 'checkIn' | 'history', raw: unknown): void;
  /** State messages the Warm-Up panel's webview has been sent so far. */
  panelStatesSent(): number;
  /** Whether the last state sent to the panel told its drawing to move (undefined before the first). */
  panelMoving(): boolean | undefined;
  /** Writes a key of the extension's global state as another window, machine or version might have left it. */
  writeState(key: string, value: unknown): Thenable<void>;
  /** Whether the warm-up features exist yet; false after a start-up activation (for the reminder) until first use. */
  composed(): boolean;
  /** When the reminder shows next (a pending snooze included), as wall-clock ms; undefined when it is off. */
  nextReminder(): number | undefined;
  /** Timers the reminder holds right now: one while a reminder is set, none when it is off. */
  reminderTimers(): number;
  /** This window's id among the windows sharing the warm-up. */
  windowId(): string;
  /** True when this window's panel plays the sound and voice. */
  soundHere(): boolean;
  /** Writes a file of the folder the windows share (e.g. `session.json`) as another window or version might. */
  writeShared(path: string, value: unknown): Thenable<void>;
  /** Reads a file of the folder the windows share: its JSON, undefined when missing, 'corrupt' when unreadable. */
  readShared(path: string): Thenable<unknown>;
  /** The folder the windows share, as a URI string. */
  sharedFolder(): string;
}

/** What the API reads from; `warmup()` composes the warm-up features on first use. */
export interface ApiSources {
  readonly mode: vscode.ExtensionMode;
  readonly settings: { read(): Settings; readonly warnings: readonly string[] };
  readonly warmup: () => {
    readonly controller: { readonly current: Session | undefined; now(): number; readonly onDidCue: vscode.Event<{ readonly kind: string }> };
    readonly history: { all(): readonly HistoryEntry[] };
    readonly countdownText: string | undefined;
    readonly stateKey: string | undefined;
    readonly pendingTimers: number;
    readonly panel: { receive(raw: unknown): void; readonly statesSent: number; readonly moving: boolean | undefined };
    readonly info: { documentOf(kind: 'zones' | 'checkIn' | 'history'): unknown; receiveFor(kind: 'zones' | 'checkIn' | 'history', raw: unknown): void };
    readonly sound: { readonly isHere: boolean };
  };
  readonly composed: () => boolean;
  readonly reactivate: () => void;
  readonly memento: { update(key: string, value: unknown): Thenable<void> };
  readonly folder: { readonly uri: vscode.Uri; readonly windowId: string; write(path: string, value: unknown): Thenable<void>; read(path: string): Thenable<{ readonly value: unknown } | 'corrupt'> };
  readonly reminders: { nextDueAt(): number | undefined; readonly pendingTimers: number };
}

export function createApi(sources: ApiSources): WarmupApi {
  const { warmup, settings } = sources;
  const api: WarmupApi = {
    session: () => warmup().controller.current,
    settings: () => settings.read(),
    history: () => warmup().history.all(),
    now: () => warmup().controller.now(),
  };
  return sources.mode === vscode.ExtensionMode.Test ? { ...api, debug: debugApi(sources) } : api;
}

function debugApi({ warmup, settings, composed, reactivate, memento, folder, reminders }: ApiSources): WarmupDebugApi {
  return {
    pendingTimers: () => warmup().pendingTimers,
    listeners: () => (warmup(), liveListenerCount()),
    settingWarnings: () => settings.warnings,
    onCue: (listener) => warmup().controller.onDidCue((cue) => listener(cue.kind)),
    countdownText: () => warmup().countdownText,
    stateKey: () => warmup().stateKey,
    fromPanel: (raw) => warmup().panel.receive(raw),
    fromInfo: (kind, raw) => warmup().info.receiveFor(kind, raw),
    panelStatesSent: () => warmup().panel.statesSent,
    panelMoving: () => warmup().panel.moving,
    infoDocument: (kind) => warmup().info.documentOf(kind),
    reactivate,
    writeState: (key, value) => memento.update(key, value),
    composed,
    nextReminder: () => reminders.nextDueAt(),
    reminderTimers: () => reminders.pendingTimers,
    windowId: () => folder.windowId,
    soundHere: () => warmup().sound.isHere,
    writeShared: (path, value) => folder.write(path, value),
    readShared: (path) => folder.read(path).then((found) => (found === 'corrupt' ? found : found.value)),
    sharedFolder: () => folder.uri.toString(),
  };
}
