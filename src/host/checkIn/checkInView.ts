import * as vscode from 'vscode';
import { formatLocalDateTime } from '../../core/coaching/calendar';
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
    ? vscode.l10n.t('About your warm-up of {0} ({1}). Your answer is saved with it.', formatLocalDateTime(entry.startedAt), routineLabel(entry.routine))
    : vscode.l10n.t('There is no warm-up from the last day to save the answer with, but the advice still applies.');
  return { title: vscode.l10n.t('How do your legs feel?'), blocks: [{ kind: 'paragraph', text: about }, answers()] };
}

/** What the coach says to an answer; for heavy legs, the self-check. `cap` is the top of zone 2 when known. */
export function answerDocument(legs: LegsFeel, saved: boolean, cap: number | undefined): InfoDocument {
  const title = vscode.l10n.t('How do your legs feel?');
  const savedLine: Block[] = saved ? [{ kind: 'paragraph', tone: 'note', text: vscode.l10n.t('Saved with your warm-up: {0}.', legsLabel(legs)) }] : [];
  if (legs !== 'heavy') {
    const text =
      legs === 'fresh'
        ? vscode.l10n.t('Good to go. Enjoy the run, and keep the easy parts truly easy.')
        : vscode.l10n.t('A normal day. Start gently and let the first kilometre decide the rest.');
    return { title, blocks: [...savedLine, { kind: 'paragraph', text }, answers()] };
  }
  return { title: vscode.l10n.t('Heavy legs: a self-check'), blocks: [...savedLine, ...heavyLegsBlocks(cap)] };
}

/** The heavy-legs self-check from the coach's advice. */
export function heavyLegsBlocks(cap: number | undefined): Block[] {
  return [
    { kind: 'paragraph', text: vscode.l10n.t('Still heavy after a proper warm-up? Look at the whole picture, one question at a time:') },
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
        vscode.l10n.t('Iron: persistent, unexplained tiredness or breathlessness? Ask a doctor about a blood test before taking any supplement.'),
        vscode.l10n.t('Today: go by what the day gives you, not by the plan. Shorten the run, keep it easy, or rest.'),
      ],
    },
    { kind: 'paragraph', tone: 'note', text: vscode.l10n.t('This is general information, not a diagnosis. If heavy legs keep coming back, talk to a doctor.') },
    {
      kind: 'paragraph',
      tone: 'warning',
      text: vscode.l10n.t('Stop and get medical help at once for chest pain or pressure, dizziness or fainting, unusual breathlessness, or a racing or irregular heartbeat.'),
    },
  ];
}
