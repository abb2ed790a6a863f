import { App as AntApp, Alert, Button, Card, Empty, Input, InputNumber, Space, Switch, Table, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../api.js';
import { AccreditationsCard } from '../components/AccreditationsCard.js';
import { CertificateMarksCard } from '../components/CertificateMarksCard.js';
import { StarIndicatorsCard } from '../components/StarIndicatorsCard.js';
import { pick, useSession, useShowError } from '../session.js';

type Parameter = Answer<'/api/parameters', 'GET'>[number];

/** The area of the work each parameter governs, by the first part of its key; the page groups by these, in this order. */
const areas = {
  certificates: ['certificate', 'suspension', 'revocation', 'recertification'],
  audits: ['application', 'surveillance'],
  afterSales: ['afterSales'],
  deadlines: ['dueList', 'calendar'],
  risk: ['risk'],
  classification: ['classification'],
  surveys: ['survey'],
  communication: ['communication'],
  complaints: ['complaint'],
  reporting: ['cnca', 'certsearch'],
  system: ['mail', 'auth'],
} as const;
type Area = keyof typeof areas | 'other';
const areaOf = (key: string): Area =>
  (Object.keys(areas) as (keyof typeof areas)[]).find((a) => (areas[a] as readonly string[]).includes(key.split('.')[0]!)) ?? 'other';

/** 方案参数: every numeric rule of the scheme, grouped by the work it governs; yes/no settings as switches. */
export function ParametersPage() {
  const { t } = useTranslation();
  const { may, lang } = useSession();
  const showError = useShowError();
  const { message } = AntApp.useApp();
  const [rows, setRows] = useState<Parameter[]>([]);
  const [drafts, setDrafts] = useState<Record<string, number | null>>({});
  const [q, setQ] = useState('');
  const editable = may('parameters:write');

  const load = useCallback(() => api('GET', '/api/parameters').then(setRows, showError), [showError]);
  useEffect(() => {
    void load();
  }, [load]);

  // related values (the three survey weights, which add up to 100) are saved together, all or none
  const changed = rows.filter((p) => drafts[p.key] !== undefined && drafts[p.key] !== null && drafts[p.key] !== p.value);
  async function saveAll() {
    try {
      await api('PUT', '/api/parameters', {
        body: { changes: changed.map((p) => ({ key: p.key, value: drafts[p.key]!, version: p.version })) },
      });
      void message.success(t('common.saved'));
      setDrafts({});
    } catch (err) {
      showError(err);
    }
    void load();
  }

  const term = q.trim().toLowerCase();
  const groups = useMemo(() => {
    const found = rows.filter((p) => !term || `${p.label.zh} ${p.label.en}`.toLowerCase().includes(term));
    const order: Area[] = [...(Object.keys(areas) as Area[]), 'other'];
    return order.map((area) => ({ area, rows: found.filter((p) => areaOf(p.key) === area) })).filter((g) => g.rows.length > 0);
  }, [rows, term]);

  const isFlag = (p: Parameter) => p.unit === 'flag';
  const shown = (p: Parameter, value: number) =>
    isFlag(p) ? t(value ? 'parameters.yes' : 'parameters.no') : `${value} ${t(`units.${p.unit}`)}`;
  const valueCell = (p: Parameter) => {
    const label = pick(p.label, lang);
    if (!editable) return shown(p, p.value);
    if (isFlag(p))
      return (
        <Switch
          aria-label={label}
          checked={(drafts[p.key] ?? p.value) === 1}
          checkedChildren={t('parameters.yes')}
          unCheckedChildren={t('parameters.no')}
          onChange={(on) => setDrafts((d) => ({ ...d, [p.key]: on ? 1 : 0 }))}
        />
      );
    return (
      <Space>
        <InputNumber
          aria-label={label}
          min={p.min}
          max={p.max}
          value={drafts[p.key] ?? p.value}
          onChange={(v) => setDrafts((d) => ({ ...d, [p.key]: v }))}
        />
        <Typography.Text type="secondary">{t(`units.${p.unit}`)}</Typography.Text>
      </Space>
    );
  };

  return (
    <>
      <Card
        title={t('parameters.title')}
        extra={
          editable && (
            <Space>
              {changed.length > 0 && <Button onClick={() => setDrafts({})}>{t('common.cancel')}</Button>}
              <Button type="primary" disabled={changed.length === 0} onClick={saveAll} data-testid="parameters-save">
                {t('parameters.saveChanges', { count: changed.length })}
              </Button>
            </Space>
          )
        }
      >
        {!editable && <Alert type="info" showIcon message={t('parameters.readOnly')} style={{ marginBottom: 16 }} />}
        <Input.Search
          aria-label={t('parameters.search')}
          placeholder={t('parameters.searchPlaceholder')}
          allowClear
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ maxWidth: 420, marginBottom: 16 }}
          data-testid="parameters-search"
        />
        {rows.length > 0 && groups.length === 0 && <Empty description={t('parameters.none', { q: q.trim() })} />}
        {groups.map((g) => (
          <section key={g.area} data-testid={`parameters-${g.area}`} style={{ marginBottom: 24 }}>
            <Typography.Title level={2} style={{ fontSize: 15 }}>
              {t(`parameters.areas.${g.area}`)}
            </Typography.Title>
            <Table<Parameter>
              rowKey="key"
              size="small"
              dataSource={g.rows}
              pagination={false}
              columns={[
                { title: t('parameters.key'), render: (_, p) => pick(p.label, lang) },
                { title: t('parameters.value'), width: 260, render: (_, p) => valueCell(p) },
                { title: t('parameters.default'), width: 110, render: (_, p) => shown(p, p.default) },
                {
                  title: t('parameters.range'),
                  width: 130,
                  render: (_, p) => (isFlag(p) ? `${t('parameters.yes')} / ${t('parameters.no')}` : `${p.min} – ${p.max}`),
                },
              ]}
            />
          </section>
        ))}
      </Card>
      {/* the GB/T 27922 sheet is the audit programmes' (not the portal's) */}
      {may('certificates:list') && <CertificateMarksCard />}
      <AccreditationsCard />
      {may('programmes:read') && <StarIndicatorsCard />}
    </>
  );
}
