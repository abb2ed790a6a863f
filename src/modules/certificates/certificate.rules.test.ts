import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import {
  allowedActions,
  applyCommand,
  assertMayApply,
  certificateActions,
  certificateExpiry,
  certificateStatuses,
  decideGiveUp,
  latestSuspensionEnd,
  nextStatus,
  applicationBar,
  isPartOfScope,
  scopeItems,
  type ApplicantHistory,
  suspensionEndOutcome,
  type CertificateCommand,
  type CertificateState,
  type CertificateStatus,
} from './certificate.rules.js';

const params = { suspensionMaxMonths: 6, suspensionMaxBackdateDays: 30 };
const valid: CertificateState = {
  status: 'valid',
  scope: '电子产品的设计和生产；维修服务',
  originalIssueOn: '2025-01-15',
  issueOn: '2025-01-15',
  expiresOn: '2028-01-14',
  suspendedFrom: null,
  suspendedUntil: null,
  suspendedScope: null,
  revocationProposedOn: null,
};
const suspended: CertificateState = { ...valid, status: 'suspended', suspendedFrom: '2026-01-01', suspendedUntil: '2026-06-30' };

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}

/** A command of each kind that is acceptable on its own dates. */
function sampleCommand(kind: (typeof certificateActions)[number]): CertificateCommand {
  switch (kind) {
    case 'suspend':
      return { kind, from: '2026-01-15', until: '2026-03-31' };
    case 'reissue':
      return { kind, changedOn: '2026-02-01' };
    case 'recertify':
      return { kind, decisionOn: '2026-02-01', expiresOn: '2029-01-31' };
    default:
      return { kind } as CertificateCommand;
  }
}

describe('certificate state machine', () => {
  const expected: Record<CertificateStatus, string[]> = {
    valid: ['suspend', 'revoke', 'withdraw', 'expire', 'reissue', 'recertify'],
    suspended: ['restore', 'revoke'],
    revoked: [],
    withdrawn: [],
    expired: [],
  };

  it.each(certificateStatuses.flatMap((s) => certificateActions.map((a) => [s, a] as const)))('%s × %s', (status, action) => {
    const allowed = expected[status].includes(action);
    expect(allowedActions(status).includes(action)).toBe(allowed);
    const state = status === 'suspended' ? suspended : { ...valid, status };
    // dates on which every allowed command is acceptable: after expiry for "expire", within the suspension otherwise
    const today = action === 'expire' ? '2028-02-01' : '2026-02-01';
    const code = codeOf(() => applyCommand(state, sampleCommand(action), today, params));
    if (allowed) {
      expect(code).toBeNull();
      expect(applyCommand(state, sampleCommand(action), today, params).status).toBe(nextStatus(status, action));
    } else {
      expect(code).toBe('CERTIFICATE.ILLEGAL_TRANSITION');
    }
  });

  it('never restores a withdrawn certificate, with a message in both languages', () => {
    try {
      applyCommand({ ...valid, status: 'withdrawn' }, { kind: 'restore' }, '2026-02-01', params);
      expect.unreachable();
    } catch (err) {
      expect((err as AppError).toBody().message).toEqual({
        zh: '证书当前为“注销”状态，不能恢复',
        en: 'A withdrawn certificate cannot take the action “restore”',
      });
    }
  });
});

describe('suspension period', () => {
  it('allows exactly six months: 1 January to 30 June, not 1 July (day 182)', () => {
    expect(latestSuspensionEnd('2026-01-01', 6)).toBe('2026-06-30');
    expect(applyCommand(valid, { kind: 'suspend', from: '2026-01-01', until: '2026-06-30' }, '2026-01-01', params).status).toBe(
      'suspended',
    );
    expect(codeOf(() => applyCommand(valid, { kind: 'suspend', from: '2026-01-01', until: '2026-07-01' }, '2026-01-01', params))).toBe(
      'CERTIFICATE.SUSPENSION_TOO_LONG',
    );
  });

  it('measures six months from 31 August to the end of February, leap year or not', () => {
    expect(latestSuspensionEnd('2027-08-31', 6)).toBe('2028-02-28'); // 2028-02-29 exists, but 29 Feb + 1 day is the limit
    expect(latestSuspensionEnd('2026-08-31', 6)).toBe('2027-02-27');
  });

  it('follows the parameter, not a literal', () => {
    expect(
      codeOf(() =>
        applyCommand(valid, { kind: 'suspend', from: '2026-01-01', until: '2026-05-01' }, '2026-01-01', {
          ...params,
          suspensionMaxMonths: 4,
        }),
      ),
    ).toBe('CERTIFICATE.SUSPENSION_TOO_LONG');
  });

  it('refuses a suspension that ends after the certificate expires', () => {
    const nearExpiry = { ...valid, expiresOn: '2026-03-14' };
    expect(codeOf(() => applyCommand(nearExpiry, { kind: 'suspend', from: '2026-01-01', until: '2026-03-15' }, '2026-01-01', params))).toBe(
      'CERTIFICATE.SUSPENSION_PAST_EXPIRY',
    );
    expect(
      applyCommand(nearExpiry, { kind: 'suspend', from: '2026-01-01', until: '2026-03-14' }, '2026-01-01', params).suspendedUntil,
    ).toBe('2026-03-14');
  });

  it('names the expiry, not the six months, when a suspension breaks both, and never suggests an end past expiry', () => {
    // expiring 2026-05-31: a suspension from 2026-01-10 to 2026-07-20 breaks both limits
    const nearExpiry = { ...valid, expiresOn: '2026-05-31' };
    try {
      applyCommand(nearExpiry, { kind: 'suspend', from: '2026-01-10', until: '2026-07-20' }, '2026-01-10', params);
      expect.unreachable();
    } catch (err) {
      expect((err as AppError).code).toBe('CERTIFICATE.SUSPENSION_PAST_EXPIRY');
      expect((err as AppError).toBody().message.zh).toBe('暂停期不得超过证书有效期（2026-05-31 到期）：最迟结束于 2026-05-31');
    }
    // within the expiry but past six months: the six months' end is suggested, and it is before expiry
    try {
      applyCommand(valid, { kind: 'suspend', from: '2026-01-10', until: '2026-07-10' }, '2026-01-10', params);
      expect.unreachable();
    } catch (err) {
      expect((err as AppError).toBody().message.en).toContain('must end by 2026-07-09');
    }
    expect(codeOf(() => applyCommand(nearExpiry, { kind: 'suspend', from: '2026-06-01', until: '2026-06-30' }, '2026-06-01', params))).toBe(
      'CERTIFICATE.SUSPENSION_AFTER_EXPIRY',
    );
  });

  it('lets a suspension start at most the parameter’s days back, and never one already over', () => {
    // entered on 2026-12-03: from 2026-11-03 (30 days back) is accepted, from 2026-11-02 is not
    expect(applyCommand(valid, { kind: 'suspend', from: '2026-11-03', until: '2027-01-31' }, '2026-12-03', params).status).toBe(
      'suspended',
    );
    expect(codeOf(() => applyCommand(valid, { kind: 'suspend', from: '2026-11-02', until: '2027-01-31' }, '2026-12-03', params))).toBe(
      'CERTIFICATE.SUSPENSION_BACKDATED',
    );
    expect(
      codeOf(() =>
        applyCommand(valid, { kind: 'suspend', from: '2026-05-01', until: '2026-10-31' }, '2026-12-03', {
          ...params,
          suspensionMaxBackdateDays: 365,
        }),
      ),
    ).toBe('CERTIFICATE.SUSPENSION_ALREADY_OVER');
    expect(
      codeOf(() => applyCommand(valid, { kind: 'suspend', from: '2026-11-20', until: '2026-12-03' }, '2026-12-03', params)),
    ).toBeNull();
  });

  it('refuses an end before the start', () => {
    expect(codeOf(() => applyCommand(valid, { kind: 'suspend', from: '2026-03-01', until: '2026-02-28' }, '2026-01-01', params))).toBe(
      'CERTIFICATE.SUSPENSION_DATES',
    );
  });

  it('records a partial suspension’s part of the scope', () => {
    const s = applyCommand(
      valid,
      { kind: 'suspend', from: '2026-01-01', until: '2026-02-01', partScope: ' 维修服务 ' },
      '2026-01-01',
      params,
    );
    expect(s.suspendedScope).toBe('维修服务');
    // the part must be part of the scope
    expect(
      codeOf(() =>
        applyCommand(valid, { kind: 'suspend', from: '2026-01-01', until: '2026-02-01', partScope: '市政工程施工' }, '2026-01-01', params),
      ),
    ).toBe('CERTIFICATE.PART_NOT_IN_SCOPE');
  });

  it('restores on the last day of the period but not the day after', () => {
    expect(applyCommand(suspended, { kind: 'restore' }, '2026-06-30', params).status).toBe('valid');
    expect(codeOf(() => applyCommand(suspended, { kind: 'restore' }, '2026-07-01', params))).toBe('CERTIFICATE.RESTORE_PERIOD_OVER');
  });

  it('revokes the day after an unrestored suspension ends, or proposes it when so configured', () => {
    expect(suspensionEndOutcome(suspended, '2026-06-30', true)).toBe('nothing');
    expect(suspensionEndOutcome(suspended, '2026-07-01', true)).toBe('revoke');
    expect(suspensionEndOutcome(suspended, '2026-07-01', false)).toBe('propose');
    expect(suspensionEndOutcome({ ...suspended, revocationProposedOn: '2026-07-01' }, '2026-07-02', false)).toBe('nothing');
    expect(suspensionEndOutcome({ ...suspended, status: 'valid' }, '2026-07-01', true)).toBe('nothing');
  });
});

describe('validity', () => {
  it('runs three years from the decision, ending the day before', () => {
    expect(certificateExpiry('2026-01-15', 3)).toBe('2029-01-14');
    expect(certificateExpiry('2024-02-29', 3)).toBe('2027-02-27'); // 29 Feb + 3 years → 28 Feb, minus a day
    expect(certificateExpiry('2025-03-01', 3)).toBe('2028-02-29');
  });

  it('expires only after the last valid day', () => {
    expect(codeOf(() => applyCommand(valid, { kind: 'expire' }, '2028-01-14', params))).toBe('CERTIFICATE.NOT_YET_EXPIRED');
    expect(applyCommand(valid, { kind: 'expire' }, '2028-01-15', params).status).toBe('expired');
  });

  it('a reissue keeps the original issue date and shows the change date', () => {
    const s = applyCommand(valid, { kind: 'reissue', changedOn: '2026-05-20' }, '2026-05-20', params);
    expect(s).toMatchObject({ originalIssueOn: '2025-01-15', issueOn: '2026-05-20', expiresOn: '2028-01-14', status: 'valid' });
  });
});

describe('giving up a certificate', () => {
  it('withdraws when no grounds are open', () => {
    expect(decideGiveUp(valid, [])).toMatchObject({ action: 'withdraw', ground: 'CLIENT_GAVE_UP' });
  });
  it('revokes a suspended certificate', () => {
    expect(decideGiveUp(suspended, [])).toMatchObject({ action: 'revoke', ground: 'GIVE_UP_WITH_GROUNDS' });
  });
  it('revokes when suspension grounds are open, and says which', () => {
    const d = decideGiveUp(valid, ['FEES_UNPAID']);
    expect(d.action).toBe('revoke');
    expect(d.openGrounds).toEqual(['FEES_UNPAID']);
    expect(d.why).toEqual({ zh: '存在暂停或撤销理由，应撤销', en: 'Grounds for suspension or revocation are open, so it is revoked' });
  });
});

describe('scope items', () => {
  it('splits a scope into its items, and a part is some of them as written', () => {
    expect(scopeItems('电梯的销售、安装；扶梯改造;\n 维修 ')).toEqual(['电梯的销售、安装', '扶梯改造', '维修']);
    expect(isPartOfScope('扶梯改造', '电梯的销售、安装；扶梯改造')).toBe(true);
    // dropping a qualifier widens the item: not a part
    expect(isPartOfScope('设备的设计、生产和服务', '通用机械设备的设计、生产和服务')).toBe(false);
    expect(isPartOfScope('电梯的销售、安装；扶梯改造', '电梯的销售、安装；扶梯改造')).toBe(false);
    expect(isPartOfScope('', '电梯的销售、安装；扶梯改造')).toBe(false);
  });
});

describe('bars on applying again (SPEC §3)', () => {
  const p = { revocationBarMonths: 12, ownFaultBarMonths: 12, dishonestyBarMonths: 36 };
  const revoked = (field: string, on: string, ground: string | null = 'OTHER') => ({ kind: 'revoke' as const, field, on, ground });
  const history = (decisions: ApplicantHistory['decisions'], dishonesty: ApplicantHistory['dishonesty'] = null) => ({
    decisions,
    dishonesty,
  });

  it('bars the same field from the day of a revocation to the day a year later, not another field (a revocation not the client’s fault)', () => {
    const h = history([revoked('QMS', '2026-03-10'), revoked('QMS', '2025-01-05'), revoked('EMS', '2024-01-01')]);
    expect(applicationBar(h, 'QMS', '2027-03-09', p)).toEqual({ code: 'CERTIFICATE.REAPPLY_BARRED', from: '2027-03-10', field: 'QMS' });
    expect(applicationBar(h, 'QMS', '2027-03-10', p)).toBeNull();
    expect(applicationBar(h, 'AFTER_SALES', '2026-04-01', p)).toBeNull();
  });

  it('counts a year across 29 February', () => {
    expect(applicationBar(history([revoked('QMS', '2024-02-29')]), 'QMS', '2025-02-27', p)?.from).toBe('2025-02-28');
  });

  it('bars every field for a year after a suspension for the client’s own fault, but not for a cause that is not', () => {
    const own = history([{ kind: 'suspend', field: 'QMS', on: '2026-05-20', ground: 'FEES_UNPAID' }]);
    expect(applicationBar(own, 'AFTER_SALES', '2027-05-19', p)).toEqual({
      code: 'APPLICATION.BARRED_OWN_FAULT',
      from: '2027-05-20',
      on: '2026-05-20',
    });
    expect(applicationBar(own, 'AFTER_SALES', '2027-05-20', p)).toBeNull();
    const notOwn = history([{ kind: 'suspend', field: 'QMS', on: '2026-05-20', ground: 'OTHER' }]);
    expect(applicationBar(notOwn, 'AFTER_SALES', '2026-06-01', p)).toBeNull();
    expect(applicationBar(own, 'EMS', '2027-01-01', { ...p, ownFaultBarMonths: 6 })).toBeNull();
  });

  it('bars an applicant on the serious-dishonesty list until it is taken off, at most the parameter’s months', () => {
    const listed = history([], { listedOn: '2025-04-01', removedOn: null, source: '国家企业信用信息公示系统' });
    expect(applicationBar(listed, 'QMS', '2028-03-31', p)).toEqual({
      code: 'APPLICATION.BARRED_DISHONESTY',
      from: '2028-04-01',
      source: '国家企业信用信息公示系统',
    });
    expect(applicationBar(listed, 'QMS', '2028-04-01', p)).toBeNull();
    const removed = history([], { listedOn: '2025-04-01', removedOn: '2026-02-01', source: 'x' });
    expect(applicationBar(removed, 'QMS', '2026-01-31', p)?.from).toBe('2026-02-01');
    expect(applicationBar(removed, 'QMS', '2026-02-01', p)).toBeNull();
  });

  it('names the bar that lasts longest, and the refusal carries its date', () => {
    const h = history([
      revoked('QMS', '2026-01-10', 'OTHER'),
      { kind: 'suspend', field: 'EMS', on: '2026-06-01', ground: 'MAJOR_INCIDENT' },
    ]);
    expect(applicationBar(h, 'QMS', '2026-07-01', p)?.code).toBe('APPLICATION.BARRED_OWN_FAULT');
    try {
      assertMayApply(h, 'QMS', '2026-07-01', p);
      expect.unreachable();
    } catch (err) {
      expect((err as AppError).toBody().message.zh).toContain('2027-06-01 起方可再次申请');
    }
  });
});

describe('random sequences of actions and dates (property)', () => {
  const command = fc.oneof(
    fc.record({ kind: fc.constant('suspend' as const), from: fc.integer({ min: 0, max: 1200 }), len: fc.integer({ min: -5, max: 250 }) }),
    fc.constantFrom({ kind: 'restore' as const }, { kind: 'revoke' as const }, { kind: 'withdraw' as const }, { kind: 'expire' as const }),
    fc.record({ kind: fc.constant('reissue' as const), at: fc.integer({ min: 0, max: 1200 }) }),
  );
  it('keeps every invariant of SPEC §3', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(command, fc.integer({ min: 0, max: 1300 })), { maxLength: 25 }), (steps) => {
        let state = valid;
        const start = '2025-01-15';
        for (const [c, dayOffset] of steps) {
          const today = addDays(start, dayOffset);
          const cmd: CertificateCommand =
            c.kind === 'suspend'
              ? { kind: 'suspend', from: addDays(start, c.from), until: addDays(start, c.from + c.len) }
              : c.kind === 'reissue'
                ? { kind: 'reissue', changedOn: addDays(start, c.at) }
                : c;
          const before = state;
          try {
            state = applyCommand(state, cmd, today, params);
          } catch (err) {
            expect(err).toBeInstanceOf(AppError);
            expect(state).toBe(before); // a refused command changes nothing
            continue;
          }
          expect(nextStatus(before.status, cmd.kind)).toBe(state.status);
          expect(['revoked', 'withdrawn', 'expired']).not.toContain(before.status); // terminal states never move
          if (state.status === 'suspended') {
            expect(state.suspendedUntil! <= state.expiresOn).toBe(true);
            expect(state.suspendedUntil! <= latestSuspensionEnd(state.suspendedFrom!, params.suspensionMaxMonths)).toBe(true);
          }
          if (cmd.kind === 'restore') expect(today <= before.suspendedUntil!).toBe(true);
          if (cmd.kind === 'expire') expect(today > state.expiresOn).toBe(true);
          expect(state.originalIssueOn).toBe(valid.originalIssueOn);
          expect(state.expiresOn).toBe(valid.expiresOn);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('recertification', () => {
  it('starts the new validity from the decision, taken on the last valid day at the latest', () => {
    const renewed = applyCommand(valid, { kind: 'recertify', decisionOn: '2028-01-14', expiresOn: '2031-01-13' }, '2028-01-14', params);
    expect(renewed).toMatchObject({ status: 'valid', originalIssueOn: '2025-01-15', issueOn: '2028-01-14', expiresOn: '2031-01-13' });
    expect(
      codeOf(() => applyCommand(valid, { kind: 'recertify', decisionOn: '2028-01-15', expiresOn: '2031-01-14' }, '2028-01-15', params)),
    ).toBe('RECERTIFICATION.AFTER_EXPIRY');
  });
});
