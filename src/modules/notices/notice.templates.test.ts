import { describe, expect, it } from 'vitest';
import { en } from '../../../web/src/i18n/en.js';
import { zh } from '../../../web/src/i18n/zh.js';
import { groundWords, systemReason, type WordedGround } from '../certificates/certificate.grounds.js';
import { revocationGrounds, suspensionGrounds, withdrawalGrounds } from '../certificates/certificate.rules.js';
import { renderNotice, zhDate } from './notice.templates.js';

const decision = { certificateNo: 'CD23SC1001R0M', effectiveOn: '2026-12-03' as const, until: '2027-03-02' as const };

describe('notice wording', () => {
  it('writes Chinese dates formally and keeps the certificate number apart from the sentence', () => {
    expect(zhDate('2026-12-03')).toBe('2026年12月3日');
    const n = renderNotice('suspend', { ...decision, ground: 'SURVEILLANCE_NOT_ACCEPTED', reason: '客户未回复' });
    expect(n.bodyZh).toContain('（证书编号：CD23SC1001R0M）自2026年12月3日起暂停，暂停期至2027年3月2日。');
    expect(n.bodyZh).not.toMatch(/R0M自/);
  });

  it('names the ground in words, then the free text, with no doubled full stop; English without the Chinese ground', () => {
    const n = renderNotice('suspend', { ...decision, ground: 'SURVEILLANCE_NOT_ACCEPTED', reason: '两次联系，监督审核仍未安排。' });
    expect(n.bodyZh).toContain('暂停理由：未按期接受监督审核或无法联系（两次联系，监督审核仍未安排）。');
    expect(n.bodyZh).not.toContain('。。');
    expect(n.bodyEn).toContain('Reason: surveillance audit not accepted on time, or the organisation could not be reached (as stated: ');
    expect(n.bodyEn).not.toContain('未按期接受监督审核');
    // a reason without a ground (older decisions) is given as written, once
    expect(renderNotice('withdraw', { ...decision, reason: '客户申请注销。' }).bodyZh).toContain('原因：客户申请注销。');
  });

  it('tells a revoked organisation it may appeal', () => {
    const n = renderNotice('revoke', { ...decision, ground: 'SUSPENSION_NOT_RESTORED', reason: '暂停期满未恢复' });
    expect(n.bodyZh).toContain('撤销理由：暂停期满未恢复。');
    expect(n.bodyZh).toContain('可按本机构的申诉程序提出申诉');
    expect(n.bodyEn).toContain('appeal');
  });

  it("names every ground a decision can take in the grounds' one wording, which the web's labels also show", () => {
    const worded = (list: readonly string[]) => list.filter((g): g is WordedGround => g !== 'OTHER');
    const kinds = [
      ['suspend', worded(suspensionGrounds)],
      ['revoke', worded(revocationGrounds)],
      ['withdraw', worded(withdrawalGrounds)],
      ['reissue', ['SCOPE_EXTENSION', 'SCOPE_REDUCTION'] as const],
    ] as const;
    for (const [kind, grounds] of kinds) {
      for (const ground of grounds) {
        const n = renderNotice(kind, { ...decision, ground, reason: '说明' });
        expect(n.bodyZh).toContain(`${groundWords[ground].zh}（说明）`);
        expect(n.bodyEn).toContain(`Reason: ${groundWords[ground].en} (as stated: 说明)`);
        expect(zh.grounds[ground]).toBe(groundWords[ground].zh);
        expect(en.grounds[ground].toLowerCase()).toBe(groundWords[ground].en.toLowerCase());
      }
    }
    // OTHER has no words of its own: the decider's text is the reason
    expect(renderNotice('suspend', { ...decision, ground: 'OTHER', reason: '客户申请' }).bodyZh).toContain('暂停理由：客户申请。');
  });

  it("gives the system's own decision its ground once, not the ground and then the same words again", () => {
    const n = renderNotice('revoke', { ...decision, ground: 'SUSPENSION_NOT_RESTORED', reason: systemReason('SUSPENSION_NOT_RESTORED') });
    expect(n.bodyZh).toContain('撤销理由：暂停期满未恢复。');
    expect(n.bodyEn).toContain('Reason: the suspension ended without restoration.');
  });

  it('closes a complaint answer with raising it again in the portal or complaining (投诉) to the regulator', () => {
    const n = renderNotice('complaint_answer', {
      number: 'TS-2026-001',
      subject: '审核安排',
      answer: '已调整。',
      answeredOn: '2026-12-03',
    });
    expect(n.bodyZh).toContain('已于2026年12月3日答复如下');
    expect(n.bodyZh).toContain('如对答复不满意，可通过客户门户再次提出；也可向认证监管部门（市场监督管理部门）投诉。');
    expect(n.bodyZh).not.toContain('申诉');
  });
});
