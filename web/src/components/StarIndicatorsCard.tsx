import { App as AntApp, Button, Card, InputNumber, Space, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../api.js';
import { pick, useSession, useShowError } from '../session.js';

type Indicator = Answer<'/api/star-indicators', 'GET'>[number];

/** GB/T 27922 评价指标: the points of each item and the star level from which it is required; admins edit them. */
export function StarIndicatorsCard() {
  const { t } = useTranslation();
  const { may, lang } = useSession();
  const { message } = AntApp.useApp();
  const showError = useShowError();
  const [rows, setRows] = useState<Indicator[]>([]);
  const [drafts, setDrafts] = useState<Record<string, { points: number; requiredFrom: number | null }>>({});
  const editable = may('parameters:write');
  const load = useCallback(() => api('GET', '/api/star-indicators').then(setRows, showError), [showError]);
  useEffect(() => {
    void load();
  }, [load]);

  async function save(i: Indicator) {
    const draft = drafts[i.code];
    if (!draft) return;
    try {
      await api('PUT', '/api/star-indicators/{code}', { path: { code: i.code }, body: { version: i.version, ...draft } });
      void message.success(t('common.saved'));
      setDrafts(({ [i.code]: _, ...rest }) => rest);
      void load();
    } catch (err) {
      showError(err);
    }
  }

  const total = rows.reduce((s, i) => s + (drafts[i.code]?.points ?? i.points), 0);
  return (
    <Card title={`${t('stars.indicators')}（${t('stars.totalPoints', { total })}）`} style={{ marginTop: 16 }}>
      <Table<Indicator>
        data-testid="star-indicators"
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('stars.group'), render: (_, i) => pick({ zh: i.groupNameZh, en: i.groupNameEn }, lang) },
          { title: t('stars.indicator'), render: (_, i) => `${i.code} ${pick({ zh: i.nameZh, en: i.nameEn }, lang)}` },
          {
            title: t('stars.points'),
            render: (_, i) => (
              <InputNumber
                aria-label={`${i.code} ${t('stars.points')}`}
                disabled={!editable}
                min={0}
                max={100}
                value={drafts[i.code]?.points ?? i.points}
                onChange={(v) =>
                  setDrafts({ ...drafts, [i.code]: { points: v ?? 0, requiredFrom: drafts[i.code]?.requiredFrom ?? i.requiredFrom } })
                }
              />
            ),
          },
          {
            title: t('stars.requiredFrom'),
            render: (_, i) => (
              <InputNumber
                aria-label={`${i.code} ${t('stars.requiredFrom')}`}
                disabled={!editable}
                min={1}
                max={5}
                value={drafts[i.code]?.requiredFrom ?? i.requiredFrom ?? undefined}
                onChange={(v) =>
                  setDrafts({ ...drafts, [i.code]: { points: drafts[i.code]?.points ?? i.points, requiredFrom: v ?? null } })
                }
              />
            ),
          },
          {
            title: t('common.actions'),
            render: (_, i) =>
              drafts[i.code] && (
                <Space>
                  <Button size="small" type="primary" onClick={() => save(i)}>
                    {t('common.save')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}
