import { App as AntApp, Alert, Button, Card, InputNumber, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { StarIndicatorsCard } from '../components/StarIndicatorsCard.js';
import { pick, useSession, useShowError } from '../session.js';

interface Parameter {
  key: string;
  value: number;
  default: number;
  unit: string;
  min: number;
  max: number;
  section: string;
  label: { zh: string; en: string };
  version: number;
}

export function ParametersPage() {
  const { t } = useTranslation();
  const { may, lang } = useSession();
  const showError = useShowError();
  const { message } = AntApp.useApp();
  const [rows, setRows] = useState<Parameter[]>([]);
  const [drafts, setDrafts] = useState<Record<string, number | null>>({});
  const editable = may('parameters:write');

  const load = useCallback(() => api<Parameter[]>('GET', '/api/parameters').then(setRows, showError), [showError]);
  useEffect(() => {
    void load();
  }, [load]);

  async function save(p: Parameter) {
    const value = drafts[p.key];
    if (value === null || value === undefined) return;
    try {
      await api('PUT', `/api/parameters/${encodeURIComponent(p.key)}`, { value, version: p.version });
      void message.success(t('common.saved'));
      setDrafts(({ [p.key]: _, ...rest }) => rest);
    } catch (err) {
      showError(err);
    }
    void load();
  }

  return (
    <>
      <Card title={t('parameters.title')}>
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
                    {drafts[p.key] !== undefined && drafts[p.key] !== p.value && (
                      <Button size="small" type="primary" onClick={() => save(p)}>
                        {t('common.save')}
                      </Button>
                    )}
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
      <StarIndicatorsCard />
    </>
  );
}
