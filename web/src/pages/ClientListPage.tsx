import { formatMoney } from '../format.js';
import { codeWords } from '../cnca-codes.js';
import { DownloadOutlined, FilterFilled, HistoryOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Dropdown, Input, InputNumber, Space, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import type { FilterDropdownProps, FilterValue, SorterResult } from 'antd/es/table/interface';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAddressFilters } from '../address-filters.js';
import { api, download, queryString, type Answer, type Branch, type ClientListItem } from '../api.js';
import { cbDateTime } from '../cb-time.js';
import { clientColumns, type ColumnKind } from '../columns.js';
import { ClientFormModal } from '../components/ClientFormModal.js';
import { ClientImportPreviewModal } from '../components/ClientImportPreviewModal.js';
import { importState } from '../components/ImportActions.js';
import { pick, useSession, useShowError } from '../session.js';

function rangeKeys(kind: ColumnKind) {
  return kind === 'date' || kind === 'money' || kind === 'count';
}

export function ClientListPage() {
  const { t, i18n } = useTranslation();
  const { may, hides, me } = useSession();
  // a column of a field the server does not send this role is left out (the portal sees no grade, fees, branch…)
  const shownColumns = useMemo(() => clientColumns.filter((c) => !hides('client', c.key)), [hides]);
  const showError = useShowError();
  const { params, update } = useAddressFilters();
  const [data, setData] = useState<Answer<'/api/clients', 'GET'>>({ items: [], total: 0 });
  const [loading, setLoading] = useState(false);
  const [branches, setBranches] = useState<Branch[]>([]);
  const [creating, setCreating] = useState(false);
  const [openImport, setOpenImport] = useState<string | null>(null);
  const [recentImports, setRecentImports] = useState<Answer<'/api/clients/import', 'GET'>>([]);
  // a preview that can never be written says why, not 待确认
  const importStatusText = (r: (typeof recentImports)[number]) => {
    if (r.status === 'previewed' && (r.summary?.refused ?? 0) > 0) return t('imports.status.refusedRows');
    if (r.status === 'previewed' && (r.summary?.created ?? 0) + (r.summary?.updated ?? 0) === 0) return t('imports.status.nothingToWrite');
    return t(`imports.status.${importState(r)}`);
  };
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const lang = i18n.language === 'en' ? 'en' : 'zh';

  const query = useMemo(() => Object.fromEntries(params.entries()), [params]);
  const load = useCallback(async () => {
    setLoading(true);
    try {
      setData(await api('GET', '/api/clients', { query }));
    } catch (err) {
      showError(err);
    } finally {
      setLoading(false);
    }
  }, [query, showError]);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (may('branches:read')) api('GET', '/api/branches').then(setBranches, () => setBranches([]));
  }, [may]);

  function onTableChange(
    pagination: TablePaginationConfig,
    filters: Record<string, FilterValue | null>,
    sorter: SorterResult<ClientListItem> | SorterResult<ClientListItem>[],
  ) {
    const changes: Record<string, string | undefined> = {};
    for (const col of clientColumns) {
      const v = (filters[col.key] ?? []) as (string | number)[];
      if (rangeKeys(col.kind)) {
        changes[`${col.key}From`] = v[0] === undefined || v[0] === '' ? undefined : String(v[0]);
        changes[`${col.key}To`] = v[1] === undefined || v[1] === '' ? undefined : String(v[1]);
      } else changes[col.key] = v.length ? v.map(String).join(',') : undefined;
    }
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    changes.sort = s?.order ? String(s.field) : undefined;
    changes.order = s?.order === 'descend' ? 'desc' : s?.order ? 'asc' : undefined;
    const filtersChanged = clientColumns.some((c) =>
      rangeKeys(c.kind)
        ? changes[`${c.key}From`] !== query[`${c.key}From`] || changes[`${c.key}To`] !== query[`${c.key}To`]
        : changes[c.key] !== query[c.key],
    );
    changes.page = filtersChanged ? undefined : String(pagination.current ?? 1);
    changes.pageSize = pagination.pageSize === 20 ? undefined : String(pagination.pageSize);
    update(changes);
  }

  function filterValue(key: string, kind: ColumnKind): FilterValue | null {
    if (rangeKeys(kind)) {
      const from = query[`${key}From`];
      const to = query[`${key}To`];
      return from || to ? [from ?? '', to ?? ''] : null;
    }
    return query[key] ? query[key]!.split(',') : null;
  }

  function dropdown(kind: ColumnKind) {
    const Dropdown = ({ selectedKeys, setSelectedKeys, confirm, clearFilters }: FilterDropdownProps) => {
      const buttons = (
        <Space style={{ marginTop: 8 }}>
          <Button type="primary" size="small" onClick={() => confirm()}>
            {t('common.search')}
          </Button>
          <Button
            size="small"
            onClick={() => {
              clearFilters?.();
              confirm();
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
      );
      const keys = selectedKeys as string[];
      let field;
      if (kind === 'date') {
        field = (
          <DatePicker.RangePicker
            value={[keys[0] ? dayjs(keys[0]) : null, keys[1] ? dayjs(keys[1]) : null]}
            onChange={(v) => setSelectedKeys(v ? [v[0]?.format('YYYY-MM-DD') ?? '', v[1]?.format('YYYY-MM-DD') ?? ''] : [])}
            allowEmpty={[true, true]}
          />
        );
      } else if (kind === 'money' || kind === 'count') {
        field = (
          <Space>
            <InputNumber
              placeholder={t('clients.filterFrom')}
              aria-label={t('clients.filterFrom')}
              min={0}
              value={keys[0] ? Number(keys[0]) : null}
              onChange={(v) => setSelectedKeys([v === null ? '' : String(v), keys[1] ?? ''])}
            />
            <InputNumber
              placeholder={t('clients.filterTo')}
              aria-label={t('clients.filterTo')}
              min={0}
              value={keys[1] ? Number(keys[1]) : null}
              onChange={(v) => setSelectedKeys([keys[0] ?? '', v === null ? '' : String(v)])}
            />
          </Space>
        );
      } else {
        field = (
          <Input
            autoFocus
            value={keys[0]}
            onChange={(e) => setSelectedKeys(e.target.value ? [e.target.value] : [])}
            onPressEnter={() => confirm()}
            style={{ width: 200 }}
          />
        );
      }
      return (
        <div style={{ padding: 8 }} onKeyDown={(e) => e.stopPropagation()}>
          {field}
          <div>{buttons}</div>
        </div>
      );
    };
    return Dropdown;
  }

  // a header is one line (two in English): a long label is shortened (信息保密) and says it whole on hover
  const columnTitle = (key: string) => {
    const full = t(`fields.${key}`);
    // a label cut short in a narrow column (English) is also whole on hover
    if (!i18n.exists(`clients.shortFields.${key}`)) return <span title={full}>{full}</span>;
    return (
      <Tooltip title={full}>
        <span data-testid={`column-title-${key}`}>{t(`clients.shortFields.${key}`)}</span>
      </Tooltip>
    );
  };

  const columns: ColumnsType<ClientListItem> = shownColumns.map((col) => {
    const base = {
      key: col.key,
      dataIndex: col.key,
      title: columnTitle(col.key),
      width: col.width,
      sorter: true,
      // the sort hint on the arrows only, so that the header's own tooltip can say what the column is
      showSorterTooltip: { target: 'sorter-icon' as const },
      sortOrder: query.sort === col.key ? (query.order === 'desc' ? ('descend' as const) : ('ascend' as const)) : null,
      filteredValue: filterValue(col.key, col.kind),
      // the filter button is named by its column (antd's icon says 'filter', in English)
      filterIcon: <FilterFilled aria-label={t('common.filterBy', { column: t(`fields.${col.key}`) })} />,
      ellipsis: col.kind === 'text' || col.kind === 'textList',
    };
    switch (col.kind) {
      case 'enum':
        return {
          ...base,
          filters: col.values!.map((v) => ({ text: col.key === 'status' ? t(`status.${v}`) : codeWords(col.key, v, lang) || v, value: v })),
          render: (v: string | null) =>
            v === null ? (
              ''
            ) : col.key === 'status' ? (
              <Tag color={v === 'active' ? 'green' : v === 'lost' ? 'default' : 'orange'}>{t(`status.${v}`)}</Tag>
            ) : (
              codeWords(col.key, v, lang) || v
            ),
        };
      case 'boolean':
        return {
          ...base,
          filters: [
            { text: t('common.yes'), value: 'true' },
            { text: t('common.no'), value: 'false' },
          ],
          render: (v: boolean) => (col.key === 'vip' ? v && <Tag color="gold">VIP</Tag> : v ? t('common.yes') : t('common.no')),
        };
      case 'branch':
        return {
          ...base,
          filters: branches.map((b) => ({ text: lang === 'en' ? b.nameEn : b.nameZh, value: b.id })),
          render: (_: string, c: ClientListItem) => pick(c.branchName, lang),
        };
      case 'textList':
        return { ...base, filterDropdown: dropdown(col.kind), render: (v: string[]) => v.join('; ') };
      case 'money':
        return {
          ...base,
          align: 'right' as const,
          filterDropdown: dropdown(col.kind),
          render: (v: number | null) => (v === null ? '' : formatMoney(v, lang)),
        };
      default:
        return {
          ...base,
          filterDropdown: dropdown(col.kind),
          ...(col.key === 'name'
            ? {
                fixed: 'left' as const,
                render: (v: string, c: ClientListItem) => (
                  <>
                    <Link to={`/clients/${c.id}`}>{v}</Link>
                    {c.formerNameFound && (
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} data-testid="former-name-found">
                        {t('clients.formerNameFound', { name: c.formerNameFound })}
                      </Typography.Text>
                    )}
                  </>
                ),
              }
            : {}),
        };
    }
  });

  async function upload(file: File) {
    setImporting(true);
    const form = new FormData();
    form.append('file', file);
    try {
      setOpenImport((await api('POST', '/api/clients/import', { body: form })).id);
    } catch (err) {
      showError(err);
    } finally {
      setImporting(false);
    }
  }

  const exportUrl = `/api/clients/export?${queryString({ ...query, page: undefined, pageSize: undefined, lang })}`;

  return (
    <Card
      title={t('nav.clients')}
      extra={
        <Space wrap>
          {may('clients:write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('clients.new')}
            </Button>
          )}
          {may('clients:import') && (
            <Button
              icon={<DownloadOutlined />}
              onClick={() => download(`/api/clients/import-template?lang=${lang}`, 'client-import-template.xlsx').catch(showError)}
            >
              {t('imports.template')}
            </Button>
          )}
          {may('clients:import') && (
            <Upload
              accept=".xlsx,.csv"
              showUploadList={false}
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={importing}>
                {importing ? t('clients.importing') : t('clients.import')}
              </Button>
            </Upload>
          )}
          {may('clients:import') && (
            <Dropdown
              trigger={['click']}
              onOpenChange={(open) => {
                if (open) void api('GET', '/api/clients/import').then(setRecentImports, showError);
              }}
              menu={{
                items: recentImports.length
                  ? recentImports.map((r) => ({
                      key: r.id,
                      label: `${cbDateTime(r.createdAt)}  ${r.fileName}  ·  ${importStatusText(r)}`,
                    }))
                  : [{ key: 'none', label: t('imports.noneYet'), disabled: true }],
                onClick: ({ key }) => setOpenImport(key),
              }}
            >
              <Button icon={<HistoryOutlined />} data-testid="recent-imports">
                {t('imports.recent')}
              </Button>
            </Dropdown>
          )}
          {me.role !== 'client' && (
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={async () => {
                setExporting(true);
                await download(exportUrl, 'clients.xlsx').catch(showError);
                setExporting(false);
              }}
            >
              {t('clients.export')}
            </Button>
          )}
        </Space>
      }
    >
      <Input.Search
        data-testid="client-search"
        allowClear
        enterButton
        placeholder={t('clients.searchPlaceholder')}
        aria-label={t('clients.searchPlaceholder')}
        defaultValue={query.q}
        onSearch={(q) => update({ q: q.trim() || undefined })}
        style={{ maxWidth: 480, marginBottom: 16 }}
      />
      <Table<ClientListItem>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={data.items}
        scroll={{ x: shownColumns.reduce((sum, c) => sum + c.width, 0) }}
        onChange={onTableChange}
        pagination={{
          current: Number(query.page ?? 1),
          pageSize: Number(query.pageSize ?? 20),
          total: data.total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => t('common.total', { total }),
        }}
      />
      <ClientFormModal
        open={creating}
        branches={branches}
        onClose={() => setCreating(false)}
        onSaved={() => {
          setCreating(false);
          void load();
        }}
      />
      <ClientImportPreviewModal
        importId={openImport}
        branches={branches}
        onClose={() => setOpenImport(null)}
        onDone={() => {
          setOpenImport(null);
          void load();
        }}
      />
    </Card>
  );
}
