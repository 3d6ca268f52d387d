import * as assert from 'node:assert/strict';
import { api, remaining, run, setSettings, useCleanWarmup } from './support';

describe('settings', () => {
  useCleanWarmup();

  it('builds the warm-up from the settings', async () => {
    const warmup = await api();
    await setSettings({ walkMinutes: 3, drillSeconds: 20, drills: ['buttKicks', 'highKnees', 'buttKicks'], easeInMinutes: 0 });
    await run('warmup.start');
    const steps = warmup.session()?.steps ?? [];
    assert.deepEqual(steps.map((s) => [s.id, s.durationMs]), [
      ['walk', 180_000],
      ['buttKicks', 20_000],
      ['highKnees', 20_000],
      ['buttKicks', 20_000],
    ]);
  });

  it('a change while running applies to the steps not yet started', async () => {
    const warmup = await api();
    await run('warmup.start');
    const walkEnds = warmup.session()?.status === 'running' ? warmup.session() : undefined;
    await setSettings({ drillSeconds: 45, walkMinutes: 10 });
    const session = warmup.session();
    assert.equal(session?.steps[1].durationMs, 45_000, 'the drills not yet started take the new length');
    assert.equal(session?.steps[0].durationMs, 300_000, 'the walk already started keeps its length');
    assert.deepEqual(session, { ...walkEnds, steps: session?.steps });
    await run('warmup.skip');
    assert.ok(remaining(warmup) > 44_000 && remaining(warmup) <= 45_000, 'the next step uses the new length');
  });

  it('a change to another setting leaves a running custom routine exactly as it is', async () => {
    const warmup = await api();
    const steps = [{ drill: 'walk', seconds: 60 }, { drill: 'easeIn', seconds: 60 }, { drill: 'strides', seconds: 60 }];
    await setSettings({ customRoutines: [{ name: 'Strides last', steps }] });
    await run('warmup.startRoutine', 'Strides last');
    for (const [skips, change] of [[1, { volume: 40 }], [1, { sound: false, 'heartRate.age': 40 }], [0, { 'reminder.time': '06:00' }]] as const) {
      for (let i = 0; i < skips; i++) await run('warmup.skip');
      const before = warmup.session();
      await setSettings(change);
      assert.deepEqual(warmup.session(), before, `after ${JSON.stringify(change)} on step ${(before?.index ?? 0) + 1}`);
    }
  });

  it('absurd values give a working warm-up with safe values and a warning for each', async () => {
    const warmup = await api();
    await setSettings({ walkMinutes: 'five', drillSeconds: 100000, drills: ['highKnees', 'moonwalk'], easeInMinutes: -3, sound: 'loud' });
    const settings = warmup.settings().warmup;
    assert.equal(settings.walkMinutes, 5);
    assert.equal(settings.drillSeconds, 180);
    assert.deepEqual(settings.drills, ['highKnees']);
    assert.equal(settings.easeInMinutes, 0);
    assert.equal(settings.sound, true);
    const warnings = warmup.debug.settingWarnings();
    assert.equal(warnings.length, 5, JSON.stringify(warnings));
    for (const key of ['walkMinutes', 'drillSeconds', 'drills', 'easeInMinutes', 'sound']) {
      assert.ok(warnings.some((w) => w.includes(`warmup.${key}`)), `no warning names warmup.${key}`);
    }
    assert.ok(warnings.some((w) => w.includes('180')), 'the warning says which value is used');
    await run('warmup.start');
    assert.deepEqual(warmup.session()?.steps.map((s) => s.id), ['walk', 'highKnees']);
    assert.equal(warmup.session()?.status, 'running');
    assert.equal(warmup.debug.pendingTimers(), 1, 'the clock is ticking');
  });
});
