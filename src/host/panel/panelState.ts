import * as vscode from 'vscode';
import { formatClock } from '../core/format';
import { totalDuration } from '../core/routine';
import { selectedRoutine } from './routines';
import { Session } from '../core/session';
import type { Settings } from './settings';
import { summarize } from '../core/summary';
import { PanelState } from '../shared/protocol';
import { doneText, stepText } from './texts';
import { LegsFeel } from '../core/history';
import { legsLabel } from './checkInView';
import { easyTarget } from './zonesView';

/**
 * Builds the panel's full snapshot from the session. `illustration` maps a step id to its webview URI;
 * `legs` is the check-in answer saved for a finished warm-up.
 */
export function panelState(
  session: Session | undefined,
  now: number,
  settings: Settings,
  illustration: (id: string) => string,
  legs: LegsFeel | undefined = undefined,
): PanelState {
  const audio = { sound: settings.warmup.sound, voice: settings.warmup.voice, volume: settings.warmup.volume, target: '' };
  if (!session) {
    const planned = selectedRoutine(settings).steps;
    return {
      status: 'idle',
      stepId: undefined,
      title: vscode.l10n.t('Ready for your warm-up?'),
      cue: vscode.l10n.t('A brisk walk, a few dynamic drills, then an easy start to your run. Press Start, then step away from the desk: beeps and a voice tell you when to switch.'),
      mistake: '',
      variant: '',
      illustration: illustration('walk'),
      clock: '',
      clockLabel: '',
      progress: vscode.l10n.t('{0} steps · {1} in total', planned.length, formatClock(totalDuration(planned))),
      next: '',
      ...audio,
    };
  }
  if (session.status === 'done') {
    const text = doneText();
    return {
      status: 'done',
      stepId: 'done',
      title: text.name,
      cue: text.cue,
      mistake: '',
      variant: '',
      illustration: illustration('done'),
      clock: '',
      clockLabel: vscode.l10n.t('Warm-up finished'),
      progress: vscode.l10n.t('All {0} steps done', session.steps.length),
      next: '',
      ...audio,
      checkIn: { answer: legs ? vscode.l10n.t('Saved with this warm-up: {0}.', legsLabel(legs)) : '' },
    };
  }
  const view = summarize(session, now);
  const text = stepText(view.stepId);
  const next = view.nextId ? stepText(view.nextId).name : vscode.l10n.t('done, go run');
  return {
    status: view.status,
    stepId: view.stepId,
    title: text.name,
    cue: text.cue,
    mistake: text.mistake,
    variant: text.variant,
    illustration: illustration(view.stepId),
    clock: view.clock,
    clockLabel: vscode.l10n.t('{0} seconds left', view.seconds),
    progress: vscode.l10n.t('Step {0} of {1} · {2} left in total', view.position, view.count, view.totalClock),
    next: vscode.l10n.t('Next: {0}', next),
    ...audio,
    target: view.stepId === 'easeIn' || view.stepId === 'easyJog' ? (easyTarget(settings.heartRate) ?? '') : '',
  };
}
