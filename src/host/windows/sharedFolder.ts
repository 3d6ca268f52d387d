import * as vscode from 'vscode';
import { Disposable } from '../base/dispose';
import { TrackedEmitter } from '../base/emitter';

/** What reading a shared file found: its JSON value (undefined when there is no file), or `corrupt` when unreadable. */
export type SharedRead = { readonly value: unknown } | 'corrupt';

/** The field `name` of a shared file's JSON object; undefined when the file is missing, unreadable or holds no object. */
export function fieldOf(found: SharedRead, name: string): unknown {
  if (found === 'corrupt' || typeof found.value !== 'object' || found.value === null) {
    return undefined;
  }
  return (found.value as Record<string, unknown>)[name];
}

/** A random id for this extension host: one per window, new at every reload. */
export function newWindowId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The folder every window of this user on this machine shares (the extension's `globalStorageUri`), read and written
 * through `workspace.fs`, so it works in desktop, remote and web hosts alike. A write replaces its file in one step
 * (a temporary file renamed over it), so a window never reads half of another's write; a file-system watcher tells
 * each window when another one wrote, so nothing is polled while idle.
 */
export class SharedFolder extends Disposable {
  private readonly changeEmitter = this._register(new TrackedEmitter<string>());
  /** Fires with the path (relative to the folder, `/`-separated) of a JSON file that was written or deleted. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly encoder = new TextEncoder();
  private writes = 0;

  /** Resolves once the folder exists and is watched (a folder that does not exist yet cannot be watched). */
  readonly ready: Promise<void>;

  constructor(
    readonly uri: vscode.Uri,
    readonly windowId: string = newWindowId(),
  ) {
    super();
    this.ready = Promise.resolve(vscode.workspace.fs.createDirectory(uri)).then(
      () => this.watch(),
      () => this.watch(),
    );
  }

  private watch(): void {
    if (this.isDisposed) {
      return;
    }
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.uri, '**/*.json')));
    const changed = (file: vscode.Uri) => this.changeEmitter.fire(this.relative(file));
    this._register(watcher.onDidCreate(changed));
    this._register(watcher.onDidChange(changed));
    this._register(watcher.onDidDelete(changed));
  }

  /** Makes sure a subfolder exists; never rejects. */
  async prepare(folder: string): Promise<void> {
    await Promise.resolve(vscode.workspace.fs.createDirectory(this.file(folder))).catch(() => undefined);
  }

  /** Reads a JSON file; never throws. */
  async read(name: string): Promise<SharedRead> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(this.file(name));
    } catch {
      return { value: undefined };
    }
    try {
      return { value: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
    } catch {
      return 'corrupt';
    }
  }

  /** Replaces a JSON file in one step. Rejects when the folder cannot be written. */
  async write(name: string, value: unknown): Promise<void> {
    await vscode.workspace.fs.rename(this.file(await this.writeAside(name, value)), this.file(name), { overwrite: true });
  }

  /**
   * Writes a JSON file only if it does not exist yet: true when this call created it, false when it was there
   * already (whoever wrote it). Rejects when the folder cannot be written.
   */
  async create(name: string, value: unknown): Promise<boolean> {
    const temporary = await this.writeAside(name, value);
    try {
      await vscode.workspace.fs.rename(this.file(temporary), this.file(name), { overwrite: false });
      return true;
    } catch (error) {
      await this.delete(temporary);
      const found = await this.read(name);
      if (found !== 'corrupt' && found.value === undefined) {
        throw error; // not there, so not taken: the folder cannot be written
      }
      return false;
    }
  }

  /**
   * Writes `value` to a temporary file of this window beside `name`, for a rename into place; returns its name. The
   * folder is made only when the write finds it missing: each call through `workspace.fs` is a round trip through the
   * window, so one fewer brings the change to the other windows sooner.
   */
  private async writeAside(name: string, value: unknown): Promise<string> {
    const temporary = `${name}.${this.windowId}-${(this.writes += 1)}.tmp`;
    const bytes = this.encoder.encode(JSON.stringify(value));
    try {
      await vscode.workspace.fs.writeFile(this.file(temporary), bytes);
    } catch {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(this.file(name), '..'));
      await vscode.workspace.fs.writeFile(this.file(temporary), bytes);
    }
    return temporary;
  }

  /** Deletes a file; one already gone is fine. */
  async delete(name: string): Promise<void> {
    await Promise.resolve(vscode.workspace.fs.delete(this.file(name))).catch(() => undefined);
  }

  /** The JSON files directly in a subfolder, by name; none when it does not exist. */
  async list(folder: string): Promise<string[]> {
    try {
      const entries = await vscode.workspace.fs.readDirectory(this.file(folder));
      return entries.filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.json')).map(([name]) => name);
    } catch {
      return [];
    }
  }

  private file(name: string): vscode.Uri {
    return vscode.Uri.joinPath(this.uri, ...name.split('/'));
  }

  private relative(file: vscode.Uri): string {
    const base = this.uri.path.endsWith('/') ? this.uri.path : `${this.uri.path}/`;
    return file.path.startsWith(base) ? file.path.slice(base.length) : file.path;
  }
}
