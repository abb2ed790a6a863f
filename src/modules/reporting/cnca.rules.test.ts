import { describe, expect, it } from 'vitest';
import type { CertificateStatus } from '../certificates/certificate.rules.js';
import { cncaSheets } from './cnca-sheets.js';
import {
  auditorDays,
  auditPlanRows,
  auditResultRows,
  certificateRows,
  cncaCode,
  completeSheet,
  districtOf,
  projectCodeOf,
  reportTypes,
  type ReportAudit,
  type ReportCertificate,
  type ReportClient,
} from './cnca.rules.js';

const cb = { approvalNo: 'cnca-r-2026-099', accreditations: { QMS: { accreditationNo: 'CNAS C099-M', symbolCode: '01' } } };
const client: ReportClient = {
  id: 'c1',
  name: '北京华信电子科技有限公司',
  formerNames: [],
  uscc: '91110108MA00A0001X',
  address: '北京市海淀区中关村大街1号',
  postcode: '100080',
  phone: '010-62345678',
  contractNo: 'ht-2023-0001',
  technicalAreaCodes: ['19.05.01'],
  legalRepresentative: '李国华',
  organisationType: '040105',
  registeredCapital: 1234.5,
  registeredCapitalCurrency: '01',
  employeeCount: 230,
  industryCodes: ['3990', '6513'],
  initialAuditFee: 12000,
  surveillanceFee: 6000,
  branchName: '北京总部',
  branchCode: 'BJ',
};
function registration(kind: 'auditor' | 'technical_expert', registrationNo: string, identityNo: string, identityType = '01') {
  return { kind, registrationNo, identityType, identityNo, fullTime: true };
}
const audit: ReportAudit = {
  id: 'a1',
  type: 'surveillance',
  plannedStart: '2026-11-10',
  plannedEnd: '2026-11-11',
  actualStart: '2026-11-10',
  actualEnd: '2026-11-11',
  sites: [],
  field: 'QMS',
  standard: 'GB/T 19001-2016 / ISO 9001:2015',
  client,
  team: [
    { userId: 'u1', name: '杨磊', role: 'team_leader', registration: registration('auditor', '2024-N1QMS-1', '11010519491231002X') },
    { userId: 'u2', name: '周婷', role: 'auditor', registration: registration('auditor', '2024-N1QMS-2', 'E12345678', '04') },
    {
      userId: 'u3',
      name: '吴强',
      role: 'technical_expert',
      registration: { ...registration('technical_expert', 'E-07', 'x'), fullTime: false },
    },
  ],
};
const certificate = (status: CertificateStatus, overrides: Partial<ReportCertificate> = {}): ReportCertificate => ({
  id: 'k1',
  certificateNo: 'cd26q 0001r0m',
  scheme: 'management_system',
  field: 'QMS',
  standard: 'GB/T 19001-2016 / ISO 9001:2015',
  organisationName: client.name,
  address: client.address,
  scope: '电子测量仪器的设计和生产',
  sites: [],
  decisionOn: '2026-01-05',
  originalIssueOn: '2026-01-05',
  issueOn: '2026-01-05',
  expiresOn: '2029-01-04',
  status,
  suspendedFrom: status === 'suspended' ? '2026-11-20' : null,
  suspendedUntil: status === 'suspended' ? '2027-05-19' : null,
  client,
  coveredEmployees: 200,
  riskLevel: '02',
  baseAuditDays: 9,
  serviceAreaCode: null,
  cycleNo: 1,
  surveillancesHeld: 1,
  lastAudit: audit,
  reportType: reportTypes.status,
  event: { kind: status === 'suspended' ? 'suspend' : 'grant', effectiveOn: '2026-11-20', ground: 'MAJOR_INCIDENT', decidedBy: '陈静' },
  ...overrides,
});
const period = { from: '2026-11-01', to: '2026-11-30' };
const column = (key: keyof typeof cncaSheets, cells: string[], code: string) =>
  cells[cncaSheets[key].columns.findIndex((c) => c.code === code)];

describe('the CNCA sheets as data', () => {
  it('keeps the template’s headers in their order', () => {
    const headers = cncaSheets.certificates.columns.map((c) => c.header);
    expect(headers).toHaveLength(73);
    expect(headers.slice(0, 3)).toEqual(['1、认证机构批准号', '2、实施审核的认证机构分支机构名称', '3、获证组织名称（主要名称）']);
    expect(headers[20]).toBe('21、认证证书号');
    expect(headers[40]).toBe('41、证书状态');
    expect(headers[70]).toBe('71、基础人日数');
    expect(headers.slice(71)).toEqual(['取数开始日期', '取数截止日期']);
    expect(cncaSheets.auditResults.columns.map((c) => c.code)).toEqual([
      'RZJG_ID',
      'CERT_NUMBER',
      'APPR_STAGE',
      'APPR_S_DATE',
      'APPR_E_DATE',
      'FULL_NAME',
      'IDENTITY_CODE',
      'ID_CODE',
      'APPR_M_ROLE',
      'QUA_CODE',
      'APT_CERTI_NUM',
      'IS_PROF_M',
      'IS_SPECIAL',
      'OBSERVER_FLAG',
    ]);
    expect(cncaSheets.energyPerformance.columns).toHaveLength(12);
    expect(Object.values(cncaSheets).map((s) => s.sheet)).toEqual(['审核计划信息表', '证书信息表', '审核结果信息表', '能源绩效信息表']);
  });
});

describe('CNCA values', () => {
  it('writes codes in upper case without spaces', () => {
    expect(cncaCode(' cd26q 0001r0m\u3000')).toBe('CD26Q0001R0M');
    const { cells } = completeSheet('certificates', certificateRows(cb, [certificate('valid')], period));
    expect(column('certificates', cells[0]!, 'CERT_NUMBER')).toBe('CD26Q0001R0M');
    expect(column('certificates', cells[0]!, 'RZJG_ID')).toBe('CNCA-R-2026-099');
    expect(column('certificates', cells[0]!, 'INVOICE_NUM')).toBe('HT-2023-0001');
    expect(column('certificates', cells[0]!, 'AWARD_DATE')).toBe('2026-01-05');
  });

  it.each([
    ['valid', '01'],
    ['suspended', '02'],
    ['revoked', '03'],
    ['withdrawn', '04'],
    ['expired', '05'],
  ] as const)('reports a %s certificate with status code %s', (status, code) => {
    const [row] = certificateRows(cb, [certificate(status)], period);
    expect(row!.values.CERTI_STATUS).toBe(code);
  });

  it('takes 认可号 and 认可标志代码 from the accreditation of the certificate’s field, and leaves both empty for a field without one', () => {
    const [qms] = certificateRows(cb, [certificate('valid')], period);
    expect([qms!.values.REGISTATION_NUM, qms!.values.ACC_SYMBOL]).toEqual(['CNAS C099-M', '01']);
    const [enms] = certificateRows(cb, [certificate('valid', { field: 'EnMS' })], period);
    expect([enms!.values.REGISTATION_NUM, enms!.values.ACC_SYMBOL]).toEqual(['', '']);
  });

  it('gives a suspension its cause code and dates', () => {
    const [row] = certificateRows(cb, [certificate('suspended')], period);
    expect(row!.values).toMatchObject({
      PAUSE_CAUSE: '0117',
      PAUSE_S_DATE: '2026-11-20',
      PAUSE_E_DATE: '2027-05-19',
      CHG_TYP_CODE: '0197',
      REPORT_TYPE: '05',
    });
  });

  it('finds the project code from the field and the standard', () => {
    expect(projectCodeOf('QMS', 'GB/T 19001-2016 / ISO 9001:2015')).toBe('A010103');
    expect(projectCodeOf('AFTER_SALES', 'GB/T 27922-2011 商品售后服务评价体系')).toBe('C0299');
    expect(projectCodeOf('OHSMS', 'GB/T 45001-2020')).toBe('');
  });

  it('reports the organisation’s registered data, the certificate’s audit data and each auditor’s identity', () => {
    const [row] = certificateRows(cb, [certificate('valid')], period);
    expect(row!.values).toMatchObject({
      BEL_INDUSTRY: '3990；6513',
      LEGAL_PEOPLE: '李国华',
      ORG_PROP_CODE: '040105',
      ORG_REG_ASSETS: '1234.5',
      REG_ASSETS_CURR: '01',
      ORG_PEOP_NUM: '230',
      RELA_PEOP_NUM: '200',
      RISK_PARAM: '02',
      BASE_PD_NUM: '9',
      Service_area_code: '',
    });
    const results = auditResultRows(cb, [{ audit, certificateNo: 'CD1' }]).rows.map((r) => [
      r.values.IDENTITY_CODE,
      r.values.ID_CODE,
      r.values.IS_SPECIAL,
    ]);
    expect(results).toEqual([
      ['01', '11010519491231002X', '1'],
      ['04', 'E12345678', '1'],
      ['01', 'x', '0'],
    ]);
    expect(auditPlanRows(cb, [audit]).rows[1]!.values).toMatchObject({ IDENTITY_CODE: '04', ID_CODE: 'E12345678' });
  });

  it('asks for the risk level and base audit time of QMS, EMS and OHSMS, and a service area of a service certificate', () => {
    const bare = certificate('valid', { riskLevel: null, baseAuditDays: null });
    expect(completeSheet('certificates', certificateRows(cb, [bare], period)).issues.map((i) => i.header)).toEqual([
      '58、风险系数',
      '71、基础人日数',
    ]);
    const afterSales = certificate('valid', {
      scheme: 'after_sales',
      field: 'AFTER_SALES',
      standard: 'GB/T 27922-2011 商品售后服务评价体系',
      riskLevel: null,
      baseAuditDays: null,
    });
    expect(completeSheet('certificates', certificateRows(cb, [afterSales], period)).issues.map((i) => i.header)).toEqual([
      '63、服务认证所属领域代码',
    ]);
    const coded = certificateRows(cb, [{ ...afterSales, serviceAreaCode: 'C04' }], period);
    expect(completeSheet('certificates', coded).issues).toEqual([]);
    expect(coded[0]!.values.Service_area_code).toBe('C04');
  });

  it('takes the district from the credit code and counts auditor-days without experts', () => {
    expect(districtOf('91110108MA00A0001X')).toBe('110108');
    expect(auditorDays(audit)).toBe('4'); // two days, two auditors
  });
});

describe('the completeness check', () => {
  it('lists what a record lacks, by the column’s header', () => {
    const bare = certificate('valid', {
      client: { ...client, technicalAreaCodes: [], postcode: null },
      standard: 'GB/T 45001-2020',
      field: 'OHSMS',
    });
    const { issues } = completeSheet('certificates', certificateRows(cb, [bare], period));
    expect(issues.map((i) => i.header)).toEqual(['11、获证组织通讯邮编', '22、认证项目分类代码', '23、认证业务范围所属CNAS分类代码']);
    const unknown = certificate('valid', { client: { ...client, legalRepresentative: null, industryCodes: [], employeeCount: null } });
    expect(completeSheet('certificates', certificateRows(cb, [unknown], period)).issues.map((i) => i.header)).toEqual([
      '7、获证组织所属国民经济行业',
      '14、获证组织法定代表人',
      '18、获证组织员工数',
    ]);
    expect(issues[0]!.record).toEqual({ kind: 'certificate', id: 'c1', label: 'cd26q 0001r0m' });
  });

  it('asks for the suspension cause only of a suspended certificate', () => {
    // reissued while suspended: the month's event is no suspension, whose ground would give the cause
    const reissuedWhileSuspended = certificate('suspended', {
      event: { kind: 'reissue', effectiveOn: '2026-11-20', ground: null, decidedBy: '陈静' },
      reportType: reportTypes.reissue,
    });
    const { issues } = completeSheet('certificates', certificateRows(cb, [reissuedWhileSuspended], period));
    expect(issues.map((i) => i.header)).toEqual(['42、暂停原因']);
    expect(completeSheet('certificates', certificateRows(cb, [certificate('valid')], period)).issues).toEqual([]);
  });

  it('names who kept a surveilled certificate and when (03), and asks for it like any decision', () => {
    const kept = certificate('valid', {
      event: { kind: 'maintain', effectiveOn: '2026-11-25', ground: null, decidedBy: '陈静' },
      reportType: reportTypes.surveillance,
    });
    const [row] = certificateRows(cb, [kept], period);
    expect([row!.values.REPORT_TYPE, row!.values.CHK_P_LIST, row!.values.APP_ASS_DATE]).toEqual(['03', '陈静', '2026-11-25']);
    const nobody = certificate('valid', { event: null, reportType: reportTypes.surveillance });
    expect(completeSheet('certificates', certificateRows(cb, [nobody], period)).issues.map((i) => i.header)).toEqual([
      '37、认证决定人员名单',
    ]);
  });

  it('flags a value longer than the column allows', () => {
    const long = certificate('valid', { certificateNo: 'X'.repeat(51) });
    expect(completeSheet('certificates', certificateRows(cb, [long], period)).issues).toContainEqual(
      expect.objectContaining({ header: '21、认证证书号', problem: 'TOO_LONG' }),
    );
  });

  it('lists an audit without a team, which has no rows to report', () => {
    const { rows, issues } = auditPlanRows(cb, [{ ...audit, team: [] }]);
    expect(rows).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ sheet: 'auditPlans', problem: 'NO_TEAM' })]);
    const planned = auditPlanRows(cb, [audit]);
    expect(planned.rows.map((r) => [r.values.FULL_NAME, r.values.APPR_M_ROLE])).toEqual([
      ['杨磊', '01'],
      ['周婷', '02'],
      ['吴强', '03'],
    ]);
    expect(planned.rows[0]!.values.PLAN_NO).toBe('R0099BJ26110001');
  });
});
