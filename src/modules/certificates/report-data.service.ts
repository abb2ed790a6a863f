import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange, type Actor } from '../../audit-log/audit-log.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/errors.js';
import type { DataScope } from '../auth/permissions.js';
import { clients } from '../clients/client.schema.js';
import { baseAuditDays, type NoAuditTime } from './audit-time.rules.js';
import type { ReportDataSchema } from './certificate.dto.js';
import { updateCertificateRow } from './certificate.repo.js';
import { CERTIFICATE_ENTITY, withLockedCertificate } from './certificate.service.js';

const noFigureWords: Record<Exclude<NoAuditTime, 'NO_TABLE'>, { zh: string; en: string }> = {
  NEEDS_PERSONNEL: { zh: '缺少覆盖员工数', en: 'no covered employees' },
  NEEDS_RISK_LEVEL: { zh: '缺少风险系数', en: 'no risk level' },
  BEYOND_TABLE: { zh: '员工数超出表格范围', en: 'more personnel than the table covers' },
};

/**
 * Records what the CNCA report asks of a certificate. The base audit time is IAF MD 5's unless
 * staff give another figure with the reason; where the field has no table it is entered or left empty.
 */
export function setReportData(db: Db, actor: Actor, scope: DataScope, id: string, input: z.output<typeof ReportDataSchema>) {
  return withLockedCertificate(db, scope, id, async (tx, row) => {
    if (row.version !== input.version) throw new AppError('CONCURRENCY.STALE_VERSION');
    if (input.serviceAreaCode !== null && row.scheme !== 'after_sales') throw new AppError('CERTIFICATE.SERVICE_AREA_AFTER_SALES_ONLY');
    // the people the certificate covers are some of the organisation's, when its headcount is known
    const [client] = await tx.select({ employees: clients.employeeCount }).from(clients).where(eq(clients.id, row.clientId));
    if (client?.employees != null && input.coveredEmployees > client.employees) {
      throw new AppError('CERTIFICATE.COVERED_ABOVE_STAFF', { staff: client.employees });
    }
    const table = baseAuditDays(row.field, input.coveredEmployees, input.riskLevel);
    const reason = input.baseAuditDaysReason || null;
    let days: number | null;
    if (input.baseAuditDays === null) {
      if (table.days === null && table.why !== 'NO_TABLE')
        throw new AppError('CERTIFICATE.AUDIT_TIME_REQUIRED', { why: noFigureWords[table.why] });
      days = table.days;
    } else {
      days = input.baseAuditDays;
      if (days !== table.days && !reason) throw new AppError('CERTIFICATE.AUDIT_TIME_REASON_REQUIRED', { byTable: table.days ?? '—' });
    }
    const values = {
      coveredEmployees: input.coveredEmployees,
      riskLevel: input.riskLevel,
      baseAuditDays: days,
      // a reason is kept only where the figure is not the table's
      baseAuditDaysReason: days === table.days ? null : reason,
      serviceAreaCode: input.serviceAreaCode,
    };
    const changes = (Object.keys(values) as (keyof typeof values)[])
      .filter((k) => row[k] !== values[k])
      .map((k) => ({ field: k, old: row[k], new: values[k] }));
    if (changes.length === 0) return;
    await updateCertificateRow(tx, row.id, row.version, values);
    await recordChange(tx, actor, { entity: CERTIFICATE_ENTITY, entityId: row.id, action: 'set-report-data', changes });
  });
}
