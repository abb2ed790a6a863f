import { z } from 'zod';
import { reasonSchema, versionSchema } from '../../lib/common-schemas.js';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { ClientInputSchema } from '../clients/client.dto.js';
import { applicationStatuses } from './application.schema.js';

const finding = z.enum(['none', 'found']);

export const ApplicationInputSchema = z.object({
  applicantName: ClientInputSchema.shape.name,
  uscc: ClientInputSchema.shape.uscc,
  province: ClientInputSchema.shape.province,
  address: ClientInputSchema.shape.address,
  contactPerson: z.string().trim().min(1).max(60),
  phone: z.string().trim().min(5).max(40),
  branchId: z.uuid(),
  headcount: z.number().int().min(0).max(1_000_000).nullish(),
  scope: z.string().trim().min(2).max(2000).describe('the products and services to be certified'),
  materials: z
    .object({
      businessLicence: z.boolean().default(false).describe('营业执照等法律地位证明'),
      serviceDocuments: z.boolean().default(false).describe('服务过程文件及标准'),
      flowChart: z.boolean().default(false).describe('服务流程图'),
      otherCertificates: z.string().trim().max(500).optional().describe('其他认证证书'),
    })
    .default({ businessLicence: false, serviceDocuments: false, flowChart: false }),
  receivedOn: isoDateSchema.nullish(),
});

export const CreditCheckSchema = z.object({
  version: versionSchema,
  credit: z.object({ administrativePenalties: finding, abnormalOperation: finding, seriousViolation: finding }),
  note: z.string().trim().max(2000).nullish(),
  noEvidenceReason: z
    .string()
    .trim()
    .min(2)
    .max(2000)
    .nullish()
    .describe('why no evidence file (the query results) is attached; acceptance needs one or the other'),
});

const materials = ApplicationInputSchema.shape.materials.unwrap();

/** Materials handed in later, until the application is decided: only the ones sent change. */
export const MaterialsSchema = z.strictObject({
  version: versionSchema,
  materials: z.strictObject({
    businessLicence: materials.shape.businessLicence.unwrap().optional(),
    serviceDocuments: materials.shape.serviceDocuments.unwrap().optional(),
    flowChart: materials.shape.flowChart.unwrap().optional(),
    otherCertificates: materials.shape.otherCertificates,
  }),
  headcount: z.number().int().min(0).max(1_000_000).optional(),
});
export const AcceptSchema = z.object({ version: versionSchema, note: reasonSchema });
export const RefuseSchema = z.object({ version: versionSchema, reason: reasonSchema });

export const ApplicationSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    applicantName: z.string(),
    uscc: z.string(),
    province: z.string(),
    address: z.string(),
    contactPerson: z.string(),
    phone: z.string(),
    branchId: z.uuid(),
    headcount: z.number().nullable(),
    scope: z.string(),
    materials: z.object({
      businessLicence: z.boolean().optional(),
      serviceDocuments: z.boolean().optional(),
      flowChart: z.boolean().optional(),
      otherCertificates: z.string().optional(),
    }),
    missing: z.array(z.string()),
    receivedOn: z.string(),
    reviewDueOn: z.string(),
    overdue: z.boolean(),
    credit: z.record(z.string(), z.enum(['none', 'found'])).nullable(),
    creditNote: z.string().nullable(),
    creditNoEvidenceReason: z.string().nullable(),
    creditCheckedBy: z.string().nullable(),
    creditCheckedOn: z.string().nullable(),
    status: z.enum(applicationStatuses),
    decisionNote: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedOn: z.string().nullable(),
    clientId: z.uuid().nullable(),
    programmeId: z.uuid().nullable(),
    version: z.number(),
  })
  .meta({ id: 'ServiceApplication' });
