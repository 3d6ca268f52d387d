import * as vscode from 'vscode';
import { totalDuration } from '../../core/routines/routine';
import { factsOf } from '../../core/routines/drills';
import { selectedRoutine } from '../../core/routines/routines';
import { Settings } from '../../core/settings/settings';
import { formatClock } from '../../core/warmup/format';
import { DoneSession, PausedSession, RunningSession, Session } from '../../core/warmup/session';
import { summarize } from '../../core/warmup/summary';
import { CheckInState, PanelState } from '../../shared/panelProtocol';
import { doneText, nextStepName, stepText } from '../routines/drillTexts';

/** What a snapshot is built from besides the session. */
export interface PanelContext {
  readonly now: number;
  readonly settings: Settings;
  /** The webview URI of a step's illustration. */
  readonly illustration: (id: string) => string;
  /** The legs check-in under the finished warm-up that started at `startedAt`. */
  readonly checkIn: (startedAt: number) => CheckInState;
  /** The heart-rate ceiling line for easy-running steps; undefined when the zones are not known. */
  readonly ceiling: () => string | undefined;
  /** True when another window's panel plays the sound. */
  readonly soundElsewhere: boolean;
  /** True when the panel is visible (not closed, not a background tab). */
  readonly visible: boolean;
}

/** Builds the panel's full snapshot: idle, running or paused, or done. */
export function panelState(session: Session | undefined, context: PanelContext): PanelState {
  if (!session) {
    return idleState(context);
  }
  return session.status === 'done' ? doneState(session, context) : activeState(session, context);
}

/** The fields every snapshot has, empty. */
function blank({ settings, soundElsewhere }: PanelContext): Omit<PanelState, 'status' | 'stepId' | 'title' | 'cue' | 'illustration' | 'progress'> {
  const { sound, voice, volume } = settings.warmup;
  return { mistake: '', variant: '', clock: '', clockLabel: '', next: '', sound, voice, volume, target: '', soundElsewhere, moving: false };
}

function idleState(context: PanelContext): PanelState {
  const planned = selectedRoutine(context.settings).steps;
  return {
    ...blank(context),
    status: 'idle',
    stepId: undefined,
    title: vscode.l10n.t('Ready for your warm-up?'),
    cue: vscode.l10n.t('A brisk walk, a few dynamic drills, then an easy start to your run. Press Start, then step away from the desk: beeps and a voice tell you when to switch.'),
    illustration: context.illustration('walk'),
    progress: vscode.l10n.t('{0} steps · {1} in total', planned.length, formatClock(totalDuration(planned))),
  };
}

function doneState(session: DoneSession, context: PanelContext): PanelState {
  const text = doneText(session.routine);
  return {
    ...blank(context),
    status: 'done',
    stepId: 'done',
    title: text.name,
    cue: text.cue,
    illustration: context.illustration('done'),
    clockLabel: vscode.l10n.t('Warm-up finished'),
    progress: vscode.l10n.t('All {0} steps done', session.steps.length),
    checkIn: context.checkIn(session.startedAt),
  };
}

function activeState(session: RunningSession | PausedSession, context: PanelContext): PanelState {
  const view = summarize(session, context.now);
  const text = stepText(view.stepId);
  return {
    ...blank(context),
    status: view.status,
    stepId: view.stepId,
    title: text.name,
    cue: text.cue,
    mistake: text.mistake,
    variant: text.variant,
    illustration: context.illustration(view.stepId),
    moving: view.status === 'running' && context.visible,
    clock: view.clock,
    clockLabel: vscode.l10n.t('{0} seconds left', view.seconds),
    progress: vscode.l10n.t('Step {0} of {1} · {2} left in total', view.position, view.count, view.totalClock),
    next: vscode.l10n.t('Next: {0}', nextStepName(view.nextId)),
    target: factsOf(view.stepId).showsHeartRateCeiling ? (context.ceiling() ?? '') : '',
  };
}
