import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parameterDefinitions } from '../parameters/parameter.defaults.js';
import {
  drawSample,
  isDissatisfied,
  returnRate,
  sampleSize,
  stageScores,
  surveyQuestions,
  weightedTotal,
  type QuestionCode,
} from './survey.rules.js';

const weights = {
  contract: parameterDefinitions['survey.weightContractPercent'].default,
  audit: parameterDefinitions['survey.weightAuditPercent'].default,
  service: parameterDefinitions['survey.weightServicePercent'].default,
};
const all = (score: number) => Object.fromEntries(surveyQuestions.map((q) => [q.code, score])) as Record<QuestionCode, number>;

describe('satisfaction scoring (SPEC §7)', () => {
  it('weights the stages 20 / 50 / 30 into a total out of 10', () => {
    expect(weightedTotal({ contract: 10, audit: 10, service: 10 }, weights)).toBe(10);
    // 0.2·10 + 0.5·6 + 0.3·8 = 7.4
    expect(weightedTotal({ contract: 10, audit: 6, service: 8 }, weights)).toBe(7.4);
    // changed weights are honoured, whatever their sum
    expect(weightedTotal({ contract: 10, audit: 0, service: 0 }, { contract: 1, audit: 1, service: 2 })).toBe(2.5);
  });

  it('a stage scores the mean of its questions', () => {
    const answers = { ...all(8), A1: 10, A2: 6, A3: 9, A4: 7 };
    expect(stageScores(answers)).toEqual({ contract: 8, audit: 8, service: 8 });
    expect(stageScores({ ...all(10), C1: 5 }).contract).toBe(7.5);
  });

  it('is dissatisfied just below the threshold, not at it', () => {
    const threshold = parameterDefinitions['survey.dissatisfiedBelowScore'].default;
    expect(isDissatisfied({ contract: 10, audit: threshold, service: 10 }, 8, threshold)).toBe(false);
    expect(isDissatisfied({ contract: 10, audit: threshold - 0.01, service: 10 }, 8, threshold)).toBe(true);
    expect(isDissatisfied({ contract: 7, audit: 7, service: 7 }, threshold - 0.01, threshold)).toBe(true);
  });
});

describe('the yearly sample', () => {
  it('draws the share asked, rounded up, at least one client', () => {
    expect(sampleSize(200, 15)).toBe(30);
    expect(sampleSize(200, 10)).toBe(20);
    expect(sampleSize(95, 10)).toBe(10);
    expect(sampleSize(3, 10)).toBe(1);
    expect(sampleSize(0, 10)).toBe(0);
  });

  it('draws the same clients again from the same seed, whatever order they come in', () => {
    const population = Array.from({ length: 50 }, (_, i) => ({ id: `c${String(i).padStart(2, '0')}` }));
    const first = drawSample(population, 8, 20261202).map((c) => c.id);
    const again = drawSample([...population].reverse(), 8, 20261202).map((c) => c.id);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(8);
    expect(drawSample(population, 8, 7).map((c) => c.id)).not.toEqual(first);
  });

  it('never draws a client twice or from outside the population', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (n, seed) => {
        const population = Array.from({ length: n }, (_, i) => ({ id: String(i) }));
        const size = Math.ceil(n / 7);
        const drawn = drawSample(population, size, seed);
        return drawn.length === size && new Set(drawn.map((d) => d.id)).size === size && drawn.every((d) => Number(d.id) < n);
      }),
    );
  });
});

describe('return rate and periods', () => {
  it('is answered over issued, in percent', () => {
    expect(returnRate(10, 9)).toBe(90);
    expect(returnRate(3, 2)).toBe(66.7);
    expect(returnRate(0, 0)).toBeNull();
  });
});
