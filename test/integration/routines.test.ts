import * as assert from 'node:assert/strict';
import { api, run, setSettings, until, useCleanWarmup } from './support';

describe('routines', () => {
  useCleanWarmup();

  it('Start Warm-Up Routine… starts a preset given by id', async () => {
    const warmup = await api();
    await run('warmup.startRoutine', 'officeQuick');
    const session = warmup.session();
    assert.equal(session?.routine, 'officeQuick');
    assert.deepEqual(session?.steps.map((s) => s.id), ['walk', 'legSwingsFrontBack', 'legSwingsSide', 'hipCircles', 'reverseLunges', 'highKneeMarch', 'buttKickMarch']);
    assert.equal(session?.steps[0].durationMs, 180_000, "the coach's 3 minutes of walking, at least");
  });

  it('warmup.routine chooses what Start Warm-Up runs', async () => {
    const warmup = await api();
    await setSettings({ routine: 'workout' });
    await run('warmup.start');
    const total = warmup.session()?.steps.reduce((sum, s) => sum + s.durationMs, 0) ?? 0;
    assert.equal(warmup.session()?.routine, 'workout');
    assert.ok(total >= 15 * 60_000 && total <= 17 * 60_000, `about 16 minutes, got ${total / 60_000}`);
  });

  it('runs a valid custom routine by name', async () => {
    const warmup = await api();
    await setSettings({
      customRoutines: [{ name: 'Lunch', steps: [{ drill: 'walk', seconds: 120 }, { drill: 'pogoHops', seconds: 20 }, { drill: 'lunges', seconds: 30 }] }],
      routine: 'lunch',
    });
    await run('warmup.start');
    assert.equal(warmup.session()?.routine, 'Lunch');
    const steps = [{ id: 'walk', durationMs: 120_000 }, { id: 'pogoHops', durationMs: 20_000 }, { id: 'reverseLunges', durationMs: 30_000 }];
    assert.deepEqual(warmup.session()?.steps, steps, "v0.2's `lunges` still work, as reverse lunges");
    assert.deepEqual(warmup.debug.settingWarnings(), []);
  });

  it('a broken custom routine is reported by name and the coach routine runs instead', async () => {
    const warmup = await api();
    await setSettings({
      customRoutines: [{ name: 'Broken', steps: [{ drill: 'moonwalk', seconds: 30 }] }],
      routine: 'Broken',
    });
    assert.ok(warmup.debug.settingWarnings().some((w) => w.includes('"Broken"') && w.includes('moonwalk')), 'a warning names the routine and the drill');
    await run('warmup.start');
    assert.equal(warmup.session()?.routine, 'coach');
    assert.equal(warmup.session()?.steps[0].durationMs, 300_000);
  });

  it('a one-sided drill is announced, then "switch legs" at half time', async () => {
    const warmup = await api();
    await setSettings({ customRoutines: [{ name: 'Swings', steps: [{ drill: 'legSwingsSide', seconds: 10 }, { drill: 'walk', seconds: 60 }] }] });
    const cues: string[] = [];
    const subscription = warmup.debug.onCue((cue) => cues.push(cue));
    try {
      await run('warmup.startRoutine', 'Swings');
      await until('half time', () => cues.includes('halfway'), 8_000);
      assert.deepEqual(cues.slice(0, 2), ['change', 'halfway']);
    } finally {
      subscription.dispose();
    }
  });
});
