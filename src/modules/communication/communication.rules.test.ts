import { describe, expect, it } from 'vitest';
import { parameterDefinitions } from '../parameters/parameter.defaults.js';
import { belowMinimum, contactsOwed, followUpTarget, lossNeedsAnalysis, requestNeeds } from './communication.rules.js';

const minimums = {
  perYear: parameterDefinitions['communication.minContactsPerYear'].default,
  perYearVip: parameterDefinitions['communication.minContactsPerYearVip'].default,
};
const followUpPercent = parameterDefinitions['communication.followUpRatePercent'].default;

describe('communication rules (SPEC §8)', () => {
  it('owes a client 2 contacts a year and a VIP 4', () => {
    expect(contactsOwed(false, minimums)).toBe(2);
    expect(contactsOwed(true, minimums)).toBe(4);
  });

  it('counts a client below its minimum at one contact short, not at the minimum', () => {
    const clients = [
      { id: 'a', vip: false, contacts: 1 },
      { id: 'b', vip: false, contacts: 2 },
      { id: 'c', vip: true, contacts: 3 },
      { id: 'd', vip: true, contacts: 4 },
      { id: 'e', vip: false, contacts: 0 },
    ];
    expect(belowMinimum(clients, minimums).map((c) => c.id)).toEqual(['a', 'c', 'e']);
  });

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
