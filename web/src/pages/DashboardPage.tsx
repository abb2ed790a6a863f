import { Alert, Button, Card, Col, Empty, List, Row, Space, Statistic, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api, grades, type Dashboard } from '../api.js';
import { barOption, ChartGrid, pieOption } from '../components/Chart.js';
import { DueTag, OverdueDays, dueItemLink } from '../components/DueTag.js';
import { MailStatusCard } from '../components/MailStatusCard.js';
import { useSession, useShowError } from '../session.js';

const red = { color: '#cf1322' };

/** 工作台: what is due, overdue and unusual today for the signed-in role, with charts. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const showError = useShowError();
  const { may } = useSession();
  const navigate = useNavigate();
  const [d, setD] = useState<Dashboard | null>(null);
  useEffect(() => {
    api('GET', '/api/dashboard').then(setD, showError);
  }, [showError]);

  const charts = useMemo(() => {
    if (!d) return null;
    return {
      byKind: d.dueByKind?.length
        ? barOption(
            d.dueByKind.map((k) => t(`dueKinds.${k.kind}`, { defaultValue: k.kind })),
            [
              { name: t('dashboard.overdue'), data: d.dueByKind.map((k) => k.overdue) },
              { name: t('dashboard.soon', { days: d.windowDays?.[0] }), data: d.dueByKind.map((k) => k.soon) },
            ],
            { stack: true },
          )
        : null,
      byMonth: d.dueByMonth?.length
        ? barOption(
            d.dueByMonth.map((m) => m.month),
            [{ name: t('dashboard.dueByMonth'), data: d.dueByMonth.map((m) => m.n) }],
          )
        : null,
      certificates:
        d.certificatesByStatus && Object.keys(d.certificatesByStatus).length
          ? pieOption(Object.entries(d.certificatesByStatus).map(([s, n]) => ({ name: t(`certStatus.${s}`), value: n })))
          : null,
      grades: d.gradeDistribution
        ? barOption([...grades], [{ name: t('dashboard.grades'), data: grades.map((g) => d.gradeDistribution![g] ?? 0) }])
        : null,
    };
  }, [d, t]);

  if (!d) return <Card loading />;
  if (d.portal) {
    return (
      <Card title={t('dashboard.title')} extra={t('dashboard.today', { date: d.today })}>
        <Space size="large" wrap>
          <Statistic title={t('dashboard.openSurveys')} value={d.portal.openSurveys} valueStyle={d.portal.openSurveys ? red : undefined} />
          {Object.entries(d.portal.certificates).map(([s, n]) => (
            <Statistic key={s} title={t('dashboard.certificatesWithStatus', { status: t(`certStatus.${s}`) })} value={n} />
          ))}
        </Space>
        {d.portal.openSurveys > 0 && (
          <div style={{ marginTop: 16 }}>
            <Button type="primary" onClick={() => navigate('/my-surveys')}>
              {t('dashboard.goSurveys')}
            </Button>
          </div>
        )}
      </Card>
    );
  }

  const tiles: { key: string; title: string; value: string | number; alarm: boolean; to?: string; extra?: string }[] = [];
  if (d.due) {
    tiles.push({
      key: 'overdue',
      title: t('dashboard.overdue'),
      value: d.due.counts.overdue,
      alarm: d.due.counts.overdue > 0,
      to: '/due?bucket=overdue',
    });
    tiles.push({
      key: 'first',
      title: t('dashboard.within', { days: d.due.windowDays[0] }),
      value: d.due.counts.first,
      alarm: false,
      to: '/due?bucket=first',
    });
  }
  if (d.unusual?.complaintsOverdue !== null && d.unusual?.complaintsOverdue !== undefined)
    tiles.push({
      key: 'complaints',
      title: t('dashboard.complaintsOverdue'),
      value: d.unusual.complaintsOverdue,
      alarm: d.unusual.complaintsOverdue > 0,
      to: '/complaints',
    });
  if (d.unusual?.incidentsOpen !== null && d.unusual?.incidentsOpen !== undefined)
    tiles.push({
      key: 'incidents',
      title: t('dashboard.incidentsOpen'),
      value: d.unusual.incidentsOpen,
      alarm: d.unusual.incidentsOpen > 0,
      to: '/incidents',
    });
  if (d.unusual?.mailFailed !== null && d.unusual?.mailFailed !== undefined)
    tiles.push({ key: 'mail', title: t('dashboard.mailFailed'), value: d.unusual.mailFailed, alarm: d.unusual.mailFailed > 0 });
  if (d.unusual?.suspended !== null && d.unusual?.suspended !== undefined)
    tiles.push({ key: 'suspended', title: t('dashboard.suspended'), value: d.unusual.suspended, alarm: false });
  // an auditor's: the held audits whose after-sales assessment waits for its work
  if (d.heldAudits)
    tiles.push({ key: 'held-audits', title: t('dashboard.heldAudits'), value: d.heldAudits.total, alarm: d.heldAudits.total > 0 });
  if (d.survey)
    tiles.push({
      key: 'survey',
      title: t('dashboard.returnRate'),
      value: d.survey.returnRate === null ? '—' : `${d.survey.returnRate}%`,
      alarm: d.survey.returnRate !== null && d.survey.returnRate < d.survey.target,
      to: '/surveys',
      extra: t('dashboard.target', { target: d.survey.target }),
    });
  if (d.classification)
    tiles.push({
      key: 'ungraded',
      title: t('dashboard.ungraded'),
      value: d.classification.total - d.classification.graded,
      alarm: d.classification.total > d.classification.graded && d.today > d.classification.dueOn,
      to: '/classification',
      extra: t('classification.dueOn', { date: d.classification.dueOn }),
    });
  if (d.communication)
    tiles.push({
      key: 'contacts',
      title: t('dashboard.belowContacts'),
      value: d.communication.below,
      alarm: false,
      to: '/communication',
      extra: `${t('dashboard.followUps', { done: d.communication.followUps, target: d.communication.followUpTarget })} · ${t('dashboard.events', { done: d.communication.events, required: d.communication.eventsRequired })}`,
    });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="dashboard">
      {d.backup && (d.backup.stale || d.backup.failing) && (
        <Alert
          type="warning"
          showIcon
          data-testid="backup-warning"
          message={[
            d.backup.failing && t('dashboard.backupFailing'),
            d.backup.stale && (d.backup.lastAt ? t('dashboard.backupStale', { days: d.backup.staleAfterDays }) : t('dashboard.backupNone')),
          ]
            .filter(Boolean)
            .join(' · ')}
          action={<Link to="/backups">{t('dashboard.backupOpen')}</Link>}
        />
      )}
      {!!d.holidayYearsMissing?.length && (
        <Alert
          type="warning"
          showIcon
          data-testid="holiday-years-missing"
          // SPEC §1: the administrator keeps the holiday calendar; anyone else is told whom to ask
          message={t(may('holidays:write') ? 'holidays.missingWarning' : 'holidays.missingWarningAskAdmin', {
            years: d.holidayYearsMissing.join(i18n.language === 'en' ? ', ' : '、'),
          })}
          action={
            <Link to={`/holidays?year=${d.holidayYearsMissing[0]}`}>
              {t(may('holidays:write') ? 'holidays.goToHolidays' : 'holidays.viewHolidays')}
            </Link>
          }
        />
      )}
      <Card title={t('dashboard.title')} extra={t('dashboard.today', { date: d.today })}>
        <Row gutter={[16, 16]}>
          {tiles.map((tile) => (
            <Col key={tile.key} xs={12} md={8} xl={6}>
              <Card size="small" hoverable={!!tile.to} onClick={() => tile.to && navigate(tile.to)} data-testid={`tile-${tile.key}`}>
                <Statistic title={tile.title} value={tile.value} valueStyle={tile.alarm ? red : undefined} />
                {tile.extra && <Typography.Text type="secondary">{tile.extra}</Typography.Text>}
              </Card>
            </Col>
          ))}
        </Row>
      </Card>
      {may('mail:status') && <MailStatusCard />}
      {d.heldAudits && (
        <Card
          title={t('dashboard.heldAudits')}
          size="small"
          data-testid="held-audits"
          extra={
            d.heldAudits.total > d.heldAudits.items.length &&
            t('dashboard.heldAuditsMore', { n: d.heldAudits.total - d.heldAudits.items.length })
          }
        >
          {d.heldAudits.items.length ? (
            <List
              size="small"
              dataSource={d.heldAudits.items}
              renderItem={(a) => (
                <List.Item
                  data-testid={`held-audit-${a.id}`}
                  actions={[
                    // where the work is done: the client's programmes, this audit's assessment open
                    <Link key="open" to={`/clients/${a.clientId}?tab=programmes&audit=${a.id}`}>
                      {t(`dashboard.owed.${a.owed}`)}
                    </Link>,
                  ]}
                >
                  <Space wrap>
                    <Typography.Text>
                      {a.actualStart ?? a.actualEnd} ~ {a.actualEnd}
                    </Typography.Text>
                    <Typography.Text strong>{a.clientName}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t(`auditTypes.${a.type}`)} · {t(`teamRoles.${a.teamRole}`)}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          ) : (
            <Empty description={t('dashboard.noHeldAudits')} />
          )}
        </Card>
      )}
      {d.myAudits && (
        <Card title={t('dashboard.myAudits')} size="small" data-testid="my-audits">
          {d.myAudits.length ? (
            <List
              size="small"
              dataSource={d.myAudits}
              renderItem={(a) => (
                <List.Item>
                  <Space>
                    <Typography.Text>
                      {a.plannedStart} ~ {a.plannedEnd}
                    </Typography.Text>
                    <Link to={`/clients/${a.clientId}?tab=programmes`}>{a.clientName}</Link>
                    <Typography.Text type="secondary">
                      {t(`auditTypes.${a.type}`)} · {t(`teamRoles.${a.teamRole}`)}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          ) : (
            <Empty description={t('dashboard.noAudits')} />
          )}
        </Card>
      )}
      {d.due && (
        <Card title={t('dashboard.overdueList')} size="small" extra={<Link to="/due?bucket=overdue">{t('nav.dueList')}</Link>}>
          {d.due.overdue.length ? (
            <List
              size="small"
              dataSource={d.due.overdue}
              renderItem={(item) => (
                <List.Item>
                  <Space wrap>
                    <DueTag item={item} />
                    <OverdueDays dueOn={item.dueOn} />
                    <Link to={dueItemLink(item)}>{item.clientName ?? t('dashboard.openItem')}</Link>
                  </Space>
                </List.Item>
              )}
              footer={
                d.due.counts.overdue > d.due.overdue.length && (
                  <Link to="/due?bucket=overdue" data-testid="more-overdue">
                    {t('dashboard.moreOverdue', { count: d.due.counts.overdue - d.due.overdue.length })}
                  </Link>
                )
              }
            />
          ) : (
            <Empty description={t('dashboard.noneOverdue')} />
          )}
        </Card>
      )}
      {charts && (
        <ChartGrid
          charts={[
            { title: t('dashboard.dueByKind', { days: d.windowDays?.[0] }), option: charts.byKind, testId: 'chart-due-kind' },
            { title: t('dashboard.dueByMonth'), option: charts.byMonth },
            { title: t('dashboard.certificates'), option: charts.certificates },
            { title: t('dashboard.grades'), option: charts.grades },
          ]}
        />
      )}
    </Space>
  );
}
