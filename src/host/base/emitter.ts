import * as vscode from 'vscode';

let liveListeners = 0;

/** Listeners attached right now to every {@link TrackedEmitter}; lets tests prove nothing leaks. */
export function liveListenerCount(): number {
  return liveListeners;
}

/** A `vscode.EventEmitter` that counts its listeners. */
export class TrackedEmitter<T> implements vscode.Disposable {
  private readonly inner = new vscode.EventEmitter<T>();
  private readonly subscriptions = new Set<vscode.Disposable>();

  readonly event: vscode.Event<T> = (listener, thisArgs, disposables) => {
    const inner = this.inner.event(listener, thisArgs);
    liveListeners += 1;
    const subscription = new vscode.Disposable(() => {
      if (this.subscriptions.delete(subscription)) {
        liveListeners -= 1;
        inner.dispose();
      }
    });
    this.subscriptions.add(subscription);
    disposables?.push(subscription);
    return subscription;
  };

  fire(value: T): void {
    this.inner.fire(value);
  }

  dispose(): void {
    [...this.subscriptions].forEach((s) => s.dispose());
    this.inner.dispose();
  }
}
