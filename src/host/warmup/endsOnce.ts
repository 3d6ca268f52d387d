import { Disposable } from '../base/dispose';
import { TrackedEmitter } from '../base/emitter';
import { Claims } from '../windows/claims';
import { WarmupController, WarmupEnd } from './controller';

/** How much later than the sound window the other windows claim a warm-up the clock ended. */
const QUIET_WINDOW_DELAY_MS = 250;

/**
 * The ends of warm-ups, each once across all windows: an end a runner's action caused is this window's own; an end
 * the clock caused (every window sees it at the same moment) goes to the window that claims it, the sound window
 * first, since the runner is looking at it.
 */
export class EndsOnce extends Disposable {
  private readonly emitter = this._register(new TrackedEmitter<WarmupEnd>());
  readonly onDidEnd = this.emitter.event;

  constructor(controller: WarmupController, claims: Claims, soundHere: () => boolean) {
    super();
    this._register(
      controller.onDidEnd(async (end) => {
        const key = String(end.session.startedAt);
        if (!end.byClock || (await claims.claim('end', key, soundHere() ? 0 : QUIET_WINDOW_DELAY_MS))) {
          this.emitter.fire(end);
        }
      }),
    );
  }
}
