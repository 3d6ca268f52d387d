import { Clock } from '../../core/warmup/clock';
import { Cue, cueFor } from '../../core/warmup/cues';
import { displaySeconds, msUntilDisplayChange } from '../../core/warmup/format';
import * as machine from '../../core/warmup/session';
import { Session } from '../../core/warmup/session';
import { Step } from '../../core/routines/drills';
import { Disposable, DisposableSlot } from '../base/dispose';
import { TrackedEmitter } from '../base/emitter';
import { TimerSource } from '../base/timers';
import { SessionStore } from './sessionStore';

/** A warm-up that ended, and how. */
export interface WarmupEnd {
  readonly session: Session;
  readonly outcome: 'finished' | 'stopped';
}

/**
 * The one owner of the warm-up. It holds the session, derives time from the clock, persists
 * every change and wakes once per displayed second to tell its views (status bar, panel).
 */
export class WarmupController extends Disposable {
  private session: Session | undefined;
  private readonly wake = this._register(new DisposableSlot());
  private lastShownSeconds: number | undefined;
  private readonly updateEmitter = this._register(new TrackedEmitter<void>());
  private readonly cueEmitter = this._register(new TrackedEmitter<Cue>());
  private readonly finishEmitter = this._register(new TrackedEmitter<Session>());
  private readonly endEmitter = this._register(new TrackedEmitter<WarmupEnd>());

  /** Fires at every displayed second and at every change. */
  readonly onDidUpdate = this.updateEmitter.event;
  readonly onDidCue = this.cueEmitter.event;
  readonly onDidFinish = this.finishEmitter.event;
  /** Fires once for every warm-up that ends, finished or stopped. */
  readonly onDidEnd = this.endEmitter.event;

  constructor(
    private readonly clock: Clock,
    private readonly store: SessionStore,
    private readonly timers: TimerSource,
  ) {
    super();
    this.session = store.load();
  }

  /**
   * Catches a restored warm-up up with the wall clock and starts ticking. Called once every view
   * and listener is attached, so a warm-up that ended while the window was closed is still reported.
   */
  resumeRestored(): void {
    this.tick();
  }

  get current(): Session | undefined {
    return this.session;
  }

  now(): number {
    return this.clock.now();
  }

  /** True while a warm-up is running or paused. */
  get isActive(): boolean {
    return this.session !== undefined && this.session.status !== 'done';
  }

  /** Starts a new warm-up; one that was running or paused counts as stopped. */
  start(steps: readonly Step[], routine: string): void {
    this.endActive();
    this.apply(machine.startSession(steps, this.clock.now(), routine), true);
  }

  pause(): void {
    this.update((s, now) => machine.pause(s, now));
  }

  resume(): void {
    this.update((s, now) => machine.resume(s, now));
  }

  skip(): void {
    this.update((s, now) => machine.skip(s, now));
  }

  previous(): void {
    this.update((s, now) => machine.previous(s, now));
  }

  extend(): void {
    this.update((s, now) => machine.extend(s, now));
  }

  /** Applies newly read settings to the steps not yet started. */
  replan(routine: readonly Step[]): void {
    this.update((s, now) => machine.replanFutureSteps(s, routine, now));
  }

  stop(): void {
    this.endActive();
    this.clear();
  }

  /** Forgets the warm-up: nothing runs, nothing is stored, the views go idle. */
  private clear(): void {
    this.wake.clear();
    this.session = undefined;
    this.lastShownSeconds = undefined;
    this.store.save(undefined);
    this.updateEmitter.fire();
  }

  /** Reports the warm-up in progress as ended (finished if the clock already says so). */
  private endActive(): void {
    if (this.session && this.session.status !== 'done') {
      const session = machine.advance(this.session, this.clock.now());
      this.endEmitter.fire({ session, outcome: session.status === 'done' ? 'finished' : 'stopped' });
    }
  }

  private update(change: (session: Session, now: number) => Session): void {
    if (this.session && this.session.status !== 'done') {
      this.apply(change(this.session, this.clock.now()), false);
    }
  }

  private tick(): void {
    if (this.session) {
      this.apply(machine.advance(this.session, this.clock.now()), false);
    }
  }

  /** The single place where a new state is stored, scheduled, shown and signalled. */
  private apply(next: Session, fresh: boolean): void {
    const before = fresh ? undefined : this.session;
    const now = this.clock.now();
    const settled = machine.advance(next, now);
    if (before && machine.endedUnseen(before, settled, now)) {
      // Recorded as stopped on the last step anyone saw; no "go run" days later.
      this.endEmitter.fire({ session: before, outcome: 'stopped' });
      this.clear();
      return;
    }
    const cue = cueFor(before, settled, now, this.lastShownSeconds);
    this.session = settled;
    if (settled !== before) {
      this.store.save(settled);
    }
    this.lastShownSeconds = settled.status === 'done' ? undefined : displaySeconds(machine.remainingInStep(settled, now));
    this.scheduleWake(now);
    this.updateEmitter.fire();
    if (cue) {
      this.cueEmitter.fire(cue);
    }
    if (settled.status === 'done' && before?.status !== 'done') {
      this.endEmitter.fire({ session: settled, outcome: 'finished' });
      this.finishEmitter.fire(settled);
    }
  }

  private scheduleWake(now: number): void {
    if (this.session?.status !== 'running' || this.isDisposed) {
      this.wake.clear();
      return;
    }
    // Wake just after the displayed second changes; a small margin keeps us past the boundary.
    const delay = msUntilDisplayChange(machine.remainingInStep(this.session, now)) + 5;
    this.wake.value = this.timers.after(delay, () => {
      this.wake.release();
      this.tick();
    });
  }
}
