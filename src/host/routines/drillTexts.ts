import * as vscode from 'vscode';
import { DrillId } from '../../core/routines/drills';

/** What the panel and the voice say about a step, in the user's language. */
export interface StepText {
  readonly name: string;
  readonly cue: string;
  readonly mistake: string;
  /** How to do it indoors, next to the desk (or where it belongs). */
  readonly variant: string;
}

/** Texts for every drill of the library; the compiler insists on one entry per drill. */
const TEXTS: Record<DrillId, () => StepText> = {
  walk: () => ({
    name: vscode.l10n.t('Walk, building to brisk'),
    cue: vscode.l10n.t('Stand tall, let your arms swing and pick up the pace little by little.'),
    mistake: vscode.l10n.t('Avoid setting off fast: the walk should build over the minutes.'),
    variant: vscode.l10n.t('Indoors: march on the spot or walk the corridor.'),
  }),
  highKnees: () => ({
    name: vscode.l10n.t('High knees'),
    cue: vscode.l10n.t('Bring each thigh up toward hip height with quick, light steps.'),
    mistake: vscode.l10n.t('Avoid leaning back or stamping: stay tall and land softly.'),
    variant: vscode.l10n.t('Indoors: begin as a march and build into it.'),
  }),
  buttKicks: () => ({
    name: vscode.l10n.t('Butt kicks'),
    cue: vscode.l10n.t('Lift each heel straight up under your hip, knee pointing at the floor.'),
    mistake: vscode.l10n.t('Avoid flicking the heel out behind you.'),
    variant: vscode.l10n.t('Indoors: do them on the spot.'),
  }),
  lateralWalk: () => ({
    name: vscode.l10n.t('Lateral walk'),
    cue: vscode.l10n.t('Sit low and step sideways; your feet never cross.'),
    mistake: vscode.l10n.t('Avoid letting your knees fall inward.'),
    variant: vscode.l10n.t('Indoors: side-steps on the spot.'),
  }),
  walkBackwards: () => ({
    name: vscode.l10n.t('Walking backwards'),
    cue: vscode.l10n.t('Take short steps back onto the ball of the foot, on a clear path you know.'),
    mistake: vscode.l10n.t('Avoid long, reaching steps.'),
    variant: vscode.l10n.t('Indoors: small steps back and forth on the spot.'),
  }),
  easeIn: () => ({
    name: vscode.l10n.t('Ease into your run'),
    cue: vscode.l10n.t('Start slower than your easy pace and build; you should still be able to talk in full sentences.'),
    mistake: vscode.l10n.t('Avoid jumping straight to your usual pace.'),
    variant: vscode.l10n.t('Outdoors: start running gently.'),
  }),
  easyJog: () => ({
    name: vscode.l10n.t('Easy jog'),
    cue: vscode.l10n.t('Jog at a pace where you could chat in full sentences.'),
    mistake: vscode.l10n.t('Avoid letting the jog turn into a tempo run.'),
    variant: vscode.l10n.t('Outdoors, or a slow jog on the spot.'),
  }),
  legSwingsFrontBack: () => ({
    name: vscode.l10n.t('Leg swings, front to back'),
    cue: vscode.l10n.t('Hold a desk and swing one leg forward and back from the hip, upper body still.'),
    mistake: vscode.l10n.t('Never hold on to a chair with wheels, and do not force the range.'),
    variant: vscode.l10n.t('In place, one hand on a desk.'),
  }),
  legSwingsSide: () => ({
    name: vscode.l10n.t('Leg swings, side to side'),
    cue: vscode.l10n.t('Face the desk and swing one leg across your body and out; hips and toes keep facing the desk.'),
    mistake: vscode.l10n.t('Avoid twisting the hips to make the swing bigger.'),
    variant: vscode.l10n.t('In place, both hands on a desk.'),
  }),
  lunges: () => ({
    name: vscode.l10n.t('Lunges'),
    cue: vscode.l10n.t('Step into a lunge and lower with control; the front knee tracks over the toes.'),
    mistake: vscode.l10n.t('Avoid letting the front knee drift inward.'),
    variant: vscode.l10n.t('Indoors: reverse lunges on the spot.'),
  }),
  hipCircles: () => ({
    name: vscode.l10n.t('Hip circles'),
    cue: vscode.l10n.t('Lift the knee in front, then open it out to the side and lower it: open the gate, then close it.'),
    mistake: vscode.l10n.t('Avoid leaning the upper body to get the knee higher.'),
    variant: vscode.l10n.t('In place, one hand on a desk.'),
  }),
  aSkips: () => ({
    name: vscode.l10n.t('A-skips'),
    cue: vscode.l10n.t('Skip with the knee up and toes up, landing each foot under the hip.'),
    mistake: vscode.l10n.t('Avoid reaching forward with the foot.'),
    variant: vscode.l10n.t('Indoors: an A-march on the spot.'),
  }),
  carioca: () => ({
    name: vscode.l10n.t('Carioca'),
    cue: vscode.l10n.t('Move sideways, crossing the trailing leg in front and then behind, shoulders square.'),
    mistake: vscode.l10n.t('Avoid rushing: this one can trip you. Use open ground.'),
    variant: vscode.l10n.t('Outdoors only: it needs room to travel sideways.'),
  }),
  pogoHops: () => ({
    name: vscode.l10n.t('Pogo hops'),
    cue: vscode.l10n.t('Small quick hops from stiff ankles, heels staying off the ground.'),
    mistake: vscode.l10n.t('Skip these in office shoes, on slippery floors or with Achilles pain.'),
    variant: vscode.l10n.t('Optional: leave them out when in doubt.'),
  }),
  strides: () => ({
    name: vscode.l10n.t('Strides'),
    cue: vscode.l10n.t('Build smoothly to a fast, relaxed pace for 15 to 30 seconds, ease off, then walk back.'),
    mistake: vscode.l10n.t('Avoid sprinting flat out: about 85 to 95 percent effort.'),
    variant: vscode.l10n.t('Outdoors, after an easy jog.'),
  }),
};

/** What the panel, the status bar and the voice say about a drill. */
export function stepText(id: DrillId): StepText {
  return TEXTS[id]();
}

/** The name of the step after this one, or the send-off when this is the last. */
export function nextStepName(nextId: DrillId | undefined): string {
  return nextId ? stepText(nextId).name : vscode.l10n.t('done, go run');
}

/** What the panel and the voice say when the warm-up is over. */
export function doneText(): StepText {
  return {
    name: vscode.l10n.t('Warm-up done: go run!'),
    cue: vscode.l10n.t('Head out now and keep the first minutes easy.'),
    mistake: '',
    variant: '',
  };
}
