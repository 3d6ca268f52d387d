/**
 * Messages between the extension host and the panel's webview.
 * The host owns the warm-up; the webview only displays what it is sent and reports clicks.
 */
import { asRecord } from './guard';
import { LegsFeel, isLegsFeel } from '../core/coaching/legs';
import type { DrillId } from '../core/routines/drills';

// ---- host -> webview ------------------------------------------------------------------------

export type PanelStatus = 'idle' | 'running' | 'paused' | 'done';

/** Everything the panel shows, already localised and formatted by the host. */
export interface PanelState {
  readonly status: PanelStatus;
  /** The step shown (the current one; `done` when finished; undefined when idle). */
  readonly stepId: DrillId | 'done' | undefined;
  readonly title: string;
  readonly cue: string;
  readonly mistake: string;
  readonly variant: string;
  /** Webview URI of the step's illustration. */
  readonly illustration: string;
  /**
   * True while the drawing shows its movement: a running step in a panel the runner can see. The page then steps
   * through the drawing's poses itself (a few a second); otherwise it holds one pose and does no work.
   */
  readonly moving: boolean;
  /** The step's countdown as `m:ss`. */
  readonly clock: string;
  /** The countdown as words for assistive technology, e.g. "25 seconds left". */
  readonly clockLabel: string;
  /** "Step 2 of 6 · 7:30 left in total". */
  readonly progress: string;
  /** "Next: Butt kicks". */
  readonly next: string;
  readonly sound: boolean;
  readonly voice: boolean;
  /** Loudness of beeps and voice, 0–100. */
  readonly volume: number;
  /** The heart-rate ceiling on easy-running steps, when zones are known; else empty. */
  readonly target: string;
  /** After a finished warm-up: the legs check-in. */
  readonly checkIn?: CheckInState;
  /** True when another window's panel plays the sound and voice (the one the runner used last); this one stays quiet. */
  readonly soundElsewhere: boolean;
}

/** The legs check-in under a finished warm-up: the question, one button per answer, and the answer saved so far. */
export interface CheckInState {
  readonly question: string;
  readonly answers: readonly { readonly legs: LegsFeel; readonly label: string }[];
  /** "Saved with this warm-up: Heavy." once answered, else ''. */
  readonly answer: string;
}

/** A full snapshot; the webview rebuilds its view from it alone. */
export interface StateMessage {
  readonly type: 'state';
  readonly state: PanelState;
}

/** A moment to signal: beeps in the last 3 s, a chime and speech at a new step, a distinct finish. */
export interface CueMessage {
  readonly type: 'cue';
  readonly cue: 'countdown' | 'change' | 'finish' | 'halfway' | 'thirtyLeft' | 'next' | 'set' | 'rest';
  /** Text to speak and to show as a caption; empty for plain beeps. */
  readonly speech: string;
}

export type ToWebview = StateMessage | CueMessage;

// ---- webview -> host ------------------------------------------------------------------------

export const PANEL_COMMANDS = ['start', 'pause', 'resume', 'togglePause', 'skip', 'previous', 'extend', 'stop'] as const;
export type PanelCommand = (typeof PANEL_COMMANDS)[number];

/** The commands the panel offers in each state: its buttons and keys. The host ignores any other command it sends. */
export const PANEL_OFFERS: Readonly<Record<PanelStatus, readonly PanelCommand[]>> = {
  idle: ['start'],
  running: ['pause', 'togglePause', 'previous', 'skip', 'extend', 'stop'],
  paused: ['resume', 'togglePause', 'previous', 'skip', 'extend', 'stop'],
  done: ['start'],
};

/** The webview has loaded and wants a snapshot. */
export interface ReadyMessage {
  readonly type: 'ready';
}

/** The runner clicked or typed in the panel: sound and voice move to this window. */
export interface HereMessage {
  readonly type: 'here';
}

/** A button or key in the panel was used. */
export interface CommandMessage {
  readonly type: 'command';
  readonly command: PanelCommand;
}

/** An answer to "How do your legs feel?" on the finished warm-up. */
export interface LegsMessage {
  readonly type: 'legs';
  readonly legs: LegsFeel;
}

export type FromWebview = ReadyMessage | HereMessage | CommandMessage | LegsMessage;

/** Checks a message from the (untrusted) webview; returns undefined for anything outside the protocol. */
export function parseFromWebview(raw: unknown): FromWebview | undefined {
  const record = asRecord(raw);
  if (!record) {
    return undefined;
  }
  const { keys, message } = record;
  if (keys === 'type' && (message.type === 'ready' || message.type === 'here')) {
    return { type: message.type };
  }
  if (keys === 'command,type' && message.type === 'command' && isPanelCommand(message.command)) {
    return { type: 'command', command: message.command };
  }
  if (keys === 'legs,type' && message.type === 'legs' && isLegsFeel(message.legs)) {
    return { type: 'legs', legs: message.legs };
  }
  return undefined;
}

function isPanelCommand(value: unknown): value is PanelCommand {
  return typeof value === 'string' && (PANEL_COMMANDS as readonly string[]).includes(value);
}
