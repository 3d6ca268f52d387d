/**
 * Every command the extension contributes, by what it does: a contract with users' keybindings and other tools.
 * `test/unit/manifest.test.ts` checks that `package.json` contributes exactly these.
 */
export const COMMANDS = {
  start: 'warmup.start',
  startRoutine: 'warmup.startRoutine',
  pause: 'warmup.pause',
  resume: 'warmup.resume',
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
