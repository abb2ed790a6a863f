import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, download, queryString, type Incident } from '../api.js';
import { ProvisionalMark } from '../components/ProvisionalMark.js';
import { pick, useSession, useShowError } from '../session.js';
import { CaseAnalysisCard } from './AnalysisSections.js';

type Status = Incident['status'] | 'all';

/** 风险事件: every incident opened from a confirmed risk item or a client's own report, with what it still owes. */
export function IncidentsPage() {
  const { t } = useTranslation();
  const { lang, may } = useSession();
  const showError = useShowError();
  const [status, setStatus] = useState<Status>('open');
  const [overdue, setOverdue] = useState(false);
  const [rows, setRows] = useState<Incident[] | null>(null);
  const query = useMemo(
    () => ({ status: status === 'all' ? undefined : status, overdue: overdue ? 'true' : undefined }),
    [status, overdue],
  );
  const load = useCallback(() => api('GET', '/api/incidents', { query }).then(setRows, showError), [query, showError]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <Card
        title={t('incidents.title')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            onClick={() => download(`/api/incidents/export?${queryString({ ...query, lang })}`, 'incidents.xlsx').catch(showError)}
          >
            {t('incidents.export')}
          </Button>
        }
      >
        <Space style={{ marginBottom: 16 }} wrap>
          <Segmented<Status>
            value={status}
            onChange={setStatus}
            options={[
              ...(['open', 'closed'] as const).map((s) => ({ value: s, label: t(`incidents.status.${s}`) })),
              { value: 'all' as const, label: t('dueList.allDue') },
            ]}
          />
          <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)}>
            {t('incidents.overdueOnly')}
          </Checkbox>
        </Space>
        <IncidentTable rows={rows} lang={lang} />
      </Card>
      {may('analyses:read') && <CaseAnalysisCard of="incidents" />}
    </>
  );
}

export function IncidentTable({ rows, lang }: { rows: Incident[] | null; lang: string }) {
  const { t } = useTranslation();
  const { hides } = useSession();
  return (
    <Table<Incident>
      data-testid="incidents"
      rowKey="id"
      size="small"
      loading={!rows}
      dataSource={rows ?? []}
      pagination={{ pageSize: 50 }}
      columns={[
        {
          title: t('incidents.client'),
          render: (_, i) => (
            <Space direction="vertical" size={0}>
              <Link to={`/incidents/${i.id}`}>{i.clientName}</Link>
              <Typography.Text type="secondary">{pick(i.branchName, lang)}</Typography.Text>
            </Space>
          ),
        },
        { title: t('risk.fields.kind'), width: 70, render: (_, i) => t(`riskKinds.${i.kind}`) },
        { title: t('incidents.eventOn'), dataIndex: 'eventOn', width: 110 },
        // the CB's deadlines and steps, for those who see them (not the portal)
        ...(hides('incident', 'owed')
          ? []
          : [
              {
                title: t('incidents.reportDueOn'),
                width: 150,
                render: (_: unknown, i: Incident) => (
                  <span data-testid="incident-report-due">
                    {i.reportDueOn}
                    <ProvisionalMark dueOn={i.reportDueOn} provisional={i.reportDueProvisional} />
                  </span>
                ),
              },
              {
                title: t('incidents.owed'),
                render: (_: unknown, i: Incident) =>
                  i.owed.length === 0
                    ? t('incidents.none')
                    : i.owed.map((s) => (
                        <span key={s.kind}>
                          <Tag color={s.overdue ? 'red' : 'orange'}>
                            {t(`incidentSteps.${s.kind}`)} · {s.dueOn}
                          </Tag>
                          <ProvisionalMark dueOn={s.dueOn} provisional={s.provisional} />
                        </span>
                      )),
              },
            ]),
        {
          title: t('common.status'),
          width: 90,
          render: (_, i) => <Tag color={i.status === 'open' ? 'orange' : 'default'}>{t(`incidents.status.${i.status}`)}</Tag>,
        },
      ]}
    />
  );
}
