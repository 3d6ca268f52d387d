/**
 * The part of the `vscode` module that host text builders use, for the plain-Node unit tier: `l10n.t` translates with
 * `l10n.bundle` when a test sets one and fills in `{0}`, `{1}`… as VS Code does. Anything else from `vscode` is absent on purpose, so
 * a unit test can only reach code that builds text.
 */
export const l10n = {
  /** The loaded translation bundle: none, as in an English VS Code (a test may set one). */
  bundle: undefined as Record<string, string> | undefined,
  t(message: string, ...args: unknown[]): string {
    return (l10n.bundle?.[message] ?? message).replace(/\{(\d+)\}/g, (match, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : match));
  },
};

export const env = { language: 'en' };

export enum QuickPickItemKind {
  Separator = -1,
  Default = 0,
}

/** Present so modules that show UI load; the unit tier calls only their text builders, never `window`. */
export const window = {};
