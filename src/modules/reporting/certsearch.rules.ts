import { cityIn } from '../../lib/company-name.js';
import { addMonths, type IsoDate } from '../../lib/dates.js';
import type { CertificateStatus } from '../certificates/certificate.rules.js';

/**
 * IAF CertSearch (SPEC §13, IAF MD 28) as pure rules: a certificate and its organisation become
 * one upload record with the v2 API's field names, and each record is checked against the
 * format's rules before it leaves. Field names and limits: ../shared/reference/certsearch-fields.md.
 */

/** CNCA 01 有效 / 02 暂停 / 03 撤销 / 04 注销 / 05 过期失效 → CertSearch. */
export const certSearchStatus: Record<CertificateStatus, string> = {
  valid: 'active',
  suspended: 'suspended',
  revoked: 'withdrawn',
  withdrawn: 'cancelled',
  expired: 'expired',
};

const schemeNames: Record<string, string> = {
  QMS: 'Quality Management System',
  EMS: 'Environmental Management System',
  OHSMS: 'Occupational Health and Safety Management System',
  EnMS: 'Energy Management System',
  AFTER_SALES: 'After-sales Service Certification',
};

export const LIMITS = {
  certificate_number: 60,
  certificate_identity_number: 60,
  certified_entity_unique_id: 45,
  certified_entity_name: 300,
  certification_status: 45,
} as const;
const UNIQUE_ID = /^[\p{L}\p{N}@#\-+=\\/:;,~_.]+$/u;
const YYYYMMDD = /^\d{8}$/;

export interface CertSearchInput {
  certificateId: string;
  certificateNo: string;
  scheme: 'management_system' | 'after_sales';
  field: string;
  standard: string;
  organisationName: string;
  scope: string;
  address: string;
  sites: { name: string; address: string; scope?: string }[];
  originalIssueOn: IsoDate;
  issueOn: IsoDate;
  expiresOn: IsoDate;
  status: CertificateStatus;
  client: { uscc: string; name: string; province: string; postcode: string | null };
}

/** The accreditation a certificate's field holds (认可信息), or null when the field is not accredited. */
interface AccreditationBody {
  name: string;
  acronym: string;
}

const compact = (d: IsoDate) => d.replaceAll('-', '');
const COUNTRY = 'China';

/**
 * One certificate as a CertSearch record. Accredited when its field holds an accreditation (the
 * administrator's 认可信息), with the body's name and acronym; otherwise Unaccredited with both empty.
 */
export function certSearchRecord(c: CertSearchInput, ab: AccreditationBody | null) {
  const managementSystem = c.scheme === 'management_system';
  return {
    certified_entity: {
      certified_entity_unique_id: c.client.uscc,
      certified_entity_name: c.organisationName,
      business_registered_street: c.address,
      business_registered_city: cityIn(c.address) ?? '',
      business_registered_state: c.client.province,
      business_registered_zip_code: c.client.postcode ?? '',
      business_registered_country: COUNTRY,
      business_registration_number: c.client.uscc,
    },
    certification: {
      certificate_identity_number: c.certificateId,
      certificate_number: c.certificateNo,
      certification_status: certSearchStatus[c.status],
      certificate_accreditation_status: ab ? 'Accredited' : 'Unaccredited',
      certification_type: managementSystem ? 'Management System' : 'Service',
      certification_scope: c.scope,
      certification_original_issue_date: compact(c.originalIssueOn),
      certification_issue_date: compact(c.issueOn),
      certification_expiry_date: compact(c.expiresOn),
      accreditation_body_name: ab?.name ?? '',
      accreditation_body_acronym_name: ab?.acronym ?? '',
      schemes: [{ scheme_name: schemeNames[c.field] ?? c.field, standard_list: [{ standards_name: c.standard }] }],
      sites: c.sites.map((s) => ({
        street: s.address,
        city: cityIn(s.address) ?? '',
        state: '',
        country: COUNTRY,
        postcode: '',
        scope_description: s.scope ?? s.name,
      })),
    },
  };
}
export type CertSearchRecord = ReturnType<typeof certSearchRecord>;

export type CertSearchProblem = 'REQUIRED' | 'TOO_LONG' | 'DATE' | 'CHARACTERS';
export interface CertSearchFailure {
  field: string;
  problem: CertSearchProblem;
  limit?: number;
}

function validDate(s: string): boolean {
  if (!YYYYMMDD.test(s)) return false;
  const d = new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10).replaceAll('-', '') === s;
}

/** What the upload would refuse: missing mandatory fields, over-long values, dates not YYYYMMDD. */
export function validateCertSearch(r: CertSearchRecord): CertSearchFailure[] {
  const failures: CertSearchFailure[] = [];
  const e = r.certified_entity;
  const c = r.certification;
  const flat: Record<string, string> = {
    ...e,
    ...Object.fromEntries(Object.entries(c).filter(([, v]) => typeof v === 'string')),
  } as Record<string, string>;
  const mandatory = [
    'certified_entity_unique_id',
    'certified_entity_name',
    'business_registered_country',
    'certificate_number',
    'certification_status',
    'certificate_accreditation_status',
    'certification_type',
    'certification_issue_date',
    'certification_expiry_date',
  ];
  if (c.certificate_accreditation_status === 'Accredited') mandatory.push('accreditation_body_name', 'accreditation_body_acronym_name');
  for (const field of mandatory) if (!flat[field]?.trim()) failures.push({ field, problem: 'REQUIRED' });
  // a street is required unless the city is given
  if (!e.business_registered_street.trim() && !e.business_registered_city.trim()) {
    failures.push({ field: 'business_registered_street', problem: 'REQUIRED' });
  }
  for (const [field, limit] of Object.entries(LIMITS)) {
    if ((flat[field] ?? '').length > limit) failures.push({ field, problem: 'TOO_LONG', limit });
  }
  if (e.certified_entity_unique_id && !UNIQUE_ID.test(e.certified_entity_unique_id)) {
    failures.push({ field: 'certified_entity_unique_id', problem: 'CHARACTERS' });
  }
  for (const field of ['certification_original_issue_date', 'certification_issue_date', 'certification_expiry_date'] as const) {
    if (c[field] && !validDate(c[field])) failures.push({ field, problem: 'DATE' });
  }
  if (c.schemes.length === 0 || c.schemes.some((s) => !s.scheme_name || s.standard_list.every((x) => !x.standards_name.trim()))) {
    failures.push({ field: 'schemes', problem: 'REQUIRED' });
  }
  return failures;
}

/** The CertSearch Excel template's two sheets: its headers, and the record fields under them. */
export const certSearchSheets = {
  entities: {
    name: 'Certified Entity',
    columns: [
      ['Certified Entity Unique ID', 'certified_entity_unique_id'],
      ['Certified Entity Name', 'certified_entity_name'],
      ['Business Registered Street', 'business_registered_street'],
      ['Business Registered City', 'business_registered_city'],
      ['Business Registered State', 'business_registered_state'],
      ['Business Registered Zip Code', 'business_registered_zip_code'],
      ['Business Registered Country', 'business_registered_country'],
      ['Business Registration Number', 'business_registration_number'],
    ],
  },
  certifications: {
    name: 'Certification',
    columns: [
      ['Certification Identity Number', 'certificate_identity_number'],
      ['Certificate Number', 'certificate_number'],
      ['Certification Status', 'certification_status'],
      ['Accreditation Status', 'certificate_accreditation_status'],
      ['Certification Type', 'certification_type'],
      ['Certification Scope', 'certification_scope'],
      ['Certification Original Issue Date', 'certification_original_issue_date'],
      ['Certification Issue Date', 'certification_issue_date'],
      ['Certification Expiry Date', 'certification_expiry_date'],
      ['Certified Entity Unique ID', 'certified_entity_unique_id'],
      ['Certified Entity Name', 'certified_entity_name'],
      ['Accreditation Body Name', 'accreditation_body_name'],
      ['Accreditation Body Acronym', 'accreditation_body_acronym_name'],
      ['Scheme Name', 'scheme_name'],
      ['Standard', 'standards_name'],
    ],
  },
  // the JSON's sites[], one row per site, tied to its certification by the identity number as the template ties its sheets
  sites: {
    name: 'Sites',
    columns: [
      ['Certification Identity Number', 'certificate_identity_number'],
      ['Certificate Number', 'certificate_number'],
      ['Street', 'street'],
      ['City', 'city'],
      ['State', 'state'],
      ['Country', 'country'],
      ['Postcode', 'postcode'],
      ['Scope Description', 'scope_description'],
    ],
  },
} as const;

/** The Sites sheet's rows of one record: its sites as the JSON carries them. */
export function siteRows(r: CertSearchRecord, columns: readonly (readonly [string, string])[]): string[][] {
  return r.certification.sites.map((site) => {
    const values: Record<string, string> = {
      certificate_identity_number: r.certification.certificate_identity_number,
      certificate_number: r.certification.certificate_number,
      ...site,
    };
    return columns.map(([, field]) => values[field] ?? '');
  });
}

/** The template's status words are capitalised: Active, Suspended, … */
export function templateRow(r: CertSearchRecord, columns: readonly (readonly [string, string])[]): string[] {
  const values: Record<string, string> = {
    ...r.certified_entity,
    ...(Object.fromEntries(Object.entries(r.certification).filter(([, v]) => typeof v === 'string')) as Record<string, string>),
    certification_status: r.certification.certification_status.replace(/^./, (ch) => ch.toUpperCase()),
    scheme_name: r.certification.schemes.map((s) => s.scheme_name).join('; '),
    standards_name: r.certification.schemes.flatMap((s) => s.standard_list.map((x) => x.standards_name)).join('; '),
  };
  return columns.map(([, field]) => values[field] ?? '');
}

/**
 * IAF MD 28: when the next CertSearch upload is owed — `intervalMonths` after the last one staff
 * marked done; never uploaded, from the day the duty was first put on the due-list (`owedSince`).
 */
export function certSearchDueOn(lastUploadOn: IsoDate | null, intervalMonths: number, owedSince: IsoDate): IsoDate {
  return lastUploadOn ? addMonths(lastUploadOn, intervalMonths) : owedSince;
}
