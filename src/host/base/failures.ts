import * as vscode from 'vscode';
import { plainReason } from './untrusted';

/** Shows an error notification; tests pass their own. */
export type Notify = (message: string) => unknown;

const showError: Notify = (message) => vscode.window.showErrorMessage(message).then(undefined, () => undefined);

/**
 * Background work that can fail (a full disk makes `globalState.update` reject): every failure goes to the log with
 * its reason, and the runner is told once per kind of failure, in words that say what was and was not lost.
 */
export class Failures {
  private readonly told = new Set<string>();

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly notify: Notify = showError,
  ) {}

  /** Lets `work` run on; if it fails, `what` (a whole sentence) is reported. */
  watch(what: string, work: Thenable<unknown>): void {
    Promise.resolve(work).catch((error: unknown) => this.report(what, error));
  }

  report(what: string, error: unknown): void {
    this.log.error(`${what} (${plainReason(error)})`);
    if (!this.told.has(what)) {
      this.told.add(what);
      this.notify(what);
    }
  }
}
