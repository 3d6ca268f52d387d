/**
 * Prints what one tick of the warm-up costs in the pure core: advancing the session, the cue check
 * and the summary that the status bar and the panel show, over a 15-minute routine ticked every second.
 */
import { cueFor } from '../src/core/warmup/cues';
import { displaySeconds } from '../src/core/warmup/format';
import { presetSteps } from '../src/core/routines/presets';
import { advance, remainingInStep, Session, startSession } from '../src/core/warmup/session';
import { AnySettingKey, parseAllSettings, parseRoutinesSetting } from '../src/core/settings/settings';
import { DEFAULT_SETTINGS, parseSettings } from '../src/core/settings/warmupSettings';
import { summarize } from '../src/core/warmup/summary';

function measure(name: string, rounds: number, body: () => void): void {
  body();
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) body();
  const perRun = Number(process.hrtime.bigint() - start) / rounds;
  console.log(`${name}: ${(perRun / 1000).toFixed(1)} µs per run (${rounds} runs)`);
}

const steps = presetSteps('workout', DEFAULT_SETTINGS);
const total = steps.reduce((sum, s) => sum + s.durationMs, 0);
const ticks = Math.ceil(total / 1000);

measure(`a whole ${Math.round(total / 60000)}-minute warm-up, ${ticks} ticks of advance + cue + summary`, 50, () => {
  const t0 = 1_000_000;
  let session: Session = startSession(steps, t0, 'workout');
  let shown: number | undefined;
  for (let t = 1; t <= ticks; t++) {
    const now = t0 + t * 1000 + 5;
    const next = advance(session, now);
    cueFor(session, next, now, shown);
    summarize(next, now);
    shown = next.status === 'done' ? undefined : displaySeconds(remainingInStep(next, now));
    session = next;
  }
});

measure('parsing the settings once (what every settings change costs)', 20_000, () => {
  parseSettings({ walkMinutes: 4.5, drillSeconds: 45, drills: ['highKnees', 'buttKicks', 'moonwalk'], volume: 150, routine: 'easyRun' });
});

// 10,000 valid custom routines of 60 steps: what reading them costs, and what an unrelated change costs once read.
const huge = Array.from({ length: 10_000 }, (_, i) => ({ name: `Routine ${i}`, steps: Array.from({ length: 60 }, () => ({ drill: 'walk', seconds: 30 })) }));
const get = (key: AnySettingKey): unknown => (key === 'customRoutines' ? huge : undefined);
measure('reading 10,000 custom routines of 60 steps (warmup.customRoutines changed)', 5, () => {
  parseRoutinesSetting(get);
});
const kept = parseRoutinesSetting(get);
measure('an unrelated warmup.* change with them configured (the routines read before are kept)', 2_000, () => {
  parseAllSettings(get, kept);
});
