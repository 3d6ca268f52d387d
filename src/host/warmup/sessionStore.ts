import * as vscode from 'vscode';
import { fromStored, toStored } from '../../core/warmup/persist';
import { Session } from '../../core/warmup/session';

const KEY = 'warmup.session';

/** Keeps the warm-up in `globalState`, so it survives closing the panel and reloading the window. */
export class SessionStore {
  constructor(private readonly memento: vscode.Memento) {}

  load(): Session | undefined {
    return fromStored(this.memento.get<unknown>(KEY));
  }

  save(session: Session | undefined): Thenable<void> {
    return this.memento.update(KEY, session === undefined || session.status === 'done' ? undefined : toStored(session));
  }
}
