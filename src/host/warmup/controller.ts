import { Clock } from '../../core/warmup/clock';
import { Cue, cueFor } from '../../core/warmup/cues';
import { displaySeconds, msUntilDisplayChange } from '../../core/warmup/format';
import * as machine from '../../core/warmup/session';
import { Session } from '../../core/warmup/session';
import { Step } from '../../core/routines/drills';
import { Disposable, DisposableSlot } from '../base/dispose';
import { TrackedEmitter } from '../base/emitter';
import { TimerSource } from '../base/timers';
import { SharedSession } from './sharedSession';

/** A warm-up that ended, and how. */
export interface WarmupEnd {
  readonly session: Session;
  readonly outcome: 'finished' | 'stopped';
  /**
   * True when the clock ended it (it finished, or was found abandoned): every window sees that at once, so one of them
   * claims the record. False when a runner's action in this window ended it (stop, or a new start).
   */
  readonly byClock: boolean;
}

/**
 * This window's view of the one warm-up. It holds the session, derives time from the clock, shares every change a
 * runner makes (and takes every change another window shares), and wakes once per displayed second to tell its views
 * (status bar, panel).
 */
export class WarmupController extends Disposable {
  private session: Session | undefined;
  private readonly wake = this._register(new DisposableSlot());
  private lastShownSeconds: number | undefined;
  private readonly updateEmitter = this._register(new TrackedEmitter<void>());
  private readonly cueEmitter = this._register(new TrackedEmitter<Cue>());
  private readonly endEmitter = this._register(new TrackedEmitter<WarmupEnd>());

  /** Fires at every displayed second and at every change. */
  readonly onDidUpdate = this.updateEmitter.event;
  readonly onDidCue = this.cueEmitter.event;
  /** Fires once for every warm-up that ends, finished or stopped. */
  readonly onDidEnd = this.endEmitter.event;

  constructor(
    private readonly clock: Clock,
    private readonly store: SharedSession,
    private readonly timers: TimerSource,
  ) {
    super();
    this.session = store.current;
    this._register(store.onDidChange((session) => this.adopt(session)));
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

  /** Settles once every change made here so far is shared with the other windows (or failed to be); never rejects. */
  get shared(): Promise<void> {
    return this.store.written;
  }

  /** True while a warm-up is running or paused. */
  get isActive(): boolean {
    return this.session !== undefined && this.session.status !== 'done';
  }

  /** Starts a new warm-up; one that was running or paused counts as stopped. */
  start(steps: readonly Step[], routine: string): void {
    this.endActive();
    this.apply(machine.startSession(steps, this.clock.now(), routine), { fresh: true, share: true });
  }

  pause(): void {
    this.update((s, now) => machine.pause(s, now));
  }

  resume(): void {
    this.update((s, now) => machine.resume(s, now));
  }

  /** Pauses a running warm-up or resumes a paused one, judged on this window's state when the key is pressed. */
  togglePause(): void {
    this.update((s, now) => (s.status === 'paused' ? machine.resume(s, now) : machine.pause(s, now)));
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
    this.store.save(undefined);
    this.clear();
  }

  /** Takes what another window shared: a new warm-up, a change to this one, or none (it stopped it there). */
  private adopt(shared: Session | undefined): void {
    if (!shared) {
      this.clear();
    } else {
      // Whoever started a new one or stopped this one there has recorded it; here it is only shown.
      this.apply(shared, { fresh: shared.startedAt !== this.session?.startedAt, share: false });
    }
  }

  /** Forgets the warm-up in this window: nothing runs, the views go idle. */
  private clear(): void {
    this.wake.clear();
    this.session = undefined;
    this.lastShownSeconds = undefined;
    this.updateEmitter.fire();
  }

  /** Reports the warm-up in progress as ended (finished if the clock already says so). */
  private endActive(): void {
    if (this.session && this.session.status !== 'done') {
      const session = machine.advance(this.session, this.clock.now());
      this.endEmitter.fire({ session, outcome: session.status === 'done' ? 'finished' : 'stopped', byClock: false });
    }
  }

  private update(change: (session: Session, now: number) => Session): void {
    if (this.session && this.session.status !== 'done') {
      this.apply(change(this.session, this.clock.now()), { fresh: false, share: true });
    }
  }

  /** The clock moved on: every window derives the same step from the same stored times, so nothing is shared. */
  private tick(): void {
    if (this.session) {
      this.apply(machine.advance(this.session, this.clock.now()), { fresh: false, share: false });
    }
  }

  /** The single place where a new state is shared, scheduled, shown and signalled. */
  private apply(next: Session, { fresh, share }: { readonly fresh: boolean; readonly share: boolean }): void {
    const before = fresh ? undefined : this.session;
    const now = this.clock.now();
    const settled = machine.advance(next, now);
    const seen = before ?? next;
    if (machine.endedUnseen(seen, settled, now)) {
      // Recorded as stopped on the last step anyone saw; no "go run" days later.
      this.endEmitter.fire({ session: seen, outcome: 'stopped', byClock: true });
      this.clear();
      return;
    }
    const cue = cueFor(before, settled, now, this.lastShownSeconds);
    this.session = settled;
    if (share) {
      this.store.save(settled);
    }
    this.lastShownSeconds = settled.status === 'done' ? undefined : displaySeconds(machine.remainingInStep(settled, now));
    this.scheduleWake(now);
    this.updateEmitter.fire();
    if (cue) {
      this.cueEmitter.fire(cue);
    }
    if (settled.status === 'done' && before?.status !== 'done') {
      this.endEmitter.fire({ session: settled, outcome: 'finished', byClock: true });
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
      // Besides the file watcher: a change another window made is seen within a second even where watching fails.
      this.store.refresh();
    });
  }
}
