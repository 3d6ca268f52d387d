import * as vscode from 'vscode';

/**
 * The language our texts are in: VS Code's display language when a translation bundle of ours loaded for it (or when
 * it is a form of English, the source language), English otherwise. The page's `lang`, the voice and the date formats
 * follow it, so a German VS Code without German texts neither reads English with a German voice nor mixes languages.
 */
export function textLanguage(): string {
  const language = vscode.env.language;
  return vscode.l10n.bundle !== undefined || /^en(-|$)/i.test(language) ? language : 'en';
}

/** A date and time as the text language writes them (26 Nov 2026, 12:15 in English; 26.11.2026, 12:15 in German). */
export function formatDateTime(t: number): string {
  return new Intl.DateTimeFormat(textLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(t);
}

/** A day of a month as the text language writes it (26 Nov; 26. Nov.). */
export function formatDayMonth(t: number): string {
  return new Intl.DateTimeFormat(textLanguage(), { month: 'short', day: 'numeric' }).format(t);
}
