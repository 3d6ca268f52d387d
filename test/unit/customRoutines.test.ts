import * as assert from 'node:assert/strict';
import { MAX_NAME_LENGTH, MAX_ROUTINES, MAX_STEPS, parseCustomRoutines } from '../../src/core/routines/customRoutines';
import { PRESET_IDS } from '../../src/core/routines/presets';

const ok = { name: 'Lunch', steps: [{ drill: 'walk', seconds: 120 }, { drill: 'lunges', seconds: 40 }] };

/** Parses `routines` (with the presets reserved) and returns the single problem reported. */
function problemOf(routines: unknown) {
  const result = parseCustomRoutines(routines, PRESET_IDS);
  assert.equal(result.problems.length, 1, JSON.stringify(result.problems));
  return result.problems[0];
}

describe('custom routines', () => {
  it('keeps a valid routine, with seconds turned into steps; v0.2\'s `lunges` are reverse lunges, with no warning', () => {
    assert.deepEqual(parseCustomRoutines([ok]), {
      routines: [{ name: 'Lunch', steps: [{ id: 'walk', durationMs: 120_000 }, { id: 'reverseLunges', durationMs: 40_000 }] }],
      problems: [],
    });
  });

  it('treats a missing setting as no routines, without a problem', () => {
    assert.deepEqual(parseCustomRoutines(undefined), { routines: [], problems: [] });
    assert.deepEqual(parseCustomRoutines(null), { routines: [], problems: [] });
  });

  it('rule: an unknown drill names the routine and the drill', () => {
    assert.deepEqual(problemOf([{ name: 'Moon', steps: [{ drill: 'moonwalk', seconds: 30 }] }]), { routine: 'Moon', reason: 'unknownDrill', detail: 'moonwalk' });
  });

  it('rule: seconds outside 5–1800 (or not a number) name the routine and the value', () => {
    for (const seconds of [4.9, 1801, -1, 'ten', Number.NaN, null]) {
      const problem = problemOf([{ name: 'Odd', steps: [{ drill: 'walk', seconds }] }]);
      assert.equal(problem.reason, 'secondsOutOfRange', String(seconds));
      assert.equal(problem.routine, 'Odd');
    }
    assert.equal(parseCustomRoutines([{ name: 'Edges', steps: [{ drill: 'walk', seconds: 5 }, { drill: 'walk', seconds: 1800 }] }]).problems.length, 0);
  });

  it('rule: a routine without steps is left out', () => {
    assert.deepEqual(problemOf([{ name: 'Empty', steps: [] }]), { routine: 'Empty', reason: 'noSteps' });
    assert.deepEqual(problemOf([{ name: 'Nothing' }]), { routine: 'Nothing', reason: 'noSteps' });
  });

  it('rule: a duplicate name (any case, or a preset id) is left out, the first one kept', () => {
    const result = parseCustomRoutines([ok, { ...ok, name: ' lunch ' }], PRESET_IDS);
    assert.deepEqual(result.routines.map((r) => r.name), ['Lunch']);
    assert.deepEqual(result.problems, [{ routine: 'lunch', reason: 'duplicateName' }]);
    assert.deepEqual(problemOf([{ ...ok, name: 'Coach' }]), { routine: 'Coach', reason: 'duplicateName' });
  });

  it('reports a nameless or malformed routine by its position', () => {
    assert.deepEqual(problemOf([ok, { steps: ok.steps }]), { routine: '#2', reason: 'noName' });
    assert.deepEqual(problemOf(['walk']), { routine: '#1', reason: 'notAnObject' });
    assert.deepEqual(problemOf([{ name: 'Bad step', steps: ['walk'] }]), { routine: 'Bad step', reason: 'badStep', detail: '1' });
    assert.deepEqual(problemOf({ name: 'x' }), { routine: 'warmup.customRoutines', reason: 'notAList' });
  });

  it('keeps the good routines when others are broken', () => {
    const result = parseCustomRoutines([{ name: 'Bad', steps: [] }, ok], PRESET_IDS);
    assert.deepEqual(result.routines.map((r) => r.name), ['Lunch']);
    assert.equal(result.problems.length, 1);
  });

  it('reads at most MAX_ROUTINES routines and says how many it left out', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ name: `R${i}`, steps: Array(MAX_STEPS).fill({ drill: 'walk', seconds: 30 }) }));
    const result = parseCustomRoutines(many, PRESET_IDS);
    assert.equal(result.routines.length, MAX_ROUTINES);
    assert.deepEqual(result.problems, [{ routine: 'warmup.customRoutines', reason: 'tooManyRoutines', detail: '10000' }]);
  });

  it('leaves out a routine whose name is longer than MAX_NAME_LENGTH', () => {
    const name = 'n'.repeat(MAX_NAME_LENGTH + 1);
    assert.deepEqual(problemOf([{ ...ok, name }]), { routine: `${'n'.repeat(MAX_NAME_LENGTH)}…`, reason: 'nameTooLong', detail: String(MAX_NAME_LENGTH + 1) });
    assert.deepEqual(parseCustomRoutines([{ ...ok, name: 'n'.repeat(MAX_NAME_LENGTH) }], PRESET_IDS).problems, []);
  });
});
