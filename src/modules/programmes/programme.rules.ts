import { addMonths, dayOfFollowingMonth, type IsoDate } from '../../lib/dates.js';
import type { ParameterValues } from '../parameters/parameter.defaults.js';
import type { CertificateStatus, Scheme } from '../certificates/certificate.rules.js';

/**
 * The audit programme (审查方案) of one certificate cycle and its due dates (SPEC §4).
 * Pure: the cycle's audits and the parameters go in, the open due items come out.
 */

export const auditTypes = [
  'document_review', // 文件评审
  'initial_stage1', // 初次认证 第一阶段
  'initial_stage2', // 初次认证 第二阶段（现场）
  'surveillance', // 监督审核
  'recertification', // 再认证审核
  'extra', // 追加监督（特殊审核）
  'mystery_shopping', // 暗访（售后服务认证）
  'random_survey', // 随机调查（售后服务认证）
] as const;
export type AuditType = (typeof auditTypes)[number];

/** Why an extra surveillance is added (SPEC §4). */
export const extraTriggers = [
  'SERIOUS_ACCIDENT', // 严重事故
  'MEDIA_EXPOSURE', // 媒体曝光
  'SUBSTANTIATED_COMPLAINT', // 经查实的影响较大的投诉
  'MAJOR_CHANGE', // 法人、组织、职能、资源等重大变更
  'CRITERIA_CHANGE', // 认证依据变更
  'OTHER', // 其他特殊情况
] as const;

export const auditResults = ['pass', 'pass_after_correction', 'fail'] as const; // 通过 / 纠正后通过 / 不通过
export type AuditResult = (typeof auditResults)[number];

export const auditStatuses = ['planned', 'held', 'cancelled'] as const;
export type AuditStatus = (typeof auditStatuses)[number];
export const auditStatusLabels: Record<AuditStatus, { zh: string; en: string }> = {
  planned: { zh: '已策划', en: 'planned' },
  held: { zh: '实施', en: 'held' },
  cancelled: { zh: '取消', en: 'cancelled' },
};

export interface ProgrammeAudit {
  id: string;
  type: AuditType;
  status: AuditStatus;
  plannedStart: IsoDate | null;
  plannedEnd: IsoDate | null;
  actualEnd: IsoDate | null;
  result: AuditResult | null;
  /** a mystery-shopping visit belongs to one surveillance */
  forAuditId: string | null;
}

export interface Cycle {
  scheme: Scheme;
  certificateStatus: CertificateStatus | null; // null: not certified yet (application stage)
  /** the (re)certification decision that started this cycle */
  decisionOn: IsoDate | null;
  expiresOn: IsoDate | null;
  audits: readonly ProgrammeAudit[];
  /** the audits after which the certificate was kept (保持认证资格) */
  maintainedAuditIds: readonly string[];
}

export interface ScheduleParameters {
  firstWithinMonths: number;
  normalIntervalMonths: number;
  maxIntervalMonths: number;
  minPerCycle: number;
  recertificationLeadMonths: number;
  mysteryShoppingEverySurveillance: boolean;
  randomSurveyIntervalMonths: number | null;
  /** the day of the next month a surveillance's decision is due by (the CNCA report's); null: decided in its assessment */
  surveillanceDecisionDueDay: number | null;
}

/** The interval limits differ by scheme: GB/T 27922 after-sales vs CNCA-QMS-01:2025 management systems. */
export function scheduleParametersFor(scheme: Scheme, p: ParameterValues): ScheduleParameters {
  const lead = p['recertification.planningLeadMonths'];
  if (scheme === 'after_sales') {
    return {
      firstWithinMonths: p['surveillance.firstWithinMonths.afterSales'],
      normalIntervalMonths: p['surveillance.normalIntervalMonths.afterSales'],
      maxIntervalMonths: p['surveillance.maxIntervalMonths.afterSales'],
      minPerCycle: 0,
      recertificationLeadMonths: lead,
      mysteryShoppingEverySurveillance: true,
      randomSurveyIntervalMonths: p['afterSales.randomSurveyIntervalMonths'],
      surveillanceDecisionDueDay: null,
    };
  }
  const max = p['surveillance.maxIntervalMonths.managementSystem'];
  return {
    firstWithinMonths: p['surveillance.firstWithinMonths.managementSystem'],
    normalIntervalMonths: max,
    maxIntervalMonths: max,
    minPerCycle: p['surveillance.minPerCycle.managementSystem'],
    recertificationLeadMonths: lead,
    mysteryShoppingEverySurveillance: false,
    randomSurveyIntervalMonths: null,
    surveillanceDecisionDueDay: p['cnca.reportDueDayOfMonth'],
  };
}

export const dueKinds = [
  'surveillance',
  'mystery_shopping',
  'random_survey',
  'recertification',
  'planned_audit',
  'surveillance_decision', // 监督审核后待认证决定（保持认证资格）
] as const;
export type DueKind = (typeof dueKinds)[number];

/** Which rule set the date: shown to users so they can see why something is due. */
export const dueBases = [
  'FIRST_WITHIN', // 首次监督：认证决定后 N 个月内
  'INTERVAL', // 距上次监督结束不超过 N 个月
  'CALENDAR_YEAR', // 每个日历年至少一次（再认证年除外）
  'MIN_PER_CYCLE', // 每周期至少 N 次
  'WITH_SURVEILLANCE', // 每次监督均含暗访
  'RANDOM_SURVEY_INTERVAL', // 随机调查最长间隔
  'BEFORE_EXPIRY', // 证书到期前完成再认证
  'AWAITING_DECISION', // 再认证审核已完成，待认证决定
  'PLANNED', // 已策划的审核
  'CNCA_REPORT', // 在 CNCA 月报截止日前作出认证决定
] as const;

/** The audits a decision to keep the certificate (保持认证资格) rests on. */
export const maintainedAuditTypes: readonly AuditType[] = ['surveillance', 'extra'];
export type DueBasis = (typeof dueBases)[number];

export interface DueItem {
  kind: DueKind;
  /** for surveillance: its number in the cycle (1 = first) */
  sequence: number | null;
  /** the last day it may be done */
  dueOn: IsoDate;
  /** when it should normally be done (≤ dueOn) */
  targetOn: IsoDate;
  /** when planning starts (recertification) */
  opensOn: IsoDate | null;
  basis: DueBasis;
  /** the planned audit that will meet it, if one is planned */
  auditId: string | null;
  plannedOn: IsoDate | null;
}

const held = (a: ProgrammeAudit) => a.status === 'held' && a.actualEnd !== null;
const pending = (a: ProgrammeAudit) => a.status === 'planned';
const yearOf = (d: IsoDate) => Number(d.slice(0, 4));
const minDate = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
const byPlannedStart = (a: ProgrammeAudit, b: ProgrammeAudit) => (a.plannedStart ?? '').localeCompare(b.plannedStart ?? '');

/** Recertification planning opens `lead` months before expiry; that year is the recertification year. */
export function recertificationOpensOn(expiresOn: IsoDate, leadMonths: number): IsoDate {
  return addMonths(expiresOn, -leadMonths);
}

export interface NextSurveillance {
  sequence: number;
  dueOn: IsoDate;
  targetOn: IsoDate;
  basis: DueBasis;
}

/**
 * The next surveillance the cycle requires, or null when the recertification takes its place.
 * First within `firstWithinMonths` of the decision; then normally `normalIntervalMonths` and
 * at most `maxIntervalMonths` after the previous one ended; at least one in every calendar
 * year after the decision year and before the recertification year; at least `minPerCycle`.
 */
export function nextSurveillanceDue(
  decisionOn: IsoDate,
  expiresOn: IsoDate,
  heldSurveillanceEnds: readonly IsoDate[],
  p: ScheduleParameters,
): NextSurveillance | null {
  const ends = [...heldSurveillanceEnds].sort();
  const last = ends.at(-1);
  const sequence = ends.length + 1;
  let dueOn = last ? addMonths(last, p.maxIntervalMonths) : addMonths(decisionOn, p.firstWithinMonths);
  const targetOn = last ? addMonths(last, p.normalIntervalMonths) : dueOn;
  let basis: DueBasis = last ? 'INTERVAL' : 'FIRST_WITHIN';

  const opensOn = recertificationOpensOn(expiresOn, p.recertificationLeadMonths);
  const covered = new Set(ends.map(yearOf));
  // a year missed in the past cannot be made good: only this year or later counts
  const from = Math.max(yearOf(decisionOn) + 1, last ? yearOf(last) : 0);
  let uncoveredYear: number | null = null;
  for (let y = from; y < yearOf(opensOn); y++) {
    if (!covered.has(y)) {
      uncoveredYear = y;
      break;
    }
  }
  if (uncoveredYear !== null) {
    const yearEnd = `${uncoveredYear}-12-31`;
    if (yearEnd < dueOn) {
      dueOn = yearEnd;
      basis = 'CALENDAR_YEAR';
    }
  }
  const belowMinimum = ends.length < p.minPerCycle;
  if (!(dueOn < opensOn) && uncoveredYear === null) {
    if (!belowMinimum) return null; // the recertification audit takes its place
    basis = 'MIN_PER_CYCLE';
  }
  dueOn = minDate(dueOn, expiresOn);
  return { sequence, dueOn, targetOn: minDate(targetOn, dueOn), basis };
}

/** The random customer survey (随机调查) is due `interval` months after the last one, or after the decision. */
export function nextRandomSurveyDue(decisionOn: IsoDate, expiresOn: IsoDate, heldSurveyEnds: readonly IsoDate[], intervalMonths: number) {
  const last = [...heldSurveyEnds].sort().at(-1) ?? decisionOn;
  const dueOn = addMonths(last, intervalMonths);
  return dueOn <= expiresOn ? dueOn : null;
}

/** Everything the cycle still owes, with the audit planned to meet it. */
export function programmeDueItems(cycle: Cycle, p: ScheduleParameters): DueItem[] {
  const items: DueItem[] = [];
  const covered = new Set<string>();
  const link = (a: ProgrammeAudit | undefined) => {
    if (a) covered.add(a.id);
    return { auditId: a?.id ?? null, plannedOn: a?.plannedStart ?? null };
  };
  const planned = (type: AuditType) => cycle.audits.filter((a) => a.type === type && pending(a)).sort(byPlannedStart);

  const live = cycle.certificateStatus === 'valid' || cycle.certificateStatus === 'suspended';
  if (live && cycle.decisionOn && cycle.expiresOn) {
    const { decisionOn, expiresOn } = cycle;
    const surveillances = cycle.audits.filter((a) => a.type === 'surveillance');
    const next = nextSurveillanceDue(
      decisionOn,
      expiresOn,
      surveillances.filter(held).map((a) => a.actualEnd!),
      p,
    );
    if (next) {
      const audit = planned('surveillance')[0];
      items.push({
        kind: 'surveillance',
        sequence: next.sequence,
        dueOn: next.dueOn,
        targetOn: next.targetOn,
        opensOn: null,
        basis: next.basis,
        ...link(audit),
      });
      if (p.mysteryShoppingEverySurveillance) {
        const visits = cycle.audits.filter((a) => a.type === 'mystery_shopping' && audit && a.forAuditId === audit.id);
        if (!visits.some(held)) {
          items.push({
            kind: 'mystery_shopping',
            sequence: next.sequence,
            dueOn: next.dueOn,
            targetOn: next.targetOn,
            opensOn: null,
            basis: 'WITH_SURVEILLANCE',
            ...link(visits.find(pending)),
          });
        }
      }
    }
    if (p.randomSurveyIntervalMonths !== null) {
      const ends = cycle.audits.filter((a) => a.type === 'random_survey' && held(a)).map((a) => a.actualEnd!);
      const dueOn = nextRandomSurveyDue(decisionOn, expiresOn, ends, p.randomSurveyIntervalMonths);
      if (dueOn)
        items.push({
          kind: 'random_survey',
          sequence: null,
          dueOn,
          targetOn: dueOn,
          opensOn: null,
          basis: 'RANDOM_SURVEY_INTERVAL',
          ...link(planned('random_survey')[0]),
        });
    }
    const recertificationHeld = cycle.audits.some((a) => a.type === 'recertification' && held(a));
    items.push({
      kind: 'recertification',
      sequence: null,
      dueOn: expiresOn,
      targetOn: expiresOn,
      opensOn: recertificationOpensOn(expiresOn, p.recertificationLeadMonths),
      basis: recertificationHeld ? 'AWAITING_DECISION' : 'BEFORE_EXPIRY',
      ...link(recertificationHeld ? undefined : planned('recertification')[0]),
    });
  }
  // a surveillance held waits for its certification decision, by the next CNCA report: keeping the certificate,
  // or (failed) suspending or revoking it, which ends the wait; one older than the last kept is settled by it
  if (cycle.certificateStatus === 'valid' && p.surveillanceDecisionDueDay !== null) {
    const surveilled = cycle.audits.filter((a) => maintainedAuditTypes.includes(a.type) && held(a));
    const lastDecided = surveilled
      .filter((a) => cycle.maintainedAuditIds.includes(a.id))
      .reduce<IsoDate>((last, a) => (a.actualEnd! > last ? a.actualEnd! : last), '');
    for (const a of surveilled) {
      if (cycle.maintainedAuditIds.includes(a.id) || a.actualEnd! < lastDecided) continue;
      const dueOn = dayOfFollowingMonth(a.actualEnd!, p.surveillanceDecisionDueDay);
      items.push({
        kind: 'surveillance_decision',
        sequence: null,
        dueOn,
        targetOn: dueOn,
        opensOn: null,
        basis: 'CNCA_REPORT',
        auditId: a.id,
        plannedOn: null,
      });
    }
  }
  // planned audits no rule above is waiting for (initial audits, extra surveillance…) are due on their planned end
  for (const a of cycle.audits) {
    if (!pending(a) || covered.has(a.id) || !a.plannedEnd) continue;
    if (!live && cycle.certificateStatus !== null) continue; // a closed cycle owes nothing
    items.push({
      kind: 'planned_audit',
      sequence: null,
      dueOn: a.plannedEnd,
      targetOn: a.plannedEnd,
      opensOn: null,
      basis: 'PLANNED',
      auditId: a.id,
      plannedOn: a.plannedStart,
    });
  }
  return items;
}

/** A surveillance past its last permitted day is a suspension ground (SPEC §3, §4). */
export function isOverdue(item: Pick<DueItem, 'dueOn'>, today: IsoDate): boolean {
  return today > item.dueOn;
}

export type DueBucket = 'overdue' | 'first' | 'second' | 'third' | 'later';

/** The due-list windows (30 / 60 / 90 days by default) an item falls in. */
export function dueBucket(dueOn: IsoDate, today: IsoDate, windows: readonly [IsoDate, IsoDate, IsoDate]): DueBucket {
  if (dueOn < today) return 'overdue';
  if (dueOn <= windows[0]) return 'first';
  if (dueOn <= windows[1]) return 'second';
  if (dueOn <= windows[2]) return 'third';
  return 'later';
}
