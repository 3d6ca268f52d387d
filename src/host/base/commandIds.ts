// The ids `package.json` names. `test/unit/manifest.test.ts` checks that the manifest says the same, so this file
// stays free of `vscode`.

/** Every command the extension contributes, by what it does: a contract with users' keybindings and other tools. */
export const COMMANDS = {
  start: 'warmup.start',
  startRoutine: 'warmup.startRoutine',
  pause: 'warmup.pause',
  resume: 'warmup.resume',
  togglePause: 'warmup.togglePause',
  skip: 'warmup.skip',
  previous: 'warmup.previous',
  extend: 'warmup.addTime',
  stop: 'warmup.stop',
  showPanel: 'warmup.showPanel',
  showZones: 'warmup.showZones',
  checkIn: 'warmup.checkIn',
  showHistory: 'warmup.showHistory',
  exportHistory: 'warmup.exportHistory',
} as const;

export type CommandName = keyof typeof COMMANDS;

/** The Warm-Up panel's view type: the manifest activates on `onWebviewPanel:<this>`, so a panel revived after a reload finds its serializer. */
export const PANEL_VIEW_TYPE = 'warmup.panel';

/** The context key the manifest's `when` clauses read (palette, panel title bar), and its values: a contract too. */
export const STATE_CONTEXT_KEY = 'warmup.state';
export const WARMUP_STATES = ['idle', 'running', 'paused', 'done'] as const;
export type WarmupState = (typeof WARMUP_STATES)[number];
