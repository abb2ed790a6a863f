import { readFileSync } from 'node:fs';
import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import type { IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import type { DataScope } from '../auth/permissions.js';
import { findCertificate } from '../certificates/certificate.repo.js';
import { assertDeciderIndependent } from '../certificates/certificate.rules.js';
import { decide, decisions } from '../certificates/certificate.service.js';
import { grantCertificate } from '../certificates/grant.service.js';
import { reissue } from '../certificates/reissue.service.js';
import { recordMaintained } from '../certificates/maintain.service.js';
import { loadParameters } from '../parameters/parameter.service.js';
import type { ParameterValues } from '../parameters/parameter.defaults.js';
import { findAudit, type AuditRow } from '../programmes/programme.repo.js';
import { maintainedAuditTypes } from '../programmes/programme.rules.js';
import { auditTeamMembers } from '../programmes/programme.schema.js';
import type {
  ConcludeSchema,
  DecideStarSchema,
  IndicatorUpdateSchema,
  SaveSheetSchema,
  SheetPreviewSchema,
  VerifySchema,
} from './star.dto.js';
import {
  afterSurveillance,
  levelChecks,
  sheetScore,
  SheetError,
  starLevel,
  unexplainedDeductions,
  type StarParameters,
} from './star.rules.js';
import { starAssessments, starIndicators } from './star.schema.js';

export const STAR_ENTITY = 'star_assessment';
type AssessmentRow = typeof starAssessments.$inferSelect;

interface IndicatorFile {
  indicators: {
    code: string;
    nameZh: string;
    nameEn: string;
    items: { code: string; nameZh: string; nameEn: string; points: number; requiredFrom: number | null }[];
  }[];
}

/** Seeds the GB/T 27922 indicator tree once; later edits by admins are kept. */
export async function seedStarIndicators(db: Db): Promise<void> {
  const file = JSON.parse(readFileSync(new URL('./indicators.json', import.meta.url), 'utf8')) as IndicatorFile;
  let sort = 0;
  const rows = file.indicators.flatMap((g) =>
    g.items.map((i) => ({ ...i, groupCode: g.code, groupNameZh: g.nameZh, groupNameEn: g.nameEn, sort: sort++ })),
  );
  await db.insert(starIndicators).values(rows).onConflictDoNothing();
}

export function listIndicators(db: Db) {
  return db.select().from(starIndicators).orderBy(asc(starIndicators.sort));
}

export async function updateIndicator(db: Db, actor: Actor, code: string, input: z.output<typeof IndicatorUpdateSchema>) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(starIndicators).where(eq(starIndicators.code, code)).for('update');
    if (!row) throw new AppError('STAR.INDICATOR_NOT_FOUND', { code });
    if (row.version !== input.version) throw new AppError('CONCURRENCY.STALE_VERSION');
    const [updated] = await tx
      .update(starIndicators)
      .set({ points: input.points, requiredFrom: input.requiredFrom ?? null, version: sql`${starIndicators.version} + 1` })
      .where(eq(starIndicators.code, code))
      .returning();
    await recordChange(tx, actor, {
      entity: 'star_indicator',
      entityId: code,
      action: 'update',
      changes: [
        { field: 'points', old: row.points, new: input.points },
        { field: 'requiredFrom', old: row.requiredFrom, new: input.requiredFrom ?? null },
      ],
    });
    return updated!;
  });
}

function starParameters(p: ParameterValues): StarParameters {
  return {
    thresholds: [
      p['afterSales.star1Threshold'],
      p['afterSales.star2Threshold'],
      p['afterSales.star3Threshold'],
      p['afterSales.star4Threshold'],
      p['afterSales.star5Threshold'],
    ],
    specialDeductionPoints: p['afterSales.specialDeductionPoints'],
    maxSpecialBonusPoints: p['afterSales.maxSpecialBonusPoints'],
  };
}

async function teamOf(tx: Db, auditId: string) {
  return tx
    .select({ userId: auditTeamMembers.userId, role: auditTeamMembers.role })
    .from(auditTeamMembers)
    .where(eq(auditTeamMembers.auditId, auditId));
}

/** The audit of an after-sales programme, in the caller's scope. */
async function afterSalesAudit(tx: Db, scope: DataScope, auditId: string, lock = false) {
  const found = await findAudit(tx, scope, auditId, lock);
  if (!found) throw new AppError('AUDIT.NOT_FOUND');
  if (found.p.scheme !== 'after_sales') throw new AppError('STAR.NOT_AFTER_SALES');
  return found;
}

export async function getAssessment(db: Db, scope: DataScope, auditId: string) {
  await afterSalesAudit(db, scope, auditId);
  const [row] = await db.select().from(starAssessments).where(eq(starAssessments.auditId, auditId));
  return { assessment: row ?? null, indicators: await listIndicators(db) };
}

/** The sheet as stored (every indicator, with what was given for it) and as the rules read it, scored. */
function scoreSheet(
  indicators: Awaited<ReturnType<typeof listIndicators>>,
  input: Pick<z.output<typeof SaveSheetSchema>, 'items' | 'specialDeductions' | 'specialBonus' | 'specialNotes'>,
  params: StarParameters,
) {
  const given = new Map(input.items.map((i) => [i.code, i]));
  const items = indicators.map((ind) => {
    const g = given.get(ind.code);
    return {
      code: ind.code,
      applicable: g?.applicable ?? true,
      achieved: g?.achieved ?? 0,
      finding: g?.finding ?? null,
      evidence: g?.evidence ?? null,
    };
  });
  const rated = items.map((i, n) => ({ ...i, points: indicators[n]!.points, requiredFrom: indicators[n]!.requiredFrom }));
  let score;
  try {
    score = sheetScore(rated, input.specialDeductions, input.specialBonus, params);
  } catch (err) {
    if (err instanceof SheetError) {
      throw new AppError(err.code === 'NOTHING_APPLICABLE' ? 'STAR.NOTHING_APPLICABLE' : 'STAR.ACHIEVED_OUT_OF_RANGE', {
        item: err.item ?? '',
      });
    }
    throw err;
  }
  return {
    items,
    score,
    level: starLevel(score.total, rated, params),
    levels: levelChecks(score.total, rated, params),
    unexplained: unexplainedDeductions(rated, { deductions: input.specialDeductions, notes: input.specialNotes ?? null }),
  };
}

/** What a sheet as filled in so far scores, the level it earns and why: the team sees it while scoring; nothing is saved. */
export async function previewSheet(db: Db, scope: DataScope, auditId: string, input: z.output<typeof SheetPreviewSchema>) {
  await afterSalesAudit(db, scope, auditId);
  const { score, level, levels, unexplained } = scoreSheet(await listIndicators(db), input, starParameters(await loadParameters(db)));
  return { ...score, level, levels, unexplained };
}

/** The team scores the sheet; the total and the level it earns follow from the rules, each deduction with its finding. */
export async function saveSheet(
  db: Db,
  actor: Actor & { id: string },
  scope: DataScope,
  auditId: string,
  input: z.output<typeof SaveSheetSchema>,
) {
  const params = starParameters(await loadParameters(db));
  return db.transaction(async (tx) => {
    await afterSalesAudit(tx, scope, auditId, true);
    if (!(await teamOf(tx, auditId)).some((m) => m.userId === actor.id)) throw new AppError('STAR.NOT_ON_TEAM');
    const [current] = await tx.select().from(starAssessments).where(eq(starAssessments.auditId, auditId)).for('update');
    if ((current?.version ?? 0) !== input.version) throw new AppError('CONCURRENCY.STALE_VERSION');
    if (current?.conclusion) throw new AppError('STAR.CONCLUDED');
    const { items, score, level, unexplained } = scoreSheet(await listIndicators(tx), input, params);
    if (unexplained.items.length > 0) throw new AppError('STAR.FINDING_REQUIRED', { items: unexplained.items.join(', ') });
    if (unexplained.special) throw new AppError('STAR.SPECIAL_NOTES_REQUIRED');
    const values = {
      items,
      specialDeductions: input.specialDeductions,
      specialBonus: score.bonus,
      specialNotes: input.specialNotes ?? null,
      total: score.total,
      level,
      nonconformities: input.nonconformities.map((nc, i) => ({
        ...nc,
        rootCause: nc.rootCause ?? null,
        correctiveAction: nc.correctiveAction ?? null,
        // a verification stands while the text it verified is unchanged
        ...(current?.nonconformities[i]?.description === nc.description
          ? {
              verifiedOn: current.nonconformities[i]!.verifiedOn,
              verifiedBy: current.nonconformities[i]!.verifiedBy,
              method: current.nonconformities[i]!.method,
            }
          : { verifiedOn: null, verifiedBy: null, method: null }),
      })),
    };
    const [row] = current
      ? await tx
          .update(starAssessments)
          .set({ ...values, version: sql`${starAssessments.version} + 1` })
          .where(eq(starAssessments.id, current.id))
          .returning()
      : await tx
          .insert(starAssessments)
          .values({ auditId, ...values })
          .returning();
    await recordChange(tx, actor, {
      entity: STAR_ENTITY,
      entityId: row!.id,
      action: current ? 'score' : 'create',
      changes: [
        { field: 'total', old: current?.total ?? null, new: score.total },
        { field: 'level', old: current?.level ?? null, new: level },
      ],
    });
    return row!;
  });
}

async function lockAssessment(tx: Db, scope: DataScope, auditId: string, version: number) {
  const found = await afterSalesAudit(tx, scope, auditId, true);
  const [row] = await tx.select().from(starAssessments).where(eq(starAssessments.auditId, auditId)).for('update');
  if (!row) throw new AppError('STAR.NOT_SCORED');
  if (row.version !== version) throw new AppError('CONCURRENCY.STALE_VERSION');
  return { row, found };
}

async function update(tx: Db, actor: Actor, row: AssessmentRow, action: string, values: Partial<AssessmentRow>) {
  const [updated] = await tx
    .update(starAssessments)
    .set({ ...values, version: sql`${starAssessments.version} + 1` })
    .where(eq(starAssessments.id, row.id))
    .returning();
  await recordChange(tx, actor, {
    entity: STAR_ENTITY,
    entityId: row.id,
    action,
    changes: Object.entries(values)
      .filter(([k]) => k !== 'nonconformities')
      .map(([field, v]) => ({ field, old: (row as Record<string, unknown>)[field] ?? null, new: v ?? null })),
  });
  return updated!;
}

/** A nonconformity's root cause and corrective action, verified in writing or on site by the team. */
export async function verifyNonconformity(
  db: Db,
  actor: Actor & { id: string },
  scope: DataScope,
  auditId: string,
  index: number,
  input: z.output<typeof VerifySchema>,
  today: IsoDate,
) {
  return db.transaction(async (tx) => {
    const { row } = await lockAssessment(tx, scope, auditId, input.version);
    if (!(await teamOf(tx, auditId)).some((m) => m.userId === actor.id)) throw new AppError('STAR.NOT_ON_TEAM');
    const nc = row.nonconformities[index];
    if (!nc) throw new AppError('STAR.NO_SUCH_NONCONFORMITY');
    if (!nc.rootCause || !nc.correctiveAction) throw new AppError('STAR.CORRECTION_MISSING');
    const nonconformities = row.nonconformities.map((x, i) =>
      i === index ? { ...x, verifiedOn: today, verifiedBy: actor.name, method: input.method } : x,
    );
    return update(tx, actor, row, 'verify-nonconformity', { nonconformities });
  });
}

/** The team leader's conclusion, once every nonconformity is corrected and verified. */
export async function concludeAssessment(
  db: Db,
  actor: Actor & { id: string },
  scope: DataScope,
  auditId: string,
  input: z.output<typeof ConcludeSchema>,
  today: IsoDate,
) {
  return db.transaction(async (tx) => {
    const { row } = await lockAssessment(tx, scope, auditId, input.version);
    const leader = (await teamOf(tx, auditId)).find((m) => m.role === 'team_leader');
    if (leader?.userId !== actor.id) throw new AppError('STAR.LEADER_CONCLUDES');
    if (row.conclusion) throw new AppError('STAR.CONCLUDED');
    if (row.nonconformities.some((nc) => !nc.verifiedOn)) throw new AppError('STAR.NONCONFORMITY_OPEN');
    const recommendedLevel =
      input.conclusion === 'not_recommend' ? null : input.conclusion === 'recommend' ? row.level : (input.recommendedLevel ?? null);
    if (input.conclusion !== 'not_recommend' && (!recommendedLevel || recommendedLevel > row.level)) {
      throw new AppError('STAR.LEVEL_ABOVE_SCORE', { level: row.level });
    }
    return update(tx, actor, row, 'conclude', {
      conclusion: input.conclusion,
      recommendedLevel,
      conclusionNote: input.note,
      concludedBy: actor.name,
      concludedOn: today,
    });
  });
}

/**
 * The certification decision, by a decision-maker who was not on the team: grants the
 * certificate with the recommended star level (an application-stage programme), or records
 * that it is not granted.
 */
export async function decideAssessment(
  db: Db,
  actor: Actor & { id: string },
  scope: DataScope,
  auditId: string,
  input: z.output<typeof DecideStarSchema>,
  today: IsoDate,
) {
  return db.transaction(async (tx) => {
    const { row, found } = await lockAssessment(tx, scope, auditId, input.version);
    if (!row.conclusion) throw new AppError('STAR.NOT_CONCLUDED');
    if (row.decidedOn) throw new AppError('STAR.DECIDED');
    assertDeciderIndependent(
      actor.id,
      (await teamOf(tx, auditId)).map((m) => m.userId),
    );
    let certificateId: string | null = null;
    if (found.p.certificateId) {
      certificateId = found.p.certificateId;
      await decideOnCertificate(tx, actor, scope, row, found.a, certificateId, input, today);
    } else if (input.grant) {
      if (row.conclusion === 'not_recommend' || !row.recommendedLevel) throw new AppError('STAR.NOT_RECOMMENDED');
      if (!input.certificateNo) throw new AppError('STAR.CERTIFICATE_NO_REQUIRED');
      const certificate = await grantCertificate(
        tx,
        actor,
        scope,
        found.p.clientId,
        {
          certificateNo: input.certificateNo,
          scheme: 'after_sales',
          field: 'AFTER_SALES',
          standard: 'GB/T 27922-2011 商品售后服务评价体系',
          scope: input.scope,
          sites: [],
          starLevel: row.recommendedLevel,
          decisionOn: today,
          reason: input.note,
        },
        today,
      );
      certificateId = certificate.id;
    }
    return update(tx, actor, row, 'decide', { decidedBy: actor.name, decidedOn: today, decisionNote: input.note, certificateId });
  });
}

/**
 * A surveillance of a certified organisation: at or above the held level it is kept; below it
 * (corrective action verified before the conclusion) the decision-maker keeps, lowers or
 * suspends, and revokes below the lowest level (SPEC §11).
 */
async function decideOnCertificate(
  tx: Db,
  actor: Actor,
  scope: DataScope,
  row: AssessmentRow,
  audit: AuditRow,
  certificateId: string,
  input: z.output<typeof DecideStarSchema>,
  today: IsoDate,
) {
  const certificate = await findCertificate(tx, scope, certificateId, true);
  if (!certificate) throw new AppError('CERTIFICATE.NOT_FOUND');
  const earned = row.conclusion === 'not_recommend' ? 0 : (row.recommendedLevel ?? 0);
  const { options } = afterSurveillance(certificate.starLevel ?? 0, earned);
  const outcome = input.outcome ?? 'keep';
  if (!options.includes(outcome)) throw new AppError('STAR.OUTCOME_NOT_ALLOWED', { options: options.join(', ') });
  const reason = `售后服务评价 / after-sales assessment: ${input.note}`;
  if (outcome === 'keep' || outcome === 'keep_after_correction') {
    // the level kept after a surveillance: the CNCA report's decision (保持认证资格) on the certificate
    if (audit.status === 'held' && maintainedAuditTypes.includes(audit.type)) {
      await recordMaintained(tx, actor, certificate, audit, today, reason);
    }
  } else if (outcome === 'lower' || outcome === 'raise') {
    await reissue(tx, actor, certificate, { version: certificate.version, changedOn: today, reason, starLevel: earned }, today);
  } else if (outcome === 'suspend') {
    if (!input.suspendUntil) throw new AppError('STAR.SUSPEND_UNTIL_REQUIRED');
    await decide(
      tx,
      actor,
      certificate,
      certificate.version,
      decisions.suspension({
        version: certificate.version,
        from: today,
        until: input.suspendUntil,
        ground: 'CAPABILITY_BELOW_REQUIREMENTS',
        reason,
        partScope: null,
      }),
      today,
    );
  } else if (outcome === 'revoke') {
    await decide(
      tx,
      actor,
      certificate,
      certificate.version,
      decisions.revocation({ version: certificate.version, ground: 'OTHER', reason }, today),
      today,
    );
  }
}
