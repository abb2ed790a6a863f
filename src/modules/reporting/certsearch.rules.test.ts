import { describe, expect, it } from 'vitest';
import {
  certSearchDueOn,
  certSearchRecord,
  certSearchSheets,
  certSearchStatus,
  siteRows,
  validateCertSearch,
  type CertSearchInput,
} from './certsearch.rules.js';

const ab = { name: 'China National Accreditation Service for Conformity Assessment', acronym: 'CNAS' };
const input: CertSearchInput = {
  certificateId: '6f1c2d7e-3a4b-4c5d-8e9f-0a1b2c3d4e5f',
  certificateNo: 'CD26Q0001R0M',
  scheme: 'management_system',
  field: 'QMS',
  standard: 'GB/T 19001-2016 / ISO 9001:2015',
  organisationName: '北京华信电子科技有限公司',
  scope: '电子测量仪器的设计和生产',
  address: '北京市海淀区中关村大街1号',
  sites: [{ name: '顺义工厂', address: '北京市顺义区林河大街8号' }],
  originalIssueOn: '2023-01-05',
  issueOn: '2026-01-05',
  expiresOn: '2029-01-04',
  status: 'valid',
  client: { uscc: '91110108MA00A0001X', name: '北京华信电子科技有限公司', province: '北京市', postcode: '100080' },
};

describe('IAF CertSearch records', () => {
  it('maps the five CNCA statuses to CertSearch’s values', () => {
    expect(certSearchStatus).toEqual({
      valid: 'active',
      suspended: 'suspended',
      revoked: 'withdrawn',
      withdrawn: 'cancelled',
      expired: 'expired',
    });
  });

  it('writes dates as YYYYMMDD and uses the v2 field names', () => {
    const r = certSearchRecord(input, ab);
    expect(r.certified_entity).toMatchObject({
      certified_entity_unique_id: '91110108MA00A0001X',
      certified_entity_name: '北京华信电子科技有限公司',
      business_registered_city: '北京',
      business_registered_country: 'China',
    });
    expect(r.certification).toMatchObject({
      certificate_number: 'CD26Q0001R0M',
      certification_status: 'active',
      certificate_accreditation_status: 'Accredited',
      certification_type: 'Management System',
      certification_original_issue_date: '20230105',
      certification_issue_date: '20260105',
      certification_expiry_date: '20290104',
      accreditation_body_acronym_name: 'CNAS',
      schemes: [{ scheme_name: 'Quality Management System', standard_list: [{ standards_name: 'GB/T 19001-2016 / ISO 9001:2015' }] }],
    });
    expect(r.certification.sites[0]).toMatchObject({ street: '北京市顺义区林河大街8号', city: '北京', scope_description: '顺义工厂' });
    expect(validateCertSearch(r)).toEqual([]);
  });

  it('refuses over-long numbers and names, missing addresses, bad dates and characters', () => {
    const r = certSearchRecord(
      {
        ...input,
        certificateNo: 'C'.repeat(61),
        organisationName: '华'.repeat(301),
        address: '',
        client: { ...input.client, uscc: 'BAD ID!' },
      },
      ab,
    );
    r.certification.certification_expiry_date = '20291301';
    expect(validateCertSearch(r)).toEqual(
      expect.arrayContaining([
        { field: 'certificate_number', problem: 'TOO_LONG', limit: 60 },
        { field: 'certified_entity_name', problem: 'TOO_LONG', limit: 300 },
        { field: 'business_registered_street', problem: 'REQUIRED' },
        { field: 'certified_entity_unique_id', problem: 'CHARACTERS' },
        { field: 'certification_expiry_date', problem: 'DATE' },
      ]),
    );
  });

  it('asks no accreditation body of a certificate whose field holds no accreditation', () => {
    const r = certSearchRecord({ ...input, scheme: 'after_sales', field: 'AFTER_SALES', standard: 'GB/T 27922-2011' }, null);
    expect(r.certification).toMatchObject({
      certificate_accreditation_status: 'Unaccredited',
      certification_type: 'Service',
      accreditation_body_name: '',
      accreditation_body_acronym_name: '',
    });
    expect(validateCertSearch(r)).toEqual([]);
  });

  it('reports a management-system certificate of a field without accreditation as Unaccredited, and an accredited service one as Accredited', () => {
    expect(certSearchRecord({ ...input, field: 'EnMS' }, null).certification).toMatchObject({
      certificate_accreditation_status: 'Unaccredited',
      certification_type: 'Management System',
    });
    const service = certSearchRecord({ ...input, scheme: 'after_sales', field: 'AFTER_SALES' }, ab).certification;
    expect(service).toMatchObject({ certificate_accreditation_status: 'Accredited', accreditation_body_acronym_name: 'CNAS' });
  });

  it('puts each site on the Sites sheet as the JSON carries it, under its certification’s identity number', () => {
    const r = certSearchRecord(
      { ...input, sites: [...input.sites, { name: '天津仓库', address: '天津市滨海新区港城大道1号', scope: '仓储' }] },
      ab,
    );
    expect(siteRows(r, certSearchSheets.sites.columns)).toEqual([
      [input.certificateId, 'CD26Q0001R0M', '北京市顺义区林河大街8号', '北京', '', 'China', '', '顺义工厂'],
      [input.certificateId, 'CD26Q0001R0M', '天津市滨海新区港城大道1号', '天津', '', 'China', '', '仓储'],
    ]);
  });
});

describe('the CertSearch refresh duty (IAF MD 28)', () => {
  it('is owed the interval after the last upload, at the month’s end when the day is missing', () => {
    expect(certSearchDueOn('2026-10-15', 1, '2026-12-01')).toBe('2026-11-15');
    expect(certSearchDueOn('2026-01-31', 1, '2026-12-01')).toBe('2026-02-28');
  });

  it('is owed since the due-list first said so when nothing was ever uploaded, not moving day by day', () => {
    expect(certSearchDueOn(null, 1, '2026-11-20')).toBe('2026-11-20');
  });
});
