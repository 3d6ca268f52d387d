/** Anything that holds a resource until it is disposed (the shape of `vscode.Disposable`). */
export interface IDisposable {
  dispose(): unknown;
}

/**
 * A base for everything that owns disposables: `_register` hands one over, and `dispose` disposes them all, the last
 * registered first, exactly once. Something registered after `dispose` is disposed at once, so nothing outlives its owner.
 */
export abstract class Disposable implements IDisposable {
  private readonly owned: IDisposable[] = [];
  private disposed = false;

  protected get isDisposed(): boolean {
    return this.disposed;
  }

  protected _register<T extends IDisposable>(value: T): T {
    if (this.disposed) {
      value.dispose();
    } else {
      this.owned.push(value);
    }
    return value;
  }

  dispose(): void {
    if (this.disposed) {
      return;
    }
    this.disposed = true;
    for (const value of this.owned.splice(0).reverse()) {
      value.dispose();
    }
  }
}

/** Owns a list of disposables handed over from outside: the composition root and `Disposable.from` with ordering. */
export class DisposableStore extends Disposable {
  add<T extends IDisposable>(value: T): T {
    return this._register(value);
  }
}

/**
 * One replaceable disposable, such as the next timer or the open panel's listeners: setting a new value disposes the
 * old one, and disposing the slot disposes the value it holds.
 */
export class DisposableSlot<T extends IDisposable> implements IDisposable {
  private current: T | undefined;
  private disposed = false;

  get value(): T | undefined {
    return this.current;
  }

  set value(next: T | undefined) {
    if (this.current === next) {
      return;
    }
    this.current?.dispose();
    this.current = next;
    if (this.disposed) {
      this.clear();
    }
  }

  /** Disposes the value held, if any, and leaves the slot empty. */
  clear(): void {
    this.value = undefined;
  }

  /** Empties the slot without disposing the value (it has ended on its own, like a timer that fired). */
  release(): void {
    this.current = undefined;
  }

  dispose(): void {
    this.disposed = true;
    this.clear();
  }
}
