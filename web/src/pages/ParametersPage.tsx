import { App as AntApp, Alert, Button, Card, InputNumber, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../api.js';
import { StarIndicatorsCard } from '../components/StarIndicatorsCard.js';
import { pick, useSession, useShowError } from '../session.js';

type Parameter = Answer<'/api/parameters', 'GET'>[number];

export function ParametersPage() {
  const { t } = useTranslation();
  const { may, lang } = useSession();
  const showError = useShowError();
  const { message } = AntApp.useApp();
  const [rows, setRows] = useState<Parameter[]>([]);
  const [drafts, setDrafts] = useState<Record<string, number | null>>({});
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
        <Table<Parameter>
          rowKey="key"
          size="small"
          dataSource={rows}
          pagination={false}
          columns={[
            {
              title: t('parameters.section'),
              dataIndex: 'section',
              width: 90,
              filters: [...new Set(rows.map((r) => r.section))].map((s) => ({ text: s, value: s })),
              onFilter: (v, r) => r.section === v,
            },
            {
              title: t('parameters.key'),
              render: (_, p) => (
                <Space direction="vertical" size={0}>
                  <span>{pick(p.label, lang)}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {p.key}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: t('parameters.value'),
              width: 260,
              render: (_, p) =>
                editable ? (
                  <Space>
                    <InputNumber
                      min={p.min}
                      max={p.max}
                      value={drafts[p.key] ?? p.value}
                      onChange={(v) => setDrafts((d) => ({ ...d, [p.key]: v }))}
                    />
                    <Typography.Text type="secondary">{t(`units.${p.unit}`)}</Typography.Text>
                  </Space>
                ) : (
                  `${p.value} ${t(`units.${p.unit}`)}`
                ),
            },
            { title: t('parameters.default'), dataIndex: 'default', width: 90 },
            { title: t('parameters.range'), width: 110, render: (_, p) => `${p.min} – ${p.max}` },
          ]}
        />
      </Card>
      {/* the GB/T 27922 sheet is the audit programmes' (not the portal's) */}
      {may('programmes:read') && <StarIndicatorsCard />}
    </>
  );
}
