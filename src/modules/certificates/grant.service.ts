import type { z } from 'zod';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import { pgErrorOf, type Db } from '../../db/connection.js';
import { normaliseCompanyName } from '../../lib/company-name.js';
import type { IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import type { DataScope } from '../auth/permissions.js';
import { getClient, refreshClientCertificateNos } from '../clients/client.service.js';
import { loadParameters } from '../parameters/parameter.service.js';
import { applicationAudits, auditTeamIds } from '../programmes/programme.repo.js';
import { openCycle } from '../programmes/programme.sync.js';
import type { GrantCertificateSchema } from './certificate.dto.js';
import { recordNotice } from '../notices/notice.service.js';
import { applicantHistory, insertCertificate, insertEvent } from './certificate.repo.js';
import {
  assertDeciderIndependent,
  assertFieldInScheme,
  assertMayApply,
  certificateExpiry,
  type CertificationField,
  type Scheme,
} from './certificate.rules.js';
import type { CertificateSite } from './certificate.schema.js';
import { CERTIFICATE_ENTITY, getCertificate, queueExpiry } from './certificate.service.js';

/** 认证决定: a certificate granted, and the bars on applying that are checked wherever an application or a grant starts. */

/** What a grant writes; the star level only from an assessment (decideAssessment). */
export interface CertificateGrant {
  certificateNo: string;
  scheme: Scheme;
  field: CertificationField;
  standard: string;
  scope: string;
  sites: CertificateSite[];
  starLevel: number | null;
  decisionOn: IsoDate;
  reason: string;
}

/**
 * 认证决定 of a management-system certificate by a decision-maker (POST /api/clients/{id}/certificates):
 * never an after-sales one, and never by someone on the team of the audits it rests on.
 */
export async function decideGrant(
  db: Db,
  actor: Actor,
  scope: DataScope,
  clientId: string,
  input: z.output<typeof GrantCertificateSchema>,
  today: IsoDate,
) {
  if (input.scheme !== 'management_system') throw new AppError('CERTIFICATE.AFTER_SALES_BY_ASSESSMENT');
  assertFieldInScheme(input.scheme, input.field);
  // where the application is on record, the decision rests on its initial audit: held, passed, not by its team
  const application = await applicationAudits(db, clientId, input.field);
  if (application) {
    const stage2 = application.filter((a) => a.type === 'initial_stage2' && a.status === 'held' && a.result !== 'fail');
    if (stage2.length === 0) throw new AppError('CERTIFICATE.INITIAL_AUDIT_MISSING');
    const heldOn = stage2.map((a) => a.actualEnd!).sort()[0]!;
    if (input.decisionOn < heldOn) throw new AppError('CERTIFICATE.DECISION_BEFORE_AUDIT', { auditEnd: heldOn });
    assertDeciderIndependent(actor.id, await auditTeamIds(db, { auditIds: application.map((a) => a.id) }));
  }
  return grantCertificate(db, actor, scope, clientId, { ...input, starLevel: null }, today);
}

/**
 * The bars on applying (SPEC §3): the same field within a year of a revocation, any field within a
 * year of an own-fault suspension or revocation, and while on the serious-dishonesty list.
 * Checked wherever an application or a grant starts.
 */
export async function assertClientMayApply(tx: Db, clientId: string, field: string, today: IsoDate): Promise<void> {
  const p = await loadParameters(tx);
  assertMayApply(await applicantHistory(tx, clientId), field, today, {
    revocationBarMonths: p['revocation.reapplyBarMonths'],
    ownFaultBarMonths: p['application.ownFaultBarMonths'],
    dishonestyBarMonths: p['application.dishonestyBarMonths'],
  });
}

/** Writes a granted certificate with its event, notice, expiry job and programme; the doors above decide whether it may be. */
export async function grantCertificate(db: Db, actor: Actor, scope: DataScope, clientId: string, input: CertificateGrant, today: IsoDate) {
  const client = await getClient(db, scope, clientId);
  if ((input.scheme === 'after_sales') !== (input.starLevel !== null)) throw new AppError('CERTIFICATE.STAR_LEVEL');
  if (input.decisionOn > today) throw new AppError('CERTIFICATE.DECISION_IN_FUTURE', { today });
  assertFieldInScheme(input.scheme, input.field);
  const params = await loadParameters(db);
  const expiresOn = certificateExpiry(input.decisionOn, params['certificate.validityYears']);
  // a certificate recorded after the fact must still be in force: an expired one is history, not a grant
  if (expiresOn < today) throw new AppError('CERTIFICATE.DECISION_EXPIRED', { expiresOn });
  try {
    const id = await db.transaction(async (tx) => {
      await assertClientMayApply(tx, clientId, input.field, today);
      const row = await insertCertificate(tx, {
        clientId,
        certificateNo: input.certificateNo,
        scheme: input.scheme,
        field: input.field,
        standard: input.standard,
        organisationName: client.name,
        nameKey: normaliseCompanyName(client.name),
        address: client.address,
        scope: input.scope,
        sites: input.sites,
        starLevel: input.starLevel,
        decisionOn: input.decisionOn,
        originalIssueOn: input.decisionOn,
        issueOn: input.decisionOn,
        expiresOn,
      });
      await insertEvent(tx, {
        certificateId: row.id,
        kind: 'grant',
        effectiveOn: input.decisionOn,
        reason: input.reason,
        decidedBy: actor.name,
        public: true,
      });
      await recordNotice(tx, {
        kind: 'grant',
        clientId,
        certificateId: row.id,
        facts: { certificateNo: row.certificateNo, effectiveOn: row.issueOn, reason: input.reason },
      });
      await queueExpiry(tx, row);
      await openCycle(tx, row, { fromApplication: true });
      await refreshClientCertificateNos(tx, clientId);
      await recordChange(tx, actor, {
        entity: CERTIFICATE_ENTITY,
        entityId: row.id,
        action: 'grant',
        changes: [{ field: 'status', old: null, new: 'valid' }],
      });
      return row.id;
    });
    return await getCertificate(db, scope, id);
  } catch (err) {
    const pg = pgErrorOf(err);
    if (pg?.code === '23505' && pg.constraint === 'certificates_certificate_no_unique')
      throw new AppError('CERTIFICATE.DUPLICATE_NUMBER', { certificateNo: input.certificateNo });
    throw err;
  }
}
