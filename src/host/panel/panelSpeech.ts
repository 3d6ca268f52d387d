import * as vscode from 'vscode';
import { DrillId, factsOf } from '../../core/routines/drills';
import { Cue } from '../../core/warmup/cues';
import { doneText, restLine, setLine, stepText } from '../routines/drillTexts';

/**
 * What the voice says (and the caption shows) at a cue: lines to speak one after the other (separated by `\n`), each
 * short enough to take in once, without the screen; empty for a plain beep. `routine` picks the send-off at the finish.
 */
export function speechFor(cue: Cue, routine: string): string {
  switch (cue.kind) {
    case 'countdown':
      return '';
    case 'halfway':
      return cue.say === 'switchLegs' ? vscode.l10n.t('Halfway: switch legs.') : vscode.l10n.t('Halfway: change direction.');
    case 'thirtyLeft':
      return vscode.l10n.t('30 seconds left.');
    case 'next':
      return vscode.l10n.t('Next: {0}.', stepText(cue.stepId).name);
    case 'set':
      return setLine(cue.stepId, cue.set, cue.count);
    case 'rest':
      return restLine(cue.stepId);
    case 'change':
      return changeSpeech(cue.stepId);
    case 'finish': {
      const { name, cue: line } = doneText(routine);
      return `${name}\n${line}`;
    }
  }
}

/** A new step: its name and how to do it (a counted drill: its first set), then any safety line. */
function changeSpeech(id: DrillId): string {
  const { name, cue, safety } = stepText(id);
  const { sets, optional } = factsOf(id);
  const how = sets ? setLine(id, 1, sets.count) : cue;
  const title = optional ? vscode.l10n.t('{0}, optional.', name) : `${name}.`;
  return [`${title} ${how}`, ...(safety ? [safety] : [])].join('\n');
}
