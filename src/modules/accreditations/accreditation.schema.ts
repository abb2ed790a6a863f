import { check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from '../../db/sql-helpers.js';
import { certificationFields } from '../certificates/certificate.rules.js';

/**
 * 认可信息: the fields the CB is accredited for, each with its accreditation body and number, as
 * the administrator sets them. A field without a row is not accredited: its certificates print no
 * accreditation mark, go to IAF CertSearch as Unaccredited and carry no 认可号 in the CNCA report.
 */
export const accreditations = pgTable(
  'accreditations',
  {
    field: text('field').primaryKey(),
    bodyNameZh: text('body_name_zh').notNull(),
    bodyNameEn: text('body_name_en').notNull(),
    bodyAcronym: text('body_acronym').notNull(),
    // 认可标志分类代码 of the CNCA report (01 = CNAS)
    symbolCode: text('symbol_code').notNull(),
    accreditationNo: text('accreditation_no').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  () => [check('accreditations_field_check', checkIn('field', certificationFields))],
);
