import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Calendar, Card, Segmented, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { zh } from '../i18n/zh.js';
import { api, download, queryString, type Branch, type DueItem, type DueList } from '../api.js';
import { cbToday, cbTodayDayjs, daysBetween } from '../cb-time.js';
import { gradeColor } from '../components/ClassificationPanel.js';
import { bucketColor, dueItemLink, OverdueDays } from '../components/DueTag.js';
import { ProvisionalMark } from '../components/ProvisionalMark.js';
import { pick, useSession, useShowError } from '../session.js';

type BucketFilter = 'due' | 'overdue' | 'first' | 'second' | 'third';
const bucketFilters: readonly BucketFilter[] = ['due', 'overdue', 'first', 'second', 'third'];
// the departments that own due items; a member of the first four opens its own department's list, as its dashboard counts it
const departments = ['audit_management', 'customer_service', 'quality_technical', 'decision_maker', 'general_admin'];
const ownListDepartments = departments.slice(0, 4);
// every kind the due-list knows has a label: the catalogue is the list
const kinds = Object.keys(zh.dueKinds);
const PAGE_SIZE = 50;
const CALENDAR_MAX = 500;
const CALENDAR_DAYS = 42;

/** 到期提醒: what each department and branch owes, by how soon, as a list or a calendar. */
export function DueListPage() {
  const { t } = useTranslation();
  const { me, lang } = useSession();
  const showError = useShowError();
  // the window and the view are in the address (?bucket=overdue, ?view=calendar): the dashboard's 已逾期 opens the overdue items
  const [search, setSearch] = useSearchParams();
  const bucketParam = search.get('bucket') as BucketFilter | null;
  const bucket: BucketFilter = bucketParam && bucketFilters.includes(bucketParam) ? bucketParam : 'due';
  const view: 'list' | 'calendar' = search.get('view') === 'calendar' ? 'calendar' : 'list';
  const setParam = (key: string, value: string | undefined) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === undefined) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const setBucket = (b: BucketFilter) => setParam('bucket', b === 'due' ? undefined : b);
  const setView = (v: 'list' | 'calendar') => setParam('view', v === 'list' ? undefined : v);
  const [department, setDepartment] = useState<string | undefined>(ownListDepartments.includes(me.role) ? me.role : undefined);
  const [kind, setKind] = useState<string>();
  const [branchId, setBranchId] = useState<string>();
  const [branches, setBranches] = useState<Branch[]>([]);
  const [page, setPage] = useState(1);
  const [month, setMonth] = useState(cbTodayDayjs());
  const [data, setData] = useState<DueList | null>(null);
  const [monthList, setMonthList] = useState<DueList | null>(null);
  // what is overdue and due before the calendar's first day: it cannot be shown on its date, so it is said above
  const [overdueBefore, setOverdueBefore] = useState<DueList | null>(null);

  // a window chosen elsewhere (a link) starts at its first page
  useEffect(() => setPage(1), [bucket]);

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
    // the calendar shows six weeks from the week of the month's first day
    const first = month.startOf('month').startOf('week');
    const from = first.format('YYYY-MM-DD');
    const to = first.add(CALENDAR_DAYS - 1, 'day').format('YYYY-MM-DD');
    try {
      const filters = JSON.parse(filterKey);
      const before = first.subtract(1, 'day').format('YYYY-MM-DD');
      const [inMonth, earlier] = await Promise.all([
        api('GET', '/api/due-items', { query: { ...filters, bucket: 'all', from, to, pageSize: CALENDAR_MAX } }),
        api('GET', '/api/due-items', { query: { ...filters, bucket: 'overdue', to: before, pageSize: 1 } }),
      ]);
      setMonthList(inMonth);
      setOverdueBefore(earlier);
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
            data-testid="due-view"
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
      {view === 'list' && (
        // on a phone the windows scroll sideways in their own strip, not the page
        <div style={{ overflowX: 'auto', marginBottom: 12 }}>
          <Segmented<BucketFilter>
            data-testid="due-buckets"
            value={bucket}
            onChange={change(setBucket)}
            options={bucketFilters.map((b) => ({
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
        </div>
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={t('dueList.department')}
          aria-label={t('dueList.department')}
          style={{ width: 150 }}
          value={department}
          onChange={change(setDepartment)}
          options={departments.map((d) => ({ value: d, label: t(`departments.${d}`) }))}
        />
        <Select
          allowClear
          placeholder={t('dueList.kind')}
          aria-label={t('dueList.kind')}
          style={{ width: 170 }}
          value={kind}
          onChange={change(setKind)}
          options={kinds.map((k) => ({ value: k, label: t(`dueKinds.${k}`) }))}
        />
        {me.branchId === null && (
          <Select
            allowClear
            placeholder={t('dueList.branch')}
            aria-label={t('dueList.branch')}
            style={{ width: 150 }}
            value={branchId}
            onChange={change(setBranchId)}
            options={branches.map((b) => ({ value: b.id, label: lang === 'en' ? b.nameEn : b.nameZh }))}
          />
        )}
      </Space>
      {view === 'list' ? (
        <Table<DueItem>
          scroll={{ x: 'max-content' }}
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
                  {i.bucket === 'overdue' && <OverdueDays dueOn={v} />}
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
          {overdueBefore && overdueBefore.total > 0 && (
            <Alert
              type="error"
              showIcon
              data-testid="calendar-overdue-before"
              style={{ marginBottom: 12 }}
              message={t('dueList.overdueBefore', { count: overdueBefore.total, first: overdueBefore.items[0]?.dueOn })}
              action={
                <Space>
                  <Button size="small" onClick={() => setMonth(dayjs(overdueBefore.items[0]!.dueOn))}>
                    {t('dueList.goEarliest')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    onClick={() => {
                      setPage(1);
                      setSearch({ bucket: 'overdue' }, { replace: true });
                    }}
                  >
                    {t('dueList.showOverdue')}
                  </Button>
                </Space>
              }
            />
          )}
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
              {list.slice(0, 3).map((i) => {
                const what = `${t(`dueKinds.${i.kind}`, { defaultValue: i.kind })} ${i.clientName ?? ''}`;
                const overdue = i.bucket === 'overdue';
                return (
                  <li
                    key={i.id}
                    data-testid={overdue ? 'calendar-overdue' : undefined}
                    title={overdue ? `${t('dueList.overdueDays', { count: daysBetween(i.dueOn, cbToday()) })} · ${what}` : what}
                    style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
                  >
                    <Badge color={bucketColor[i.bucket] === 'default' ? 'gray' : bucketColor[i.bucket]} />
                    {overdue && <Typography.Text type="danger">{t('dueList.overdue')} </Typography.Text>}
                    <Link to={dueItemLink(i)}>{what}</Link>
                    <ProvisionalMark dueOn={i.dueOn} provisional={i.provisional} />
                  </li>
                );
              })}
              {list.length > 3 && <li>{t('dueList.more', { n: list.length - 3 })}</li>}
            </ul>
          );
        }}
      />
    </div>
  );
}
