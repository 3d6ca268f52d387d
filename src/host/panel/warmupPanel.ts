import * as vscode from 'vscode';
import { LegsFeel } from '../../core/coaching/legs';
import { CheckInState, FromWebview, PANEL_OFFERS, PanelCommand, PanelState, parseFromWebview, ToWebview } from '../../shared/panelProtocol';
import { COMMANDS, PANEL_VIEW_TYPE } from '../base/commandIds';
import { Disposable, DisposableSlot } from '../base/dispose';
import { plainValue, unreachable } from '../base/untrusted';
import { panelIcon, webviewOptions } from '../base/webviewPage';
import { SettingsReader } from '../settings/settingsReader';
import { WarmupController } from '../warmup/controller';
import { SoundOwner } from '../windows/soundOwner';
import { panelHtml } from './panelHtml';
import { speechFor } from './panelSpeech';
import { panelState } from './panelState';

export { PANEL_VIEW_TYPE };

/** The legs check-in as the panel shows it and hands answers back; the check-in feature provides it. */
export interface PanelCheckIn {
  /** The check-in under the finished warm-up that started at `startedAt`. */
  state(startedAt: number): CheckInState;
  /** The runner answered in the panel. */
  answer(legs: LegsFeel): void;
  /** Fires when a saved answer may have changed. */
  readonly onDidChange: vscode.Event<void>;
}

export interface PanelDeps {
  readonly extensionUri: vscode.Uri;
  readonly controller: WarmupController;
  readonly settings: SettingsReader;
  readonly checkIn: PanelCheckIn;
  /** The heart-rate ceiling line for easy-running steps; undefined when the zones are not known. */
  readonly heartRateCeiling: () => string | undefined;
  readonly log: vscode.LogOutputChannel;
  /** Which window's panel plays the sound. */
  readonly sound: SoundOwner;
}

/** One webview panel taken over by {@link WarmupPanel}, with its listeners. */
class AttachedPanel extends Disposable {
  constructor(readonly panel: vscode.WebviewPanel) {
    super();
    this._register(panel);
  }

  listen(...listeners: vscode.Disposable[]): void {
    listeners.forEach((listener) => this._register(listener));
  }
}

/** The single "Warm-Up" panel: created on demand, revived after a reload, a view of the controller. */
export class WarmupPanel extends Disposable {
  private readonly attached = this._register(new DisposableSlot<AttachedPanel>());
  /** State messages sent to a webview so far, and the last one (the integration tests read them). */
  statesSent = 0;
  lastState: PanelState | undefined;

  constructor(private readonly deps: PanelDeps) {
    super();
    const { controller, settings, checkIn } = deps;
    // The clock's every tick reaches a visible panel only: a background tab gets the state again when it is shown.
    this._register(controller.onDidUpdate(() => this.postState(true)));
    this._register(controller.onDidCue((cue) => this.post({ type: 'cue', cue: cue.kind, speech: speechFor(cue, controller.current?.routine ?? '') })));
    // The panel shows sound, voice, volume and the idle routine from the settings, and the saved legs answer.
    this._register(settings.onDidChange(() => this.postState()));
    this._register(checkIn.onDidChange(() => this.postState()));
    this._register(deps.sound.onDidChange(() => this.postState()));
  }

  /** Opens the panel, or brings the existing one to the front. */
  show(): void {
    const open = this.attached.value;
    this.deps.sound.take();
    if (open) {
      open.panel.reveal(undefined, false);
      return;
    }
    this.attach(vscode.window.createWebviewPanel(PANEL_VIEW_TYPE, vscode.l10n.t('Warm-Up'), vscode.ViewColumn.Active, this.options()));
  }

  /** Takes over a panel: a new one, or one revived after a reload (by this feature's serializer or the stand-in's). */
  attach(panel: vscode.WebviewPanel): void {
    const { extensionUri } = this.deps;
    const attached = new AttachedPanel(panel);
    this.attached.value = attached;
    panel.iconPath = panelIcon(extensionUri);
    panel.webview.options = this.options();
    panel.webview.html = panelHtml(panel.webview, extensionUri);
    const { sound } = this.deps;
    if (panel.active) {
      sound.take();
    }
    attached.listen(
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      panel.onDidChangeViewState(() => {
        if (panel.active) {
          sound.take();
        }
        this.postState(); // shown again: current at once; hidden: the drawing holds still, and no tick follows
      }),
      panel.onDidDispose(() => this.attached.value === attached && this.detach()),
    );
  }

  /** The panel closed: its sound goes to another window's open panel. */
  private detach(): void {
    this.attached.clear();
    this.deps.sound.release();
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    // Cues must still sound when the runner has switched tabs; the panel is small.
    return webviewOptions(this.deps.extensionUri, true);
  }

  /** Handles a message from the panel's webview: checked against the protocol, and a command only when offered. */
  receive(raw: unknown): void {
    const message: FromWebview | undefined = parseFromWebview(raw);
    if (!message) {
      this.deps.log.warn(`Dropped a message from the panel that is not in the protocol: ${plainValue(raw, 200)}`);
      return;
    }
    switch (message.type) {
      case 'ready':
        this.postState();
        break;
      case 'here':
        this.deps.sound.take();
        break;
      case 'legs':
        this.deps.sound.take();
        this.deps.checkIn.answer(message.legs);
        break;
      case 'command':
        this.deps.sound.take();
        this.runOffered(message.command);
        break;
      default:
        unreachable(message);
    }
  }

  /** A stale panel (Stop clicked as the last step ended) must not undo what the runner now sees: ignore it quietly. */
  private runOffered(command: PanelCommand): void {
    const session = this.deps.controller.current;
    if (PANEL_OFFERS[session?.status ?? 'idle'].includes(command)) {
      void vscode.commands.executeCommand(COMMANDS[command]);
    } else {
      this.deps.log.trace(`Ignored "${command}" from the panel: not offered while ${session?.status ?? 'idle'}.`);
    }
  }

  /**
   * Sends the panel what it shows. A hidden panel keeps its context (cues still play there) and is kept current on
   * everything but the clock's ticks (`visibleOnly`), which would only redraw a page nobody sees.
   */
  private postState(visibleOnly = false): void {
    const panel = this.attached.value?.panel;
    if (!panel || (visibleOnly && !panel.visible)) {
      return;
    }
    const webview = panel.webview;
    const { controller, settings, checkIn, heartRateCeiling, extensionUri, sound } = this.deps;
    const illustration = (id: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'illustrations', `${id}.svg`)).toString();
    const context = { now: controller.now(), settings: settings.current, illustration, checkIn: (at: number) => checkIn.state(at), ceiling: heartRateCeiling, soundElsewhere: !sound.isHere, visible: panel.visible };
    this.statesSent += 1;
    this.lastState = panelState(controller.current, context);
    this.post({ type: 'state', state: this.lastState });
  }

  private post(message: ToWebview): void {
    void this.attached.value?.panel.webview.postMessage(message);
  }
}
