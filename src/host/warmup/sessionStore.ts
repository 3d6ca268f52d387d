import * as vscode from 'vscode';
import { fromStored, toStored } from '../../core/warmup/persist';
import { Session } from '../../core/warmup/session';
import { Failures } from '../base/failures';

const KEY = 'warmup.session';

/** Keeps the warm-up in `globalState`, so it survives closing the panel and reloading the window. */
export class SessionStore {
  constructor(
    private readonly memento: vscode.Memento,
    private readonly failures: Failures,
  ) {}

  load(): Session | undefined {
    return fromStored(this.memento.get<unknown>(KEY));
  }

  /** Stores the warm-up in progress (nothing once it is done or stopped); a failed write is reported, never thrown. */
  save(session: Session | undefined): void {
    const stored = session === undefined || session.status === 'done' ? undefined : toStored(session);
    this.failures.watch(
      vscode.l10n.t("The warm-up could not be saved in VS Code's storage, so a reload may lose it. It keeps running in this window."),
      this.memento.update(KEY, stored),
    );
  }
}
