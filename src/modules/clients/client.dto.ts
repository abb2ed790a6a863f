import { z } from 'zod';
import { commaList, refusedField } from '../../lib/common-schemas.js';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { normaliseUscc } from '../../lib/uscc.js';
import { clientColumnKeys, clientColumns } from './client.columns.js';
import { phoneProblem, postcodeProblem, usccFieldProblem } from './client.rules.js';
import { clientGrades, clientStatuses } from './client.schema.js';
import { moneySchema } from '../../lib/money-schema.js';
import { RowErrorsSchema } from '../imports/import.dto.js';
import { codesOf, currencies, organisationTypes } from '../reporting/cnca-codes.js';

/** Request and response shapes of the client API; the OpenAPI document is generated from them. */

const isoDate = isoDateSchema;
/** a 小类 of GB/T 4754: four digits (the CNCA report asks for the 小类) */
const INDUSTRY_CODE = /^\d{4}$/;
const textList = z.array(z.string().trim().min(1).max(200)).max(50);
/** An optional text: trimmed, empty becomes null, null clears it. */
const clearableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'TOO_LONG' })
    .transform((v) => v || null)
    .nullable();

/**
 * The fields staff edit, with no defaults: a PATCH built from them changes exactly the fields
 * it is sent. Guarded facts are not among them, each has its own door: the status (流失/异常
 * with its cause: the loss record), the grade (classification), the certificate numbers (the
 * certificates module) and the actual surveillance date (the last held surveillance).
 */
const editableFields = {
  contractNo: z.string().trim().min(1, { message: 'REQUIRED' }).max(60, { message: 'TOO_LONG' }),
  name: z.string().trim().min(2, { message: 'REQUIRED' }).max(200, { message: 'TOO_LONG' }),
  formerNames: textList,
  uscc: z
    .string()
    .transform(normaliseUscc)
    .superRefine((v, ctx) => {
      const problem = usccFieldProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  applicationAcceptedOn: isoDate.nullable(),
  initialAuditOn: isoDate.nullable(),
  initialAuditFee: moneySchema.nullable(),
  surveillanceFee: moneySchema.nullable(),
  plannedSurveillanceOn: isoDate.nullable(),
  province: z.string().trim().min(2, { message: 'REQUIRED' }).max(20, { message: 'TOO_LONG' }),
  address: z.string().trim().min(2, { message: 'REQUIRED' }).max(300, { message: 'TOO_LONG' }),
  postcode: clearableText(6).refine((v) => v === null || postcodeProblem(v) === null, { message: 'POSTCODE' }),
  contactPerson: clearableText(60),
  phone: clearableText(40).refine((v) => v === null || phoneProblem(v) === null, { message: 'PHONE' }),
  email: clearableText(200).refine((v) => v === null || z.email().safeParse(v).success, { message: 'EMAIL' }),
  technicalAreaCodes: textList,
  scope: clearableText(2000),
  branchId: z.uuid({ message: 'BRANCH_UNKNOWN' }),
  vip: z.boolean(),
  confidential: z.boolean().describe('kept out of IAF CertSearch'),
  legalRepresentative: clearableText(50).describe('法定代表人, or 负责人 where there is none'),
  organisationType: z.enum(codesOf(organisationTypes), { message: 'ENUM' }).nullable().describe('组织机构类型代码'),
  registeredCapital: moneySchema.nullable().describe('注册资本, in 万元 (0 for a body without one)'),
  registeredCapitalCurrency: z.enum(codesOf(currencies), { message: 'ENUM' }).nullable().describe('货币类型代码'),
  employeeCount: z.number().int({ message: 'COUNT' }).min(0, { message: 'COUNT' }).max(10_000_000, { message: 'COUNT' }).nullable(),
  industryCodes: z
    .array(z.string().trim().regex(INDUSTRY_CODE, { message: 'INDUSTRY_CODE' }))
    .max(20)
    .describe('国民经济行业分类 (GB/T 4754) 小类, four digits'),
};

const withDefault = <S extends z.ZodType, D extends z.output<S>>(schema: S, value: D) =>
  schema.optional().transform((v) => (v === undefined ? value : v) as z.output<S>);

/** The guarded fields: refused by the generic create and update, each naming its own door. */
const guardedFields = {
  status: refusedField('STATUS_BY_RECORD', 'read-only: 异常/流失 are recorded with their cause (POST /api/clients/{id}/losses)'),
  grade: refusedField('GRADE_BY_CLASSIFICATION', 'read-only: computed by the client classification'),
  certificateNos: refusedField('CERTIFICATE_NOS_FROM_CERTIFICATES', "read-only: the numbers of the client's certificates"),
  actualSurveillanceOn: refusedField('SURVEILLANCE_FROM_AUDITS', 'read-only: the end of the last surveillance audit held'),
};

export const ClientInputSchema = z.strictObject({
  ...editableFields,
  ...guardedFields,
  formerNames: withDefault(editableFields.formerNames, []),
  applicationAcceptedOn: withDefault(editableFields.applicationAcceptedOn, null),
  initialAuditOn: withDefault(editableFields.initialAuditOn, null),
  initialAuditFee: withDefault(editableFields.initialAuditFee, null),
  surveillanceFee: withDefault(editableFields.surveillanceFee, null),
  plannedSurveillanceOn: withDefault(editableFields.plannedSurveillanceOn, null),
  postcode: withDefault(editableFields.postcode, null),
  contactPerson: withDefault(editableFields.contactPerson, null),
  phone: withDefault(editableFields.phone, null),
  email: withDefault(editableFields.email, null),
  technicalAreaCodes: withDefault(editableFields.technicalAreaCodes, []),
  scope: withDefault(editableFields.scope, null),
  vip: withDefault(editableFields.vip, false),
  confidential: withDefault(editableFields.confidential, false),
  legalRepresentative: withDefault(editableFields.legalRepresentative, null),
  organisationType: withDefault(editableFields.organisationType, null),
  registeredCapital: withDefault(editableFields.registeredCapital, null),
  registeredCapitalCurrency: withDefault(editableFields.registeredCapitalCurrency, null),
  employeeCount: withDefault(editableFields.employeeCount, null),
  industryCodes: withDefault(editableFields.industryCodes, []),
});
export type ClientInput = Omit<z.output<typeof ClientInputSchema>, keyof typeof guardedFields>;

/** The fields staff may set through the generic create and update. */
export const editableClientKeys = Object.keys(editableFields) as (keyof typeof editableFields)[];

/** Some of the editable fields, each exactly as sent (an update's changes; an import row's cells). */
export const ClientChangesSchema = z.strictObject(editableFields).partial();

// strict: any other unknown field is refused too, never silently dropped
export const ClientUpdateSchema = z.strictObject({
  ...ClientChangesSchema.shape,
  ...guardedFields,
  version: z.number().int().positive().describe('the version read; a stale one gets 409'),
});
export type ClientUpdate = Omit<z.output<typeof ClientUpdateSchema>, keyof typeof guardedFields>;

/** Every stored field a use-case may write: the editable ones and the guarded ones, each through its door. */
export type ClientRecord = ClientInput & {
  status: (typeof clientStatuses)[number];
  grade: (typeof clientGrades)[number] | null;
  certificateNos: string[];
  actualSurveillanceOn: string | null;
};

export const ClientSchema = z
  .object({
    id: z.uuid(),
    contractNo: z.string(),
    certificateNos: z.array(z.string()),
    name: z.string(),
    formerNames: z.array(z.string()),
    uscc: z.string(),
    formerUsccs: z.array(z.string()).describe('credit codes it had before a correction'),
    applicationAcceptedOn: z.string().nullable(),
    initialAuditOn: z.string().nullable(),
    initialAuditFee: z.number().nullable(),
    surveillanceFee: z.number().nullable(),
    plannedSurveillanceOn: z.string().nullable(),
    actualSurveillanceOn: z.string().nullable(),
    status: z.enum(clientStatuses),
    province: z.string(),
    address: z.string(),
    postcode: z.string().nullable(),
    contactPerson: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    technicalAreaCodes: z.array(z.string()),
    scope: z.string().nullable(),
    branchId: z.uuid(),
    branchName: z.object({ zh: z.string(), en: z.string() }),
    vip: z.boolean(),
    confidential: z.boolean(),
    legalRepresentative: z.string().nullable(),
    organisationType: z.enum(codesOf(organisationTypes)).nullable(),
    registeredCapital: z.number().nullable().describe('万元'),
    registeredCapitalCurrency: z.enum(codesOf(currencies)).nullable(),
    employeeCount: z.number().int().nullable(),
    industryCodes: z.array(z.string()),
    grade: z.enum(clientGrades).nullable(),
    dishonestyListedOn: z.string().nullable().describe('on the serious-dishonesty list (严重违法失信名单) since'),
    dishonestySource: z.string().nullable(),
    dishonestyRemovedOn: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Client' });
export type Client = z.output<typeof ClientSchema>;

const csv = commaList.optional();

/** Filters come from the column table: text → contains, date/money → From/To, enum → comma list. */
function filterShape() {
  const shape: Record<string, z.ZodType> = {};
  for (const key of clientColumnKeys) {
    const col = clientColumns[key];
    switch (col.kind) {
      case 'text':
      case 'textList':
        shape[key] = z.string().trim().max(200).optional();
        break;
      case 'date':
        shape[`${key}From`] = isoDate.optional();
        shape[`${key}To`] = isoDate.optional();
        break;
      case 'money':
      case 'count':
        shape[`${key}From`] = z.coerce.number().optional();
        shape[`${key}To`] = z.coerce.number().optional();
        break;
      case 'enum':
      case 'boolean':
        shape[key] = csv;
        break;
      case 'branch':
        shape[key] = csv.pipe(z.array(z.uuid({ message: 'BRANCH_UNKNOWN' })).optional());
        break;
    }
  }
  return shape;
}

export const ClientListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().describe('name, former name, pinyin, pinyin initials, credit code, contract or certificate no.'),
  sort: z.enum(clientColumnKeys).default('contractNo'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
  lang: z.enum(['zh', 'en']).default('zh').describe('language of the Excel export'),
  ...filterShape(),
});
export type ClientListQuery = z.output<typeof ClientListQuerySchema> & Record<string, unknown>;

export const ClientPageSchema = z.object({
  items: z.array(
    ClientSchema.extend({
      formerNameFound: z
        .string()
        .nullable()
        .optional()
        .describe('in a search: the former name that holds the term when the current name does not (原名)'),
    }),
  ),
  total: z.number().int(),
});

/** What a client import would do, the rows of each kind (the first 1,000; the counts are in its summary). */
export const ClientImportPreviewSchema = z.object({
  ignoredColumns: z
    .array(z.string())
    .describe('columns the system derives (grade, certificate numbers, surveillance date): never read from a file'),
  ignoredCellRows: z.number().int().optional().describe('rows whose derived cells differ from what the system holds, which stays'),
  unknownColumns: z.array(z.string()).describe('headers that name no client column: read by nobody'),
  creates: z.array(z.object({ row: z.number(), contractNo: z.string(), name: z.string() })),
  updates: z.array(
    z.object({
      row: z.number(),
      clientId: z.uuid(),
      contractNo: z.string(),
      name: z.string(),
      changes: z.array(z.object({ field: z.string(), old: z.unknown(), new: z.unknown() })),
    }),
  ),
  refusedRows: z.array(RowErrorsSchema),
});

/** What a client import reports: rows read and what each would do; once written, what was. */
export const clientImportShapes = {
  summary: z.object({ rows: z.number(), created: z.number(), updated: z.number(), unchanged: z.number(), refused: z.number() }),
  preview: ClientImportPreviewSchema,
  result: z.object({ created: z.number(), updated: z.number(), unchanged: z.number() }),
};

/** 严重违法失信名单: the listing as found (source and date), or its removal. */
export const DishonestyListingSchema = z
  .object({
    version: z.number().int().positive(),
    listedOn: isoDate.nullable().describe('null: not on the list'),
    source: z.string().trim().min(2, { message: 'REQUIRED' }).max(300, { message: 'TOO_LONG' }).nullable(),
    removedOn: isoDate.nullable().default(null).describe('taken off the list (信用修复) on'),
  })
  .refine((v) => (v.listedOn === null) === (v.source === null), { message: 'REQUIRED', path: ['source'] })
  .refine((v) => v.removedOn === null || (v.listedOn !== null && v.removedOn >= v.listedOn), { message: 'DATE', path: ['removedOn'] });
export type DishonestyListing = z.output<typeof DishonestyListingSchema>;
