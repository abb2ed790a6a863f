import type { z } from 'zod';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import type { IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import type { DataScope } from '../auth/permissions.js';
import { auditTeamIds, findAudit, maintainDecisionsOf, type AuditRow } from '../programmes/programme.repo.js';
import { maintainedAuditTypes } from '../programmes/programme.rules.js';
import { syncProgrammesOfCertificate } from '../programmes/programme.sync.js';
import type { MaintainSchema } from './certificate.dto.js';
import { assertDeciderIndependent } from './certificate.rules.js';
import { insertEvent, updateCertificateRow, type CertificateRow } from './certificate.repo.js';
import { CERTIFICATE_ENTITY, withLockedCertificate } from './certificate.service.js';

/**
 * 保持认证资格: the certification decision that follows a surveillance (or an extra surveillance)
 * whose conclusion keeps the certificate — who approved it and when (the CNCA report's
 * 认证决定人员名单 and 认证决定日期 of a 03 row). Suspension, revocation and a level change are
 * their own decisions; an after-sales certificate is kept by its assessment's decision.
 * Recorded on a locked certificate; the caller has checked the audit and the decider.
 */
export async function recordMaintained(
  tx: Db,
  actor: Actor,
  row: CertificateRow,
  audit: Pick<AuditRow, 'id' | 'actualEnd'>,
  decidedOn: IsoDate,
  reason: string,
): Promise<void> {
  if (row.status !== 'valid') throw new AppError('CERTIFICATE.MAINTAIN_NOT_VALID');
  // a held audit has its end (audits_held_check)
  const end = audit.actualEnd!;
  if (decidedOn < end) throw new AppError('CERTIFICATE.MAINTAIN_BEFORE_AUDIT', { end });
  if ((await maintainDecisionsOf(tx, [audit.id])).has(audit.id)) throw new AppError('CERTIFICATE.MAINTAIN_DECIDED');
  if (!(await updateCertificateRow(tx, row.id, row.version, {}))) throw new AppError('CONCURRENCY.STALE_VERSION');
  // nothing the public sees changes: not in the register's feed
  await insertEvent(tx, {
    certificateId: row.id,
    kind: 'maintain',
    effectiveOn: decidedOn,
    ground: null,
    reason,
    decidedBy: actor.name,
    details: { auditId: audit.id },
    public: false,
  });
  // the decision leaves the decision-maker's due-list
  await syncProgrammesOfCertificate(tx, row.id);
  await recordChange(tx, actor, {
    entity: CERTIFICATE_ENTITY,
    entityId: row.id,
    action: 'maintain',
    changes: [
      { field: 'auditId', old: null, new: audit.id },
      { field: 'decidedOn', old: null, new: decidedOn },
      { field: 'reason', old: null, new: reason },
    ],
  });
}

/** The decision-maker keeps a management-system certificate after a held surveillance that did not fail. */
export function maintainCertification(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  input: z.output<typeof MaintainSchema>,
  today: IsoDate,
) {
  const decidedOn = input.decidedOn ?? today;
  if (decidedOn > today) throw new AppError('CERTIFICATE.DECISION_IN_FUTURE', { today });
  return withLockedCertificate(db, scope, id, async (tx, row) => {
    if (row.version !== input.version) throw new AppError('CONCURRENCY.STALE_VERSION');
    if (row.scheme === 'after_sales') throw new AppError('CERTIFICATE.MAINTAIN_BY_ASSESSMENT');
    const found = await findAudit(tx, scope, input.auditId);
    if (!found || found.p.certificateId !== row.id) throw new AppError('AUDIT.NOT_FOUND');
    const audit = found.a;
    if (!maintainedAuditTypes.includes(audit.type) || audit.status !== 'held') throw new AppError('CERTIFICATE.MAINTAIN_NOT_SURVEILLANCE');
    if (audit.result === 'fail') throw new AppError('CERTIFICATE.MAINTAIN_AFTER_FAIL');
    assertDeciderIndependent(actor.id, await auditTeamIds(tx, { auditIds: [audit.id] }));
    await recordMaintained(tx, actor, row, audit, decidedOn, input.reason);
  });
}
