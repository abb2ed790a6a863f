import { sql } from 'drizzle-orm';
import { boolean, char, check, date, index, integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from '../../db/sql-helpers.js';
import { branches } from '../branches/branch.schema.js';
import { importRuns } from '../imports/import.schema.js';
import { codesOf, currencies, organisationTypes, type Currency, type OrganisationType } from '../reporting/cnca-codes.js';

export const clientStatuses = ['active', 'abnormal', 'lost'] as const; // 正常 / 异常 / 流失

export const clientGrades = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-'] as const;

/** 客户信息数据库: one row per certified organisation (SPEC §2). */
export const clients = pgTable(
  'clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contractNo: text('contract_no').notNull().unique(),
    certificateNos: text('certificate_nos')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    name: text('name').notNull(),
    formerNames: text('former_names')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    uscc: char('uscc', { length: 18 }).notNull().unique(), // 统一社会信用代码
    // the codes it had before a correction: the organisation is still the one that had them (bars on applying)
    formerUsccs: text('former_usccs')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    applicationAcceptedOn: date('application_accepted_on', { mode: 'string' }),
    initialAuditOn: date('initial_audit_on', { mode: 'string' }),
    initialAuditFee: numeric('initial_audit_fee', { precision: 12, scale: 2, mode: 'number' }),
    surveillanceFee: numeric('surveillance_fee', { precision: 12, scale: 2, mode: 'number' }),
    plannedSurveillanceOn: date('planned_surveillance_on', { mode: 'string' }),
    actualSurveillanceOn: date('actual_surveillance_on', { mode: 'string' }),
    status: text('status', { enum: clientStatuses }).notNull().default('active'),
    province: text('province').notNull(),
    address: text('address').notNull(),
    postcode: char('postcode', { length: 6 }),
    contactPerson: text('contact_person'),
    phone: text('phone'),
    // where the client's notices are e-mailed
    email: text('email'),
    technicalAreaCodes: text('technical_area_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`), // 专业代码
    scope: text('scope'),
    // what the CNCA report asks of the organisation (证书信息表 7, 14–18)
    legalRepresentative: text('legal_representative'), // 法定代表人 (or 负责人 where there is none)
    organisationType: text('organisation_type').$type<OrganisationType>(), // 组织机构类型代码
    registeredCapital: numeric('registered_capital', { precision: 12, scale: 2, mode: 'number' }), // 注册资本, 万元
    registeredCapitalCurrency: text('registered_capital_currency').$type<Currency>(), // 货币类型代码
    employeeCount: integer('employee_count'), // 员工数
    industryCodes: text('industry_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`), // 国民经济行业 (GB/T 4754) 小类
    branchId: uuid('branch_id')
      .notNull()
      .references(() => branches.id),
    vip: boolean('vip').notNull().default(false),
    // kept out of IAF CertSearch (IAF MD 28 lets an organisation ask for this)
    confidential: boolean('confidential').notNull().default(false),
    grade: text('grade', { enum: clientGrades }),
    // 严重违法失信名单: listed since, by which authority's notice, and taken off (信用修复) on
    dishonestyListedOn: date('dishonesty_listed_on', { mode: 'string' }),
    dishonestySource: text('dishonesty_source'),
    dishonestyRemovedOn: date('dishonesty_removed_on', { mode: 'string' }),
    // name, former names, their pinyin and initials, codes: what the search box matches
    searchText: text('search_text').notNull(),
    // the names reduced for risk matching (SPEC §5): current name first, then former names
    nameKeys: text('name_keys')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    // the names' pairs of Chinese characters: a two-character search (华信) is too short for the trigram index
    searchBigrams: text('search_bigrams')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    // the import that created it: hidden from every reader until that import is applied
    importId: uuid('import_id').references(() => importRuns.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('clients_status_check', checkIn('status', clientStatuses)),
    check('clients_grade_check', checkIn('grade', clientGrades, { nullable: true })),
    check('clients_organisation_type_check', checkIn('organisation_type', codesOf(organisationTypes), { nullable: true })),
    check('clients_currency_check', checkIn('registered_capital_currency', codesOf(currencies), { nullable: true })),
    check('clients_employee_count_check', sql`${t.employeeCount} is null or ${t.employeeCount} >= 0`),
    index('clients_branch_idx').on(t.branchId),
    index('clients_name_idx').on(t.name),
    // PGlite has no autovacuum to empty a GIN index's pending list, and every search reads that list
    // whole: a 110,000-client pending list made one former_usccs lookup take 13 ms. The code and key
    // indexes go without one (a row adds one to three entries). The trigram index keeps PostgreSQL's
    // (4 MB, emptied each time it fills): entering each row's ~100 trigrams directly made an import's
    // insert 15 times slower, and a 512 kB list, emptied more often, a 100,000-row import 10 s slower.
    index('clients_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    index('clients_name_keys_idx').using('gin', t.nameKeys).with({ fastupdate: false }),
    // ~10 pairs a row: kept with a pending list like the trigram index, and emptied after an import the same way
    index('clients_search_bigrams_idx').using('gin', t.searchBigrams),
    index('clients_former_usccs_idx').using('gin', t.formerUsccs).with({ fastupdate: false }),
    index('clients_import_idx')
      .on(t.importId)
      .where(sql`import_id is not null`),
  ],
);

/**
 * How far the start-up recomputation of the stored search text and name keys has come
 * (name-keys.recompute.ts): one row per table, the normaliser version it is computing for, and
 * the last row id done, so that an interrupted run goes on where it stopped.
 */
export const nameKeyRecomputation = pgTable('name_key_recomputation', {
  tableName: text('table_name').primaryKey(),
  version: integer('version').notNull(),
  afterId: uuid('after_id'),
  done: boolean('done').notNull().default(false),
});
