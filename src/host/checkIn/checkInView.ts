import * as vscode from 'vscode';
import { formatDateTime } from '../l10n/language';
import { HistoryEntry } from '../../core/coaching/history';
import { LEGS_FEELS, LegsFeel } from '../../core/coaching/legs';
import { Block, InfoDocument } from '../../shared/infoProtocol';
import { routineLabel } from '../routines/routineLabels';
import { legsLabel } from './legsText';

function answers(): Block {
  return {
    kind: 'actions',
    label: vscode.l10n.t('How do your legs feel?'),
    actions: LEGS_FEELS.map((id) => ({ id, label: legsLabel(id) })),
  };
}

/** The question, about the given warm-up when there is a recent one. */
export function questionDocument(entry: HistoryEntry | undefined): InfoDocument {
  const about = entry
    ? vscode.l10n.t('About your warm-up of {0} ({1}). Your answer is saved with it.', formatDateTime(entry.startedAt), routineLabel(entry.routine))
    : vscode.l10n.t('There is no warm-up from the last day to save the answer with, but the advice still applies.');
  return { title: vscode.l10n.t('How do your legs feel?'), blocks: [{ kind: 'paragraph', text: about }, answers()] };
}

/**
 * What the coach says to an answer; for heavy legs, the self-check. `cap` is the top of zone 2 when known; `walkWhole`
 * says whether the warm-up's walk ran its whole length, when the history knows.
 */
export function answerDocument(legs: LegsFeel, saved: boolean, cap: number | undefined, walkWhole?: boolean): InfoDocument {
  const title = vscode.l10n.t('How do your legs feel?');
  const savedLine: Block[] = saved ? [{ kind: 'paragraph', tone: 'note', text: vscode.l10n.t('Saved with your warm-up: {0}.', legsLabel(legs)) }] : [];
  if (legs !== 'heavy') {
    const text =
      legs === 'fresh'
        ? vscode.l10n.t('Good to go. Enjoy the run, and keep the easy parts truly easy.')
        : vscode.l10n.t('A normal day. Start gently and let the first kilometre decide the rest.');
    return { title, blocks: [...savedLine, { kind: 'paragraph', text }, answers()] };
  }
  return { title: vscode.l10n.t('Heavy legs: a self-check'), blocks: [...savedLine, ...heavyLegsBlocks(cap, walkWhole)] };
}

/** What the history says about today's walk, as the self-check's second line. */
function walkLine(walkWhole: boolean | undefined): string {
  if (walkWhole === false) {
    return vscode.l10n.t('Today\'s warm-up cut the walk short. The walk is the part people cut and the one that helps most: give it the full 3 to 5 minutes next time.');
  }
  return walkWhole
    ? vscode.l10n.t('Today\'s warm-up had the whole walk, so look further:')
    : vscode.l10n.t('Did today\'s warm-up include the whole 3 to 5 minute walk? It is the part people cut, and the one that helps most.');
}

/** The heavy-legs self-check from the coach's advice: today first, then the whole picture. */
export function heavyLegsBlocks(cap: number | undefined, walkWhole?: boolean): Block[] {
  return [
    { kind: 'paragraph', text: vscode.l10n.t('Today first: go by what the day gives you, not by the plan. Shorten the run, keep it easy, or rest.') },
    { kind: 'paragraph', text: walkLine(walkWhole) },
    {
      kind: 'list',
      ordered: true,
      items: [
        vscode.l10n.t('Training load: did your weekly distance or intensity jump lately, or have you had several hard days in a row?'),
        cap === undefined
          ? vscode.l10n.t('Easy-pace discipline: did your easy runs pass the talk test and stay in zone 2? Set your heart-rate details to see your zone 2.')
          : vscode.l10n.t('Easy-pace discipline: did your easy runs pass the talk test and stay at or under {0} bpm, the top of your zone 2?', cap),
        vscode.l10n.t('Sleep: are you regularly getting less than 7 hours?'),
        vscode.l10n.t('Fuel: are you eating enough, with carbohydrate and protein? Under-fuelling for a long time wears you down.'),
        vscode.l10n.t('Iron: persistent, unexplained tiredness or breathlessness? It is more likely with heavy periods, little red meat or a vegetarian diet. Ask a doctor about a blood test before taking any supplement.'),
      ],
    },
    { kind: 'paragraph', tone: 'note', text: vscode.l10n.t('This is general information, not a diagnosis. If heavy legs keep coming back, talk to a doctor.') },
    ...stopNowBlocks(),
  ];
}

/** The signs to stop for, shown with the self-check and in the first-use safety notes. */
export function stopNowBlocks(): Block[] {
  return [
    {
      kind: 'paragraph',
      tone: 'warning',
      text: vscode.l10n.t('Stop and get medical help at once for chest pain or pressure, dizziness or fainting, unusual breathlessness, or a racing or irregular heartbeat.'),
    },
    {
      kind: 'list',
      items: [
        vscode.l10n.t('Pain, swelling or warmth in one calf: see a doctor promptly. A clot is a risk for people who sit all day.'),
        vscode.l10n.t('Fever or a recent illness: do not run today.'),
      ],
    },
  ];
}
