import * as vscode from 'vscode';

/** One-shot timers whose outstanding count can be read, so tests can prove none is left behind. */
export class Scheduler implements vscode.Disposable {
  private readonly handles = new Set<ReturnType<typeof setTimeout>>();

  after(ms: number, callback: () => void): vscode.Disposable {
    const handle = setTimeout(() => {
      this.handles.delete(handle);
      callback();
    }, ms);
    this.handles.add(handle);
    return new vscode.Disposable(() => {
      clearTimeout(handle);
      this.handles.delete(handle);
    });
  }

  get pending(): number {
    return this.handles.size;
  }

  dispose(): void {
    this.handles.forEach((handle) => clearTimeout(handle));
    this.handles.clear();
  }
}
