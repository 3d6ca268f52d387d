import * as vscode from 'vscode';
import { StepId } from '../core/steps';

/** What the panel and the voice say about a step, in the user's language. */
export interface StepText {
  readonly name: string;
  readonly cue: string;
  readonly mistake: string;
  /** How to do it indoors, next to the desk. */
  readonly variant: string;
}

export function stepText(id: StepId): StepText {
  switch (id) {
    case 'walk':
      return {
        name: vscode.l10n.t('Walk, building to brisk'),
        cue: vscode.l10n.t('Stand tall, let your arms swing and pick up the pace little by little.'),
        mistake: vscode.l10n.t('Avoid setting off fast: the walk should build over the minutes.'),
        variant: vscode.l10n.t('Indoors: march on the spot or walk the corridor.'),
      };
    case 'highKnees':
      return {
        name: vscode.l10n.t('High knees'),
        cue: vscode.l10n.t('Bring each thigh up toward hip height with quick, light steps.'),
        mistake: vscode.l10n.t('Avoid leaning back or stamping: stay tall and land softly.'),
        variant: vscode.l10n.t('Indoors: begin as a march and build into it.'),
      };
    case 'buttKicks':
      return {
        name: vscode.l10n.t('Butt kicks'),
        cue: vscode.l10n.t('Lift each heel straight up under your hip, knee pointing at the floor.'),
        mistake: vscode.l10n.t('Avoid flicking the heel out behind you.'),
        variant: vscode.l10n.t('Indoors: do them on the spot.'),
      };
    case 'lateralWalk':
      return {
        name: vscode.l10n.t('Lateral walk'),
        cue: vscode.l10n.t('Sit low and step sideways; your feet never cross.'),
        mistake: vscode.l10n.t('Avoid letting your knees fall inward.'),
        variant: vscode.l10n.t('Indoors: side-steps on the spot.'),
      };
    case 'walkBackwards':
      return {
        name: vscode.l10n.t('Walking backwards'),
        cue: vscode.l10n.t('Take short steps back onto the ball of the foot, on a clear path you know.'),
        mistake: vscode.l10n.t('Avoid long, reaching steps.'),
        variant: vscode.l10n.t('Indoors: small steps back and forth on the spot.'),
      };
    case 'easeIn':
      return {
        name: vscode.l10n.t('Ease into your run'),
        cue: vscode.l10n.t('Start slower than your easy pace and build; you should still be able to talk in full sentences.'),
        mistake: vscode.l10n.t('Avoid jumping straight to your usual pace.'),
        variant: vscode.l10n.t('Outdoors: start running gently.'),
      };
  }
}

export function doneText(): StepText {
  return {
    name: vscode.l10n.t('Warm-up done: go run!'),
    cue: vscode.l10n.t('Head out now and keep the first minutes easy.'),
    mistake: '',
    variant: '',
  };
}
