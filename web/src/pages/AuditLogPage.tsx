import { Alert, Button, Card, Drawer, Select, Space, Tabs } from 'antd';
import { AddressDateRange, AddressSearch } from '../components/AddressFilters.js';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddressFilters } from '../address-filters.js';
import { api, queryString, type AuditLogVocabulary, type HistoryEntry, type Answer } from '../api.js';
import { ExportButton } from '../components/ExportButton.js';
import { HistoryTable } from '../components/HistoryTable.js';
import { pick, useSession, useShowError } from '../session.js';

const FILTERS = ['from', 'to', 'actorId', 'entity', 'action', 'record', 'q'] as const;
const DEFAULT_PAGE_SIZE = 50;

/**
 * 审计日志 (issue 17.9, 17.10): every change, sign-in and refusal, for the administrator and
 * quality-technical; filters in the address bar, a record's whole history in a drawer, the
 * filtered log as Excel. Everything is as the server wrote it out, in the user's language.
 */
export function AuditLogPage() {
  const { t } = useTranslation();
  const { lang } = useSession();
  const showError = useShowError();
  const { params, setParams, update } = useAddressFilters();
  const [vocabulary, setVocabulary] = useState<AuditLogVocabulary | null>(null);
  const [data, setData] = useState<Answer<'/api/audit-log', 'GET'>>({ items: [], total: 0 });
  const [loading, setLoading] = useState(false);
  const [opened, setOpened] = useState<HistoryEntry | null>(null);
  const [story, setStory] = useState<HistoryEntry[] | null>(null);

  const category = params.get('category') === 'security' ? 'security' : 'changes';
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? DEFAULT_PAGE_SIZE);
  const filters = useMemo(() => Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined])), [params]);
  const query = useMemo(() => ({ ...filters, category: category as typeof category }), [filters, category]);

  useEffect(() => {
    api('GET', '/api/audit-log/vocabulary').then(setVocabulary, showError);
  }, [showError]);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setData(await api('GET', '/api/audit-log', { query: { ...query, page, pageSize } }));
    } catch (err) {
      showError(err);
    } finally {
      setLoading(false);
    }
  }, [query, page, pageSize, showError]);
  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    // the record opened before stays neither on screen nor, answering late, over the new one
    setStory(null);
    if (!opened) return;
    let current = true;
    api('GET', '/api/audit-log/record', { query: { entity: opened.entity, entityId: opened.entityId } }).then(
      (entries) => current && setStory(entries),
      showError,
    );
    return () => {
      current = false;
    };
  }, [opened, showError]);

  // the security tab is the account's (entity user): its actions only
  const entities = (vocabulary?.entities ?? []).filter((e) => (category === 'security' ? e.entity === 'user' : e.entity !== 'user'));
  const actions = entities.filter((e) => !filters.entity || e.entity === filters.entity).flatMap((e) => e.actions);
  const actionOptions = [...new Map(actions.map((a) => [a.action, pick(a.label, lang)])).entries()].map(([value, label]) => ({
    value,
    label,
    title: label,
  }));

  const filterBar = (
    <Space wrap style={{ marginBottom: 16 }} data-testid="audit-log-filters">
      <AddressDateRange from="from" to="to" filters={filters} update={update} placeholder={[t('auditLog.from'), t('auditLog.to')]} />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        style={{ width: 180 }}
        placeholder={t('auditLog.actor')}
        aria-label={t('auditLog.actor')}
        value={filters.actorId}
        onChange={(actorId) => update({ actorId })}
        options={(vocabulary?.actors ?? []).map((a) => ({ value: a.id, label: `${a.name}（${a.username}）` }))}
        data-testid="audit-log-actor"
      />
      {category === 'changes' && (
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 180 }}
          placeholder={t('auditLog.kind')}
          aria-label={t('auditLog.kind')}
          value={filters.entity}
          onChange={(entity) => update({ entity, action: undefined })}
          options={entities.map((e) => ({ value: e.entity, label: pick(e.label, lang), title: pick(e.label, lang) }))}
          data-testid="audit-log-entity"
        />
      )}
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        style={{ width: 180 }}
        placeholder={t('auditLog.action')}
        aria-label={t('auditLog.action')}
        value={filters.action}
        onChange={(action) => update({ action })}
        options={actionOptions}
        data-testid="audit-log-action"
      />
      <AddressSearch
        name="record"
        filters={filters}
        update={update}
        label={t('auditLog.recordFilter')}
        title={t('auditLog.recordHint')}
        width={220}
        testId="audit-log-record"
      />
      <AddressSearch name="q" filters={filters} update={update} label={t('auditLog.search')} width={240} testId="audit-log-search" />
      <Button onClick={() => setParams(category === 'security' ? { category } : {}, { replace: true })}>{t('auditLog.reset')}</Button>
    </Space>
  );

  const table = (
    <HistoryTable
      testId="audit-log"
      entries={data.items}
      loading={loading}
      withRecord
      withAddress={category === 'security'}
      onRecord={setOpened}
      pagination={{
        current: page,
        pageSize,
        total: data.total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (total) => t('common.total', { total }),
      }}
      onPage={(p, size) =>
        update({ page: p === 1 ? undefined : String(p), pageSize: size === DEFAULT_PAGE_SIZE ? undefined : String(size) })
      }
    />
  );

  return (
    <Card
      title={t('auditLog.title')}
      extra={<ExportButton url={`/api/audit-log/export?${queryString(query)}`} fallbackName="audit-log.xlsx" />}
    >
      <Alert type="info" showIcon message={t('auditLog.readOnly')} style={{ marginBottom: 16 }} />
      <Tabs
        activeKey={category}
        onChange={(key) => setParams(key === 'security' ? { category: key } : {}, { replace: true })}
        items={[
          { key: 'changes', label: t('auditLog.changes') },
          { key: 'security', label: t('auditLog.security') },
        ]}
      />
      {filterBar}
      {table}
      <Drawer
        open={opened !== null}
        width={1000}
        onClose={() => setOpened(null)}
        title={opened ? t('auditLog.history', { record: `${pick(opened.entityLabel, lang)} ${pick(opened.record, lang)}` }) : ''}
        data-testid="audit-log-record-history"
      >
        <HistoryTable testId="record-history" entries={story ?? []} loading={story === null} withAddress />
      </Drawer>
    </Card>
  );
}
