import type { z } from 'zod';
import type { Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { normaliseCompanyName } from '../../lib/company-name.js';
import type { IsoDate } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import type { DataScope } from '../auth/permissions.js';
import type { ReissueSchema } from './certificate.dto.js';
import type { CertificateRow } from './certificate.repo.js';
import type { CertificateSite, certificates } from './certificate.schema.js';
import { decide, withLockedCertificate } from './certificate.service.js';

/** 换发证书: the certificate's printed content changes; each kind of change comes through its own door. */

/** What a reissue changes on the certificate, and why (a contract change, an assessment, an administrative change). */
export interface Reissue {
  version: number;
  changedOn: IsoDate;
  reason: string;
  organisationName?: string;
  address?: string;
  scope?: string;
  sites?: CertificateSite[];
  scopeChange?: 'extension' | 'reduction';
  starLevel?: number;
}

/**
 * An administrative reissue (POST /api/certificates/{id}/reissue): the address and the sites'
 * names and addresses. A site's scope, like the scope itself, the name and the star level,
 * changes only through its own door.
 */
export function reissueAdministrative(
  db: Db,
  actor: Actor,
  scope: DataScope,
  id: string,
  input: z.output<typeof ReissueSchema>,
  today: IsoDate,
) {
  if (input.changedOn > today) throw new AppError('CERTIFICATE.CHANGE_IN_FUTURE', { today });
  return withLockedCertificate(db, scope, id, async (tx, row) => {
    const siteScopes = (sites: readonly CertificateSite[]) => JSON.stringify(sites.map((x) => x.scope ?? '').sort());
    if (input.sites && siteScopes(input.sites) !== siteScopes(row.sites)) throw new AppError('CERTIFICATE.SITE_SCOPE_BY_CONTRACT_CHANGE');
    await reissue(
      tx,
      actor,
      row,
      { version: input.version, changedOn: input.changedOn, reason: input.reason, address: input.address, sites: input.sites },
      today,
    );
  });
}

/** Reissues a locked certificate with what changed; called by the doors that may change each field. */
export async function reissue(tx: Db, actor: Actor, row: CertificateRow, input: Reissue, today: IsoDate) {
  const fields: Partial<typeof certificates.$inferInsert> = {};
  if (input.organisationName && input.organisationName !== row.organisationName) {
    fields.organisationName = input.organisationName;
    fields.nameKey = normaliseCompanyName(input.organisationName);
  }
  if (input.address && input.address !== row.address) fields.address = input.address;
  if (input.scope && input.scope !== row.scope) fields.scope = input.scope;
  if (input.sites && JSON.stringify(input.sites) !== JSON.stringify(row.sites)) fields.sites = input.sites;
  if (input.starLevel !== undefined && input.starLevel !== row.starLevel) {
    if (row.scheme !== 'after_sales') throw new AppError('CERTIFICATE.STAR_LEVEL');
    fields.starLevel = input.starLevel;
  }
  if (Object.keys(fields).length === 0) throw new AppError('CERTIFICATE.NOTHING_TO_REISSUE');
  const { nameKey: _k, ...shown } = fields;
  const before = Object.fromEntries(Object.keys(shown).map((k) => [k, row[k as keyof CertificateRow]]));
  return decide(
    tx,
    actor,
    row,
    input.version,
    {
      command: { kind: 'reissue', changedOn: input.changedOn },
      effectiveOn: input.changedOn,
      ground: input.scopeChange ? `SCOPE_${input.scopeChange.toUpperCase()}` : null,
      reason: input.reason,
      details: { before, after: shown, scopeChange: input.scopeChange ?? null },
      fields,
    },
    today,
  );
}
