import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { zonesDocument } from '../../src/host/coaching/zonesView';
import { api, panelTabs, run, setSettings, TestApi, until, useCleanWarmup } from './support';

/** The recorded warm-up that started at `startedAt`, if any. */
const entryOf = (warmup: TestApi, startedAt: number | undefined) => warmup.history().find((e) => e.startedAt === startedAt);

describe('coaching', () => {
  useCleanWarmup();
  after(() => run('workbench.action.closeAllEditors'));

  it('records a stopped warm-up with the steps done so far', async () => {
    const warmup = await api();
    const before = warmup.history().length;
    await run('warmup.startRoutine', 'easyRun');
    const startedAt = warmup.session()?.startedAt;
    await run('warmup.skip');
    await run('warmup.skip');
    await run('warmup.stop');
    const entry = await until('the history entry', () => entryOf(warmup, startedAt));
    assert.deepEqual(entry, { startedAt, routine: 'easyRun', stepsDone: 2, stepsTotal: 9, outcome: 'stopped', walkWhole: false });
    assert.equal(warmup.history().length, before + 1);
  });

  it('records a finished warm-up once, and a restart as a stopped one', async () => {
    const warmup = await api();
    await run('warmup.start');
    const first = warmup.session()?.startedAt;
    await run('warmup.startRoutine', 'officeQuick');
    assert.equal(entryOf(warmup, first), undefined, 'a restart offer is only an offer');
    await run('warmup.stop');
    await run('warmup.startRoutine', 'officeQuick');
    const second = warmup.session()?.startedAt;
    for (let i = 0; i < 7; i++) await run('warmup.skip');
    assert.equal(warmup.session()?.status, 'done');
    const entries = await until('the finished entry', () => {
      const found = warmup.history().filter((e) => e.startedAt === second);
      return found.length > 0 && found;
    });
    assert.deepEqual(entries, [{ startedAt: second, routine: 'officeQuick', stepsDone: 7, stepsTotal: 7, outcome: 'finished', walkWhole: false }]);
  });

  it('opens the history as CSV in a new untitled editor, the second choice beside Save as CSV…', async () => {
    const warmup = await api();
    await run('warmup.start');
    await run('warmup.stop');
    await run('warmup.showHistory');
    await until('the history panel', () => warmup.debug.infoDocument('history'));
    warmup.debug.fromInfo('history', { type: 'action', id: 'openCsv' });
    const editor = await until('the CSV editor', () => vscode.window.activeTextEditor);
    assert.equal(editor.document.isUntitled, true);
    const csvKnown = (await vscode.languages.getLanguages()).includes('csv');
    assert.equal(editor.document.languageId, csvKnown ? 'csv' : 'plaintext', 'it contributes no csv language of its own');
    const lines = editor.document.getText().trimEnd().split('\n');
    assert.equal(lines[0], 'date,routine,steps_done,steps_total,outcome,legs,run_legs');
    assert.equal(lines.length, warmup.history().length + 1);
    assert.match(lines.at(-1) ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d,coach,0,6,stopped,,$/);
  });

  it('opens the zones, check-in and history panels from their commands', async () => {
    await run('warmup.showZones');
    await until('the zones panel', () => panelTabs('warmup.zones').length === 1);
    await run('warmup.checkIn');
    await until('the check-in panel', () => panelTabs('warmup.checkIn').length === 1);
    await run('warmup.showHistory');
    await until('the history panel', () => panelTabs('warmup.history').length === 1);
    await run('warmup.showHistory');
    assert.equal(panelTabs('warmup.history').length, 1, 'at most one history panel');
  });

  it('computes the zones from the settings, saying which method and max it used', async () => {
    const warmup = await api();
    await setSettings({ 'heartRate.age': 35, 'heartRate.resting': 60 });
    assert.equal(warmup.settings().heartRate.resting, 60);
    assert.equal(warmup.settings().heartRate.age, 35);
    const text = JSON.stringify(zonesDocument(warmup.settings().heartRate));
    assert.match(text, /122–134/);
    assert.match(text, /135–146.*147–159/, 'adjacent zones share no endpoint');
    assert.match(text, /Karvonen/);
    assert.match(text, /about 184 bpm, estimated from your age \(35\)/);
    assert.match(text, /beta-blockers lower heart rate and cap the maximum/);
    assert.doesNotMatch(text, /7 to 11|some medicines raise/);
    assert.doesNotMatch(text, /above truly easy/, 'a resting 60 at 35 keeps zone 2 easy');
    await setSettings({ 'heartRate.resting': 80 });
    assert.match(JSON.stringify(zonesDocument(warmup.settings().heartRate)), /above truly easy.*talk test first/);
    await setSettings({ 'heartRate.resting': 60 });
    await setSettings({ 'heartRate.method': 'percentMax' });
    assert.equal(warmup.settings().heartRate.method, 'percentMax');
    assert.match(JSON.stringify(zonesDocument(warmup.settings().heartRate)), /111–128/);
    await setSettings({ 'heartRate.method': 'karvonen', 'heartRate.max': 190 });
    assert.equal(warmup.settings().heartRate.max, 190);
    assert.match(JSON.stringify(zonesDocument(warmup.settings().heartRate)), /139–151/);
  });

  it('How Do My Legs Feel? saves the answer with the latest warm-up of the day', async () => {
    const warmup = await api();
    await run('warmup.start');
    const startedAt = warmup.session()?.startedAt;
    await run('warmup.stop');
    await until('the entry', () => entryOf(warmup, startedAt));
    await run('warmup.checkIn', 'heavy');
    assert.equal(entryOf(warmup, startedAt)?.legs, 'heavy');
    await until('the check-in panel', () => panelTabs('warmup.checkIn').length === 1);
    await run('warmup.checkIn', 'fresh');
    assert.equal(entryOf(warmup, startedAt)?.legs, 'fresh', 'a new answer replaces the old');
    await run('warmup.checkIn', 'tired');
    assert.equal(entryOf(warmup, startedAt)?.legs, 'fresh', 'an unknown answer changes nothing');
  });

  it('a history entry dated in the future (a wrong clock elsewhere) never takes the legs answer', async () => {
    const warmup = await api();
    const wrongClock = { startedAt: Date.UTC(2030, 2, 9, 7), routine: 'coach', stepsDone: 6, stepsTotal: 6, outcome: 'finished' };
    await warmup.debug.writeState('warmup.history', [...warmup.history(), wrongClock]);
    try {
      await run('warmup.start');
      const startedAt = warmup.session()?.startedAt;
      await run('warmup.stop');
      await until('the entry', () => entryOf(warmup, startedAt));
      await run('warmup.checkIn', 'heavy');
      assert.equal(entryOf(warmup, startedAt)?.legs, 'heavy', 'the warm-up that just happened');
      assert.equal(entryOf(warmup, wrongClock.startedAt)?.legs, undefined, 'the future-dated entry is kept, unanswered');
    } finally {
      await warmup.debug.writeState('warmup.history', warmup.history().filter((e) => e.startedAt !== wrongClock.startedAt));
    }
  });

  it('an open zones panel and the heavy-legs self-check follow the heart-rate settings', async () => {
    const warmup = await api();
    await setSettings({ 'heartRate.age': 35, 'heartRate.resting': 60 });
    await run('warmup.showZones');
    await until('the zones panel', () => panelTabs('warmup.zones').length === 1);
    assert.match(JSON.stringify(warmup.debug.infoDocument('zones')), /135–146/);
    await run('warmup.checkIn', 'heavy');
    assert.match(JSON.stringify(warmup.debug.infoDocument('checkIn')), /under 146 bpm/);
    await setSettings({ 'heartRate.age': 60 });
    assert.match(JSON.stringify(warmup.debug.infoDocument('zones')), /125–134/, 'the zones follow the new age');
    assert.match(JSON.stringify(warmup.debug.infoDocument('checkIn')), /under 134 bpm/, 'so does the self-check');
  });
});
