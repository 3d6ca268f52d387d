import * as vscode from 'vscode';
import { countThisWeek, recent, streakDays, weeklyCounts } from '../../core/coaching/calendar';
import { HistoryEntry } from '../../core/coaching/history';
import { Block, InfoDocument } from '../../shared/infoProtocol';
import { legsLabel } from '../checkIn/legsText';
import { formatDateTime, formatDayMonth } from '../l10n/language';
import { routineLabel } from '../routines/routineLabels';

const RECENT = 10;

/** The document of **Warm-Up: Show Warm-Up History**. */
export function historyDocument(history: readonly HistoryEntry[], now: number): InfoDocument {
  const title = vscode.l10n.t('Warm-Up History');
  if (history.length === 0) {
    return {
      title,
      blocks: [
        { kind: 'paragraph', text: vscode.l10n.t('No warm-ups yet. Every warm-up you start is recorded here when it ends.') },
        { kind: 'actions', label: vscode.l10n.t('Start'), actions: [{ id: 'start', label: vscode.l10n.t('Start Warm-Up') }] },
      ],
    };
  }
  return {
    title,
    blocks: [
      statsBlock(history, now),
      weeksBlock(history, now),
      recentBlock(history),
      {
        kind: 'actions',
        label: vscode.l10n.t('Export'),
        actions: [
          { id: 'export', label: vscode.l10n.t('Save as CSV…') },
          { id: 'openCsv', label: vscode.l10n.t('Open as CSV in an editor') },
        ],
      },
    ],
  };
}

function statsBlock(history: readonly HistoryEntry[], now: number): Block {
  const streak = streakDays(history, now);
  return {
    kind: 'stats',
    items: [
      { label: vscode.l10n.t('This week'), value: String(countThisWeek(history, now)) },
      { label: vscode.l10n.t('Streak'), value: streak === 1 ? vscode.l10n.t('1 day') : vscode.l10n.t('{0} days', streak) },
      { label: vscode.l10n.t('All warm-ups'), value: String(history.length) },
    ],
  };
}

function weeksBlock(history: readonly HistoryEntry[], now: number): Block {
  return {
    kind: 'bars',
    caption: vscode.l10n.t('Warm-ups per week, the last eight weeks (weeks start on Monday)'),
    bars: weeklyCounts(history, now, 8).map((week) => ({ label: formatDayMonth(week.weekStart), value: week.count })),
  };
}

function recentBlock(history: readonly HistoryEntry[]): Block {
  return {
    kind: 'table',
    caption: vscode.l10n.t('Recent warm-ups'),
    head: [vscode.l10n.t('Started'), vscode.l10n.t('Routine'), vscode.l10n.t('Steps'), vscode.l10n.t('Result'), vscode.l10n.t('Legs'), vscode.l10n.t('Run start')],
    rows: recent(history, RECENT).map((entry) => [
      formatDateTime(entry.startedAt),
      routineLabel(entry.routine),
      `${entry.stepsDone}/${entry.stepsTotal}`,
      entry.outcome === 'finished' ? vscode.l10n.t('finished') : vscode.l10n.t('stopped'),
      entry.legs ? legsLabel(entry.legs) : '',
      entry.runLegs ? legsLabel(entry.runLegs) : '',
    ]),
  };
}
