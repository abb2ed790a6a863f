import { describe, expect, it } from 'vitest';
import { parameterDefinitions } from '../parameters/parameter.defaults.js';
import { followUpTarget, lossNeedsAnalysis, requestNeeds } from './communication.rules.js';

const followUpPercent = parameterDefinitions['communication.followUpRatePercent'].default;

describe('communication rules (SPEC §8)', () => {
  it('needs follow-ups of 30 % of the valid clients, rounded up', () => {
    expect(followUpTarget(10, followUpPercent)).toBe(3);
    expect(followUpTarget(11, followUpPercent)).toBe(4);
    expect(followUpTarget(0, followUpPercent)).toBe(0);
    expect(followUpTarget(100, followUpPercent)).toBe(30);
  });

  it('escalates only class (c) requests', () => {
    expect(requestNeeds('beyond_authority').escalation).toBe(true);
    expect(requestNeeds('within_authority').escalation).toBe(false);
    expect(requestNeeds('unreasonable').escalation).toBe(false);
  });

  it('needs an analysis only for a lost VIP', () => {
    expect(lossNeedsAnalysis('lost', true)).toBe(true);
    expect(lossNeedsAnalysis('lost', false)).toBe(false);
    expect(lossNeedsAnalysis('abnormal', true)).toBe(false);
  });
});
