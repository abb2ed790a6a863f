import { Button, Card, Select, Space, Table, Tooltip, Typography } from 'antd';
import { certificationFields } from '../../../src/modules/certificates/certificate.rules.js';
import { AddressDateRange, AddressSearch } from '../components/AddressFilters.js';
import type { SorterResult } from 'antd/es/table/interface';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAddressFilters } from '../address-filters.js';
import { api, queryString, type Branch, type CertificateDetail, type CertificateListRow, type Answer } from '../api.js';
import { CertificateDrawer, CertificateStatus } from '../components/CertificatesPanel.js';
import { ExportButton } from '../components/ExportButton.js';
import { pick, useSession, useShowError } from '../session.js';

type Query = NonNullable<Parameters<typeof api<'GET', '/api/certificates'>>[2]>['query'];
const FILTERS = [
  'q',
  'status',
  'scheme',
  'field',
  'standard',
  'starLevel',
  'branchId',
  'expiresFrom',
  'expiresTo',
  'decisionFrom',
  'decisionTo',
  'sort',
  'order',
] as const;
const STATUSES = ['valid', 'suspended', 'revoked', 'withdrawn', 'expired'] as const;
type Sortable = 'certificateNo' | 'organisationName' | 'status' | 'decisionOn' | 'issueOn' | 'expiresOn';
const DEFAULT_PAGE_SIZE = 50;

/**
 * 证书台账: every certificate the user's scope allows, in one list — filters and the search in the
 * address bar (a filtered list can be bookmarked and sent), sorting on the server, the list as
 * Excel, and a row opening the certificate's drawer with its history and decisions.
 */
export function CertificatesPage() {
  const { t } = useTranslation();
  const { lang, may } = useSession();
  const showError = useShowError();
  const { params, setParams, update } = useAddressFilters();
  const [data, setData] = useState<Answer<'/api/certificates', 'GET'>>({ items: [], total: 0 });
  const [loading, setLoading] = useState(false);
  const [branches, setBranches] = useState<Branch[]>([]);
  const [open, setOpen] = useState<CertificateDetail | null>(null);

  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? DEFAULT_PAGE_SIZE);
  const filters = useMemo(() => Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined])), [params]) as Record<
    (typeof FILTERS)[number],
    string | undefined
  >;
  const list = (key: (typeof FILTERS)[number]) => filters[key]?.split(',').filter(Boolean) ?? [];

  useEffect(() => {
    if (may('branches:read')) api('GET', '/api/branches').then(setBranches, () => setBranches([]));
  }, [may]);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setData(await api('GET', '/api/certificates', { query: { ...filters, page, pageSize } as Query }));
    } catch (err) {
      showError(err);
    } finally {
      setLoading(false);
    }
  }, [filters, page, pageSize, showError]);
  useEffect(() => {
    void load();
  }, [load]);

  const openCertificate = (id: string) => api('GET', '/api/certificates/{id}', { path: { id } }).then(setOpen, showError);

  const range = (from: 'expiresFrom' | 'decisionFrom', to: 'expiresTo' | 'decisionTo', label: string) => (
    <AddressDateRange
      from={from}
      to={to}
      filters={filters}
      update={update}
      label={label}
      placeholder={[t(`certRegister.${from}`), t(`certRegister.${to}`)]}
      testId={`register-${from}`}
    />
  );
  const multi = (
    key: 'status' | 'field' | 'starLevel' | 'branchId',
    label: string,
    options: { value: string; label: string }[],
    width = 200,
  ) => (
    <Select
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      style={{ width }}
      placeholder={label}
      aria-label={label}
      value={list(key)}
      onChange={(values: string[]) => update({ [key]: values.join(',') })}
      options={options.map((o) => ({ ...o, title: o.label }))}
      data-testid={`register-${key}`}
    />
  );

  const sortOrder = (key: Sortable) =>
    (filters.sort ?? 'certificateNo') === key ? (filters.order === 'desc' ? ('descend' as const) : ('ascend' as const)) : null;

  return (
    <Card
      title={t('certRegister.title')}
      extra={<ExportButton url={`/api/certificates/export?${queryString(filters)}`} fallbackName="certificates.xlsx" />}
    >
      <Space wrap style={{ marginBottom: 16 }} data-testid="register-filters">
        <AddressSearch name="q" filters={filters} update={update} label={t('certRegister.search')} width={300} testId="register-search" />
        {multi(
          'status',
          t('certificates.status'),
          STATUSES.map((s) => ({ value: s, label: t(`certStatus.${s}`) })),
        )}
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('certificates.scheme')}
          aria-label={t('certificates.scheme')}
          value={filters.scheme}
          onChange={(scheme?: string) => update({ scheme })}
          options={(['management_system', 'after_sales'] as const).map((s) => ({
            value: s,
            label: t(`schemes.${s}`),
            title: t(`schemes.${s}`),
          }))}
          data-testid="register-scheme"
        />
        {multi(
          'field',
          t('certificates.field'),
          certificationFields.map((f) => ({ value: f, label: t(`certificationFields.${f}`) })),
          240,
        )}
        <AddressSearch name="standard" filters={filters} update={update} label={t('certificates.standard')} width={180} />
        {multi(
          'starLevel',
          t('certificates.starLevel'),
          [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t('certRegister.stars', { count: n }) })),
          160,
        )}
        {branches.length > 1 &&
          multi(
            'branchId',
            t('certRegister.branch'),
            branches.map((b) => ({ value: b.id, label: lang === 'en' ? b.nameEn : b.nameZh })),
          )}
        {range('expiresFrom', 'expiresTo', t('certificates.expiresOn'))}
        {range('decisionFrom', 'decisionTo', t('certificates.decisionOn'))}
        <Button onClick={() => setParams({}, { replace: true })}>{t('common.reset')}</Button>
      </Space>
      <Table<CertificateListRow>
        data-testid="certificate-register"
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data.items}
        scroll={{ x: 'max-content' }}
        onRow={(c) => ({ onClick: () => void openCertificate(c.id), style: { cursor: 'pointer' } })}
        onChange={(pagination, _filters, sorter) => {
          const s = sorter as SorterResult<CertificateListRow>;
          const key = s.order ? (s.columnKey as string) : undefined;
          update({
            sort: key === 'certificateNo' ? undefined : key,
            order: s.order === 'descend' ? 'desc' : undefined,
            page: pagination.current === 1 ? undefined : String(pagination.current),
            pageSize: pagination.pageSize === DEFAULT_PAGE_SIZE ? undefined : String(pagination.pageSize),
          });
        }}
        pagination={{
          current: page,
          pageSize,
          total: data.total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => t('common.total', { total }),
        }}
        columns={[
          {
            key: 'certificateNo',
            title: t('certificates.certificateNo'),
            dataIndex: 'certificateNo',
            // the number and the expiry stay in sight when the table scrolls sideways (long names, a narrow screen)
            fixed: 'left',
            width: 160,
            sorter: true,
            sortOrder: sortOrder('certificateNo'),
            render: (v: string) => <Typography.Link>{v}</Typography.Link>,
          },
          {
            key: 'organisationName',
            title: t('certificates.organisationName'),
            width: 240,
            ellipsis: { showTitle: true },
            sorter: true,
            sortOrder: sortOrder('organisationName'),
            render: (_, c) => (
              // to the client's page, not the drawer
              <Link to={`/clients/${c.clientId}?tab=certificates`} onClick={(e) => e.stopPropagation()}>
                {c.organisationName}
              </Link>
            ),
          },
          { key: 'branch', title: t('certRegister.branch'), render: (_, c) => pick(c.branchName, lang) },
          {
            key: 'field',
            title: t('certificates.field'),
            width: 150,
            ellipsis: { showTitle: true },
            render: (_, c) => t(`certificationFields.${c.field}`),
          },
          { key: 'standard', title: t('certificates.standard'), dataIndex: 'standard', width: 170, ellipsis: { showTitle: true } },
          { key: 'starLevel', title: t('certificates.starLevel'), render: (_, c) => (c.starLevel ? '★'.repeat(c.starLevel) : '') },
          {
            key: 'status',
            title: t('certificates.status'),
            sorter: true,
            sortOrder: sortOrder('status'),
            render: (_, c) => (
              // the suspension's period on hover: the column stays narrow enough for the dates beside it
              <Tooltip
                title={c.status === 'suspended' ? `${t('certificates.suspension')}：${c.suspendedFrom} ~ ${c.suspendedUntil}` : undefined}
              >
                <span>
                  <CertificateStatus certificate={c} />
                </span>
              </Tooltip>
            ),
          },
          {
            key: 'decisionOn',
            title: t('certificates.decisionOn'),
            dataIndex: 'decisionOn',
            sorter: true,
            sortOrder: sortOrder('decisionOn'),
          },
          { key: 'issueOn', title: t('certificates.issueOn'), dataIndex: 'issueOn', sorter: true, sortOrder: sortOrder('issueOn') },
          {
            key: 'expiresOn',
            title: t('certificates.expiresOn'),
            dataIndex: 'expiresOn',
            fixed: 'right',
            width: 110,
            sorter: true,
            sortOrder: sortOrder('expiresOn'),
          },
        ]}
      />
      <CertificateDrawer
        certificate={open}
        onClose={() => setOpen(null)}
        onChanged={(c) => {
          setOpen(c);
          void load();
        }}
      />
    </Card>
  );
}
