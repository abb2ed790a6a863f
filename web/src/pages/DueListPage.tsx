import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Calendar, Card, Segmented, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { zh } from '../i18n/zh.js';
import { api, download, queryString, type Branch, type DueItem, type DueList } from '../api.js';
import { gradeColor } from '../components/ClassificationPanel.js';
import { bucketColor } from '../components/DueTag.js';
import { ProvisionalMark } from '../components/ProvisionalMark.js';
import { pick, useSession, useShowError } from '../session.js';

type BucketFilter = 'due' | 'overdue' | 'first' | 'second' | 'third';
const departments = ['audit_management', 'customer_service', 'decision_maker'];
// every kind the due-list knows has a label: the catalogue is the list
const kinds = Object.keys(zh.dueKinds);
const PAGE_SIZE = 50;
const CALENDAR_MAX = 500;

/** 到期提醒: what each department and branch owes, by how soon, as a list or a calendar. */
export function DueListPage() {
  const { t } = useTranslation();
  const { me, lang } = useSession();
  const showError = useShowError();
  const [bucket, setBucket] = useState<BucketFilter>('due');
  const [department, setDepartment] = useState<string | undefined>(departments.includes(me.role) ? me.role : undefined);
  const [kind, setKind] = useState<string>();
  const [branchId, setBranchId] = useState<string>();
  const [branches, setBranches] = useState<Branch[]>([]);
  const [page, setPage] = useState(1);
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const [month, setMonth] = useState(dayjs());
  const [data, setData] = useState<DueList | null>(null);
  const [monthList, setMonthList] = useState<DueList | null>(null);

  const filters = { department, kind, branchId };
  const filterKey = JSON.stringify(filters);

  useEffect(() => {
    api('GET', '/api/branches').then(setBranches, () => setBranches([]));
  }, []);

  const load = useCallback(async () => {
    try {
      setData(await api('GET', '/api/due-items', { query: { ...JSON.parse(filterKey), bucket, page, pageSize: PAGE_SIZE } }));
    } catch (err) {
      showError(err);
    }
  }, [filterKey, bucket, page, showError]);

  const loadMonth = useCallback(async () => {
    const from = month.startOf('month').startOf('week').format('YYYY-MM-DD');
    const to = month.endOf('month').endOf('week').format('YYYY-MM-DD');
    try {
      const query = { ...JSON.parse(filterKey), bucket: 'all', from, to, pageSize: CALENDAR_MAX };
      setMonthList(await api('GET', '/api/due-items', { query }));
    } catch (err) {
      showError(err);
    }
  }, [filterKey, month, showError]);

  useEffect(() => {
    if (view === 'list') void load();
    else void loadMonth();
  }, [view, load, loadMonth]);

  const windowLabel = (b: BucketFilter) => {
    if (b === 'due') return t('dueList.allDue');
    if (b === 'overdue') return t('dueList.overdue');
    const days = data?.windowDays[{ first: 0, second: 1, third: 2 }[b]];
    return t('dueList.within', { days });
  };
  const count = (b: BucketFilter) => {
    if (!data) return '';
    const c = data.counts;
    return b === 'due' ? c.overdue + c.first + c.second + c.third : c[b];
  };
  const change =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  return (
    <Card
      title={t('dueList.title')}
      extra={
        <Space>
          <Segmented
            value={view}
            onChange={(v) => setView(v as 'list' | 'calendar')}
            options={[
              { value: 'list', label: t('dueList.list') },
              { value: 'calendar', label: t('dueList.calendar') },
            ]}
          />
          <Button
            icon={<DownloadOutlined />}
            onClick={() => download(`/api/due-items/export?${queryString({ ...filters, bucket, lang })}`, 'due-list.xlsx').catch(showError)}
          >
            {t('dueList.export')}
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        {view === 'list' && (
          <Segmented<BucketFilter>
            data-testid="due-buckets"
            value={bucket}
            onChange={change(setBucket)}
            options={(['due', 'overdue', 'first', 'second', 'third'] as const).map((b) => ({
              value: b,
              label: (
                <Space size={4}>
                  {windowLabel(b)}
                  <Badge
                    count={count(b)}
                    showZero
                    color={b === 'overdue' ? 'red' : b === 'due' ? 'blue' : bucketColor[b]}
                    overflowCount={9999}
                  />
                </Space>
              ),
            }))}
          />
        )}
        <Select
          allowClear
          placeholder={t('dueList.department')}
          style={{ width: 150 }}
          value={department}
          onChange={change(setDepartment)}
          options={departments.map((d) => ({ value: d, label: t(`departments.${d}`) }))}
        />
        <Select
          allowClear
          placeholder={t('dueList.kind')}
          style={{ width: 170 }}
          value={kind}
          onChange={change(setKind)}
          options={kinds.map((k) => ({ value: k, label: t(`dueKinds.${k}`) }))}
        />
        {me.branchId === null && (
          <Select
            allowClear
            placeholder={t('dueList.branch')}
            style={{ width: 150 }}
            value={branchId}
            onChange={change(setBranchId)}
            options={branches.map((b) => ({ value: b.id, label: lang === 'en' ? b.nameEn : b.nameZh }))}
          />
        )}
      </Space>
      {view === 'list' ? (
        <Table<DueItem>
          data-testid="due-items"
          rowKey="id"
          size="small"
          loading={!data}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('dueList.empty') }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
            onChange: setPage,
          }}
          columns={[
            {
              title: t('dueList.dueOn'),
              dataIndex: 'dueOn',
              width: 150,
              render: (v: string, i) => (
                <Space size={4}>
                  <Tag color={bucketColor[i.bucket]}>{v}</Tag>
                  <ProvisionalMark dueOn={v} provisional={i.provisional} />
                  {i.bucket === 'overdue' && <Typography.Text type="danger">{dayjs().diff(dayjs(v), 'day')}d</Typography.Text>}
                </Space>
              ),
            },
            {
              title: t('dueList.kind'),
              render: (_, i) =>
                `${t(`dueKinds.${i.kind}`, { defaultValue: i.kind })}${i.sequence ? ` ${t('programmes.sequence', { n: i.sequence })}` : ''}`,
            },
            {
              title: t('dueList.client'),
              render: (_, i) => (
                <Space size={4}>
                  <Link to={dueItemLink(i)}>{i.clientName ?? t('dueList.wholeCb')}</Link>
                  {i.clientVip && <Tag color="gold">VIP</Tag>}
                  {i.clientGrade && <Tag color={gradeColor(i.clientGrade)}>{i.clientGrade}</Tag>}
                </Space>
              ),
            },
            { title: t('dueList.certificate'), dataIndex: 'certificateNo' },
            { title: t('dueList.branch'), render: (_, i) => (i.branchName ? pick(i.branchName, lang) : '') },
            { title: t('dueList.department'), render: (_, i) => t(`departments.${i.department}`, { defaultValue: i.department }) },
            {
              title: t('dueList.plannedOn'),
              render: (_, i) =>
                i.plannedAfterDue ? (
                  <Tooltip title={t('dueList.plannedAfterDue')}>
                    <Typography.Text type="danger">{i.plannedOn}</Typography.Text>
                  </Tooltip>
                ) : (
                  (i.plannedOn ?? (i.opensOn ? `${t('dueList.opensOn')} ${i.opensOn}` : ''))
                ),
            },
            { title: t('dueList.basis'), render: (_, i) => t(`dueBases.${i.basis}`, { defaultValue: i.basis }) },
          ]}
        />
      ) : (
        <>
          {monthList && monthList.total > monthList.items.length && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('dueList.calendarTruncated', { shown: monthList.items.length, total: monthList.total })}
            />
          )}
          <DueCalendar month={month} items={monthList?.items ?? []} onMonth={setMonth} />
        </>
      )}
    </Card>
  );
}

function DueCalendar({ month, items, onMonth }: { month: Dayjs; items: DueItem[]; onMonth: (d: Dayjs) => void }) {
  const { t } = useTranslation();
  const byDay = new Map<string, DueItem[]>();
  for (const i of items) byDay.set(i.dueOn, [...(byDay.get(i.dueOn) ?? []), i]);
  return (
    <div data-testid="due-calendar">
      <Calendar
        value={month}
        onPanelChange={(d) => onMonth(d)}
        onSelect={(d, info) => info.source !== 'date' && onMonth(d)}
        cellRender={(d, info) => {
          if (info.type !== 'date') return info.originNode;
          const list = byDay.get(d.format('YYYY-MM-DD')) ?? [];
          return (
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {list.slice(0, 3).map((i) => (
                <li key={i.id} style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                  <Badge color={bucketColor[i.bucket] === 'default' ? 'gray' : bucketColor[i.bucket]} />
                  <Link to={dueItemLink(i)}>
                    {t(`dueKinds.${i.kind}`, { defaultValue: i.kind })} {i.clientName ?? ''}
                  </Link>
                  <ProvisionalMark dueOn={i.dueOn} provisional={i.provisional} />
                </li>
              ))}
              {list.length > 3 && <li>{t('dueList.more', { n: list.length - 3 })}</li>}
            </ul>
          );
        }}
      />
    </div>
  );
}

/** Where the work of a due item is done: the complaints register, its client, or the reporting page for what the CB owes. */
function dueItemLink(i: DueItem): string {
  if (i.kind === 'complaint_answer' || i.kind === 'appeal_answer') return '/complaints';
  if (i.kind === 'application_review') return '/applications';
  return i.clientId ? `/clients/${i.clientId}` : '/reports';
}
