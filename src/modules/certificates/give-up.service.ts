import type { z } from 'zod';
import type { Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import type { IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import type { DataScope } from '../auth/permissions.js';
import type { GiveUpSchema } from './certificate.dto.js';
import { findCertificate, recordedOpenGrounds } from './certificate.repo.js';
import { decideGiveUp, recordedGrounds, type GiveUpDecision, type RecordedGround } from './certificate.rules.js';
import { decide, stateOf, withLockedCertificate } from './certificate.service.js';

/** 申请放弃证书 (SPEC §3): revoked when grounds for suspension or revocation are open, withdrawn otherwise. */

/** The grounds the records hold open on a certificate: what a give-up counts whatever the staff tick. */
export async function giveUpGrounds(db: Db, scope: DataScope, id: string, today: IsoDate): Promise<RecordedGround[]> {
  if (!(await findCertificate(db, scope, id))) throw new AppError('CERTIFICATE.NOT_FOUND');
  return recordedGrounds(await recordedOpenGrounds(db, id, today));
}

/**
 * The organisation gives up its certificate: the rules choose revoke or withdraw, and say why.
 * The grounds the records hold open always count; staff may add others they know of.
 */
export async function handleGiveUp(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  input: z.output<typeof GiveUpSchema>,
  today: IsoDate,
) {
  let decision: GiveUpDecision | undefined;
  const certificate = await withLockedCertificate(db, scope, id, async (tx, row) => {
    const recorded = recordedGrounds(await recordedOpenGrounds(tx, row.id, today));
    decision = decideGiveUp(stateOf(row), [...recorded.map((g) => g.ground), ...input.openGrounds]);
    return decide(
      tx,
      actor,
      row,
      input.version,
      {
        command: { kind: decision.action },
        effectiveOn: today,
        ground: decision.ground,
        reason: `${input.reason}（${decision.why.zh}）`,
        details: { giveUp: true, why: decision.why, openGrounds: decision.openGrounds, recordedGrounds: recorded },
      },
      today,
    );
  });
  return { certificate, decision: decision! };
}
