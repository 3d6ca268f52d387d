import * as vscode from 'vscode';
import { DrillId } from '../../core/routines/drills';

/** What the panel and the voice say about a step, in the user's language. */
export interface StepText {
  readonly name: string;
  /** How to do it: shown in the panel, and said at the change (except for counted drills, which say their first set). */
  readonly cue: string;
  readonly mistake: string;
  /** How to do it indoors, next to the desk (or where it belongs). */
  readonly variant: string;
  /** A safety line said after the cue at the change (when to leave an optional drill out). */
  readonly safety?: string;
}

const text = (name: string, cue: string, mistake: string, variant: string, safety?: string): StepText => ({ name, cue, mistake, variant, safety });

/** Texts for every drill of the library; the compiler insists on one entry per drill. Said aloud: short, whole sentences. */
const TEXTS: Record<DrillId, () => StepText> = {
  walk: () =>
    text(
      vscode.l10n.t('Walk, building to brisk'),
      vscode.l10n.t('Stand tall, swing your arms and pick up the pace little by little.'),
      vscode.l10n.t('Avoid setting off fast: the walk should build over the minutes.'),
      vscode.l10n.t('Indoors: march on the spot or walk the corridor.'),
    ),
  highKnees: () =>
    text(
      vscode.l10n.t('High knees'),
      vscode.l10n.t('Bring each thigh up toward hip height with quick, light steps.'),
      vscode.l10n.t('Avoid leaning back or stamping: stay tall and land softly.'),
      vscode.l10n.t('Indoors: begin as a march and build into it.'),
    ),
  highKneeMarch: () =>
    text(
      vscode.l10n.t('High-knee march'),
      vscode.l10n.t('March on the spot, each thigh up toward hip height; one foot always stays on the floor.'),
      vscode.l10n.t('Avoid hopping: this is a march, with no jumps.'),
      vscode.l10n.t('In place, next to the desk.'),
    ),
  buttKicks: () =>
    text(
      vscode.l10n.t('Butt kicks'),
      vscode.l10n.t('Lift each heel straight up under your hip, knee pointing at the floor.'),
      vscode.l10n.t('Avoid flicking the heel out behind you.'),
      vscode.l10n.t('Indoors: do them on the spot.'),
    ),
  buttKickMarch: () =>
    text(
      vscode.l10n.t('Butt-kick march'),
      vscode.l10n.t('March on the spot, lifting each heel up under your hip; one foot always stays down.'),
      vscode.l10n.t('Avoid hopping: this is a march, with no jumps.'),
      vscode.l10n.t('In place, next to the desk.'),
    ),
  lateralWalk: () =>
    text(
      vscode.l10n.t('Lateral walk'),
      vscode.l10n.t('Sit low and step sideways, toes forward; your feet never cross.'),
      vscode.l10n.t('Keep your knees over your toes: do not let them cave inward.'),
      vscode.l10n.t('Indoors: side-steps on the spot. Change direction at half time.'),
    ),
  walkBackwards: () =>
    text(
      vscode.l10n.t('Walking backwards'),
      vscode.l10n.t('Take short steps back onto the ball of the foot, only on a clear path you know.'),
      vscode.l10n.t('Avoid long, reaching steps.'),
      vscode.l10n.t('Indoors: small steps back and forth on the spot.'),
    ),
  easeIn: () =>
    text(
      vscode.l10n.t('Ease into your run'),
      vscode.l10n.t('Start slower than easy and build. You should still be able to talk in full sentences.'),
      vscode.l10n.t('Avoid jumping straight to your usual pace.'),
      vscode.l10n.t('Outdoors: start running gently.'),
    ),
  easyJog: () =>
    text(
      vscode.l10n.t('Easy jog'),
      vscode.l10n.t('Jog at a pace where you could chat in full sentences.'),
      vscode.l10n.t('Avoid letting the jog turn into a tempo run.'),
      vscode.l10n.t('Outdoors, or a slow jog on the spot.'),
    ),
  legSwingsFrontBack: () =>
    text(
      vscode.l10n.t('Leg swings, front to back'),
      vscode.l10n.t('Side-on to a desk, one hand on it: swing the outer leg from the hip.'),
      vscode.l10n.t('Never hold a chair with wheels. Keep the swing clear of the desk, and do not force the range.'),
      vscode.l10n.t('In place, one hand on a desk beside you.'),
    ),
  legSwingsSide: () =>
    text(
      vscode.l10n.t('Leg swings, side to side'),
      vscode.l10n.t('Face the desk, hands on it; swing one leg across and out, hips square.'),
      vscode.l10n.t('Avoid twisting the hips to make the swing bigger.'),
      vscode.l10n.t('In place, both hands on a desk.'),
    ),
  reverseLunges: () =>
    text(
      vscode.l10n.t('Reverse lunges'),
      vscode.l10n.t('Step one foot back and lower, trunk tall, only as deep as is comfortable; the back knee hovers.'),
      vscode.l10n.t('Avoid letting the front knee drift inward.'),
      vscode.l10n.t('In place: one leg for the first half, then the other.'),
    ),
  walkingLunges: () =>
    text(
      vscode.l10n.t('Walking lunges'),
      vscode.l10n.t('Lunge forward, legs taking turns every step, only as deep as is comfortable; the back knee hovers.'),
      vscode.l10n.t('Avoid letting the front knee drift inward: it tracks over the toes.'),
      vscode.l10n.t('In a corridor or outdoors: it needs a few metres.'),
    ),
  hipCircles: () =>
    text(
      vscode.l10n.t('Hip circles'),
      vscode.l10n.t('Lift the knee in front of you, swing it out to the side, then lower it.'),
      vscode.l10n.t('Avoid leaning the upper body to get the knee higher.'),
      vscode.l10n.t('In place, one hand on a desk.'),
    ),
  aSkips: () =>
    text(
      vscode.l10n.t('A-skip drill'),
      vscode.l10n.t('Skip with the knee up and the toes pulled up, each foot landing under the hip.'),
      vscode.l10n.t('Avoid reaching forward with the foot.'),
      vscode.l10n.t('Indoors: the same as a march on the spot.'),
    ),
  carioca: () =>
    text(
      vscode.l10n.t('Carioca'),
      vscode.l10n.t('Travel sideways, the trailing leg crossing in front, then behind; shoulders square. Open ground only.'),
      vscode.l10n.t('Avoid rushing: this one can trip you.'),
      vscode.l10n.t('Outdoors only: it needs room to travel sideways. Change direction at half time.'),
    ),
  pogoHops: () =>
    text(
      vscode.l10n.t('Pogo hops'),
      vscode.l10n.t('Optional: two sets of 10 to 15 small hops, heels up, landing quietly.'),
      vscode.l10n.t('Keep the ankles stiff and the hops small; it is not a jump for height.'),
      vscode.l10n.t('In place, with a short pause between the sets.'),
      vscode.l10n.t('Leave them out in office shoes, on a slippery floor, or with calf or Achilles pain.'),
    ),
  strides: () =>
    text(
      vscode.l10n.t('Strides'),
      vscode.l10n.t('Four strides: build to fast but relaxed over about 20 seconds, ease off, then walk back.'),
      vscode.l10n.t('Avoid sprinting flat out: about 8 out of 10 effort.'),
      vscode.l10n.t('Outdoors, after an easy jog.'),
    ),
};

/** What is said when a counted set begins (stride 2 of 4). */
export function setLine(id: DrillId, set: number, count: number): string {
  switch (id) {
    case 'strides':
      return vscode.l10n.t('Stride {0} of {1}: build to fast but relaxed, then ease off.', set, count);
    case 'pogoHops':
      return vscode.l10n.t('Set {0} of {1}: 10 to 15 small hops.', set, count);
    default:
      return vscode.l10n.t('Set {0} of {1}.', set, count);
  }
}

/** What is said when a counted set's work ends. */
export function restLine(id: DrillId): string {
  return id === 'strides' ? vscode.l10n.t('Ease off, and walk back.') : vscode.l10n.t('Rest.');
}

/** What the panel, the status bar and the voice say about a drill. */
export function stepText(id: DrillId): StepText {
  return TEXTS[id]();
}

/** The name of the step after this one, or the send-off when this is the last. */
export function nextStepName(nextId: DrillId | undefined): string {
  return nextId ? stepText(nextId).name : vscode.l10n.t('done, go run');
}

/** What the panel and the voice say when the warm-up is over: the send-off that fits the routine. */
export function doneText(routine: string): StepText {
  return text(vscode.l10n.t('Warm-up done: go run!'), sendOff(routine), '', '');
}

/** The send-off line of a routine (a preset id or a custom routine's name). */
export function sendOff(routine: string): string {
  switch (routine) {
    case 'officeQuick':
      return vscode.l10n.t('Head out and run the first three minutes very easily.');
    case 'workout':
      return vscode.l10n.t('Start your session within about 10 minutes. After more than 15, repeat a few drills and a stride.');
    default:
      return vscode.l10n.t('Head out now and keep the first minutes easy.');
  }
}
