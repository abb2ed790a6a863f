import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Popconfirm,
  Segmented,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, type Answer } from '../api.js';
import { cbToday } from '../cb-time.js';
import { HolidayYearView } from '../components/HolidayYearView.js';
import { ProvisionalMark } from '../components/ProvisionalMark.js';
import { useSession, useShowError } from '../session.js';

type Holiday = Answer<'/api/holidays', 'GET'>[number];

type HolidayYear = Answer<'/api/holidays/years', 'GET'>[number];

type HolidayRange = ParsedNotice['ranges'][number];

type ParsedNotice = Answer<'/api/holidays/notice', 'POST'>;

type View = 'year' | 'list';

export function HolidaysPage() {
  const { t } = useTranslation();
  const { may, lang } = useSession();
  const showError = useShowError();
  const { message } = AntApp.useApp();
  // the year and the view are in the address (?year=2027&view=list): the dashboard's warning opens the year it is about
  const [params, setParams] = useSearchParams();
  const today = cbToday();
  const thisYear = Number(today.slice(0, 4));
  const year = Number(params.get('year')) || thisYear;
  const view: View = params.get('view') === 'list' ? 'list' : 'year';
  const setParam = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const [rows, setRows] = useState<Holiday[]>([]);
  const [editing, setEditing] = useState<Holiday | 'new' | null>(null);
  const [form] = Form.useForm();
  const [calc, setCalc] = useState<{ from: Dayjs; days: number; due?: string; provisional?: boolean }>({ from: dayjs(today), days: 7 });
  const [years, setYears] = useState<HolidayYear[]>([]);
  const [bulkOpen, setBulkOpen] = useState(false);
  const editable = may('holidays:write');

  const load = useCallback(() => {
    api('GET', '/api/holidays/years').then(setYears, showError);
    return api('GET', '/api/holidays', { query: { year } }).then(setRows, showError);
  }, [year, showError]);
  const status = years.find((y) => y.year === year);

  async function setEntered(entered: boolean) {
    try {
      await (entered
        ? api('PUT', '/api/holidays/years/{year}', { path: { year } })
        : api('DELETE', '/api/holidays/years/{year}', { path: { year } }));
      void message.success(t('common.saved'));
    } catch (err) {
      showError(err);
    }
    void load();
  }
  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    api('GET', '/api/working-days/add', { query: { from: calc.from.format('YYYY-MM-DD'), days: calc.days } }).then(
      (r) => setCalc((c) => (c.due === r.due && c.provisional === r.provisional ? c : { ...c, due: r.due, provisional: r.provisional })),
      () => undefined,
    );
  }, [calc.from, calc.days]);

  function open(h: Holiday | 'new') {
    setEditing(h);
    form.resetFields();
    if (h !== 'new') form.setFieldsValue({ ...h, date: dayjs(h.date) });
    else form.setFieldsValue({ kind: 'holiday' });
  }

  async function save() {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const date = (v.date as Dayjs).format('YYYY-MM-DD');
    const version = editing === 'new' ? (rows.find((r) => r.date === date)?.version ?? 0) : editing!.version;
    try {
      await api('PUT', '/api/holidays/{date}', { path: { date }, body: { kind: v.kind, nameZh: v.nameZh, nameEn: v.nameEn, version } });
      void message.success(t('common.saved'));
      setEditing(null);
    } catch (err) {
      showError(err);
    }
    void load();
  }

  async function remove(h: Holiday) {
    try {
      await api('DELETE', '/api/holidays/{date}', { path: { date: h.date }, query: { version: h.version } });
      void message.success(t('common.deleted'));
    } catch (err) {
      showError(err);
    }
    void load();
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        title={t('holidays.title')}
        extra={
          <Space wrap>
            <Segmented<View>
              value={view}
              onChange={(v) => setParam('view', v)}
              aria-label={t('holidays.view')}
              data-testid="holidays-view"
              options={[
                { value: 'year', label: t('holidays.yearView') },
                { value: 'list', label: t('holidays.listView') },
              ]}
            />
            <Select
              value={year}
              onChange={(y) => setParam('year', String(y))}
              aria-label={t('holidays.year')}
              options={[...new Set([...[-2, -1, 0, 1].map((d) => thisYear + d), ...years.map((y) => y.year), year])]
                .sort((a, b) => a - b)
                .map((y) => ({ value: y, label: y }))}
            />
            {editable && (
              <Button icon={<PlusOutlined />} onClick={() => setBulkOpen(true)} data-testid="holidays-bulk">
                {t('holidays.bulk')}
              </Button>
            )}
            {editable && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
                {t('common.add')}
              </Button>
            )}
          </Space>
        }
      >
        {status && (
          <Alert
            style={{ marginBottom: 12 }}
            type={status.entered ? 'success' : 'warning'}
            showIcon
            data-testid="holiday-year-status"
            message={t(status.entered ? 'holidays.entered' : 'holidays.notEntered', { year })}
            description={editable ? undefined : <span data-testid="holiday-who-maintains">{t('holidays.whoMaintains')}</span>}
            action={
              editable &&
              (status.entered ? (
                <Popconfirm title={t('holidays.confirmReopen', { year })} onConfirm={() => setEntered(false)}>
                  <Button size="small">{t('holidays.reopen')}</Button>
                </Popconfirm>
              ) : (
                <Popconfirm title={t('holidays.confirmMarkEntered', { year })} onConfirm={() => setEntered(true)}>
                  <Button size="small" type="primary">
                    {t('holidays.markEntered')}
                  </Button>
                </Popconfirm>
              ))
            }
          />
        )}
        {view === 'year' ? (
          <HolidayYearView year={year} today={today} rows={rows} editable={editable} onEdit={open} onChanged={load} />
        ) : (
          <Table<Holiday>
            data-testid="holidays-table"
            rowKey="date"
            size="small"
            dataSource={rows}
            pagination={false}
            columns={[
              { title: t('holidays.date'), dataIndex: 'date', width: 160, render: (d: string) => `${d} ${dayjs(d).format('ddd')}` },
              {
                title: t('holidays.kind'),
                dataIndex: 'kind',
                width: 140,
                render: (k: string) => <Tag color={k === 'holiday' ? 'red' : 'blue'}>{t(`holidays.${k}`)}</Tag>,
              },
              {
                title: lang === 'en' ? t('holidays.nameEn') : t('holidays.nameZh'),
                render: (_, h) => (lang === 'en' ? h.nameEn : h.nameZh),
              },
              ...(editable
                ? [
                    {
                      title: t('common.actions'),
                      width: 150,
                      render: (_: unknown, h: Holiday) => (
                        <Space>
                          <Button size="small" onClick={() => open(h)}>
                            {t('common.edit')}
                          </Button>
                          <Popconfirm title={t('holidays.confirmDelete', { date: h.date })} onConfirm={() => remove(h)}>
                            <Button size="small" danger>
                              {t('common.delete')}
                            </Button>
                          </Popconfirm>
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      <Card title={t('holidays.calculator')} size="small">
        <Space wrap>
          {t('holidays.from')}
          <DatePicker
            aria-label={t('holidays.from')}
            value={calc.from}
            onChange={(d) => d && setCalc({ from: d, days: calc.days })}
            allowClear={false}
          />
          +
          <InputNumber
            aria-label={t('holidays.days')}
            min={0}
            max={366}
            value={calc.days}
            onChange={(v) => setCalc({ from: calc.from, days: v ?? 0 })}
          />
          {t('holidays.days')} →
          <Typography.Text strong data-testid="calculator-due">
            {t('holidays.due')}：{calc.due ?? '…'}
          </Typography.Text>
          {calc.due && <ProvisionalMark dueOn={calc.due} provisional={!!calc.provisional} />}
        </Space>
      </Card>
      <Modal open={editing !== null} title={t('holidays.title')} onCancel={() => setEditing(null)} onOk={save} okText={t('common.save')}>
        <Form form={form} layout="vertical">
          <Form.Item name="date" label={t('holidays.date')} rules={[{ required: true }]}>
            <DatePicker disabled={editing !== 'new'} />
          </Form.Item>
          <DayFields />
        </Form>
      </Modal>
      {bulkOpen && (
        <BulkEntry
          year={year}
          entered={!!status?.entered}
          onClose={(saved) => {
            setBulkOpen(false);
            if (saved) void load();
          }}
        />
      )}
    </Space>
  );
}

/** Many days at once: a date range, or the State Council's notice read for review, saved all or none. */
function BulkEntry({ year, entered, onClose }: { year: number; entered: boolean; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const showError = useShowError();
  const { message } = AntApp.useApp();
  const [tab, setTab] = useState<'range' | 'notice'>('notice');
  const [rangeForm] = Form.useForm();
  const [noticeYear, setNoticeYear] = useState(year);
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<ParsedNotice | null>(null);
  const [markYear, setMarkYear] = useState(!entered);
  const [saving, setSaving] = useState(false);

  async function parse() {
    try {
      setParsed(await api('POST', '/api/holidays/notice', { body: { year: noticeYear, text } }));
    } catch (err) {
      showError(err);
    }
  }

  async function save() {
    let body: { ranges: HolidayRange[]; markYearEntered?: number };
    if (tab === 'range') {
      // a field left empty or wrong is marked on the form: nothing more to report
      const v = await rangeForm.validateFields().catch(() => null);
      if (!v) return;
      const [from, to] = v.range as [Dayjs, Dayjs];
      body = {
        ranges: [{ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD'), kind: v.kind, nameZh: v.nameZh, nameEn: v.nameEn }],
      };
    } else {
      if (!parsed?.ranges.length) return;
      body = { ranges: parsed.ranges, ...(markYear ? { markYearEntered: parsed.year } : {}) };
    }
    setSaving(true);
    try {
      const r = await api('POST', '/api/holidays/bulk', { body });
      void message.success(t('holidays.enteredCount', { count: r.entered }));
      onClose(true);
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
    }
  }

  const blocked = tab === 'notice' && (!parsed || parsed.ranges.length === 0 || parsed.problems.length > 0);
  return (
    <Modal
      open
      width={760}
      title={t('holidays.bulkTitle')}
      onCancel={() => onClose(false)}
      onOk={save}
      okText={t('common.save')}
      okButtonProps={{ disabled: blocked, loading: saving, 'data-testid': 'bulk-save' } as ButtonProps}
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as 'range' | 'notice')}
        items={[
          {
            key: 'notice',
            label: t('holidays.noticeTab'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Space>
                  {t('holidays.noticeYear')}
                  <InputNumber
                    min={2000}
                    max={2100}
                    value={noticeYear}
                    onChange={(v) => {
                      setNoticeYear(v ?? year);
                      setParsed(null);
                    }}
                  />
                </Space>
                <Input.TextArea
                  rows={8}
                  value={text}
                  data-testid="notice-text"
                  placeholder={t('holidays.noticePlaceholder', { year: noticeYear })}
                  onChange={(e) => {
                    setText(e.target.value);
                    setParsed(null);
                  }}
                />
                <Button onClick={parse} disabled={!text.trim()} data-testid="notice-parse">
                  {t('holidays.parse')}
                </Button>
                {parsed && parsed.problems.length > 0 && (
                  <Alert
                    type="error"
                    message={t('holidays.problems')}
                    description={
                      <List
                        size="small"
                        dataSource={parsed.problems}
                        renderItem={(p) => (
                          <List.Item>
                            {p.line ? t('holidays.line', { line: p.line }) : t('holidays.wholeText')}：{p.message[lang]}
                          </List.Item>
                        )}
                      />
                    }
                  />
                )}
                {parsed && parsed.problems.length === 0 && (
                  <>
                    <Alert type="info" message={parsed.ranges.length ? t('holidays.review') : t('holidays.nothingParsed')} />
                    <Table<HolidayRange>
                      size="small"
                      rowKey={(r) => `${r.from}-${r.kind}`}
                      dataSource={parsed.ranges}
                      pagination={false}
                      data-testid="notice-review"
                      columns={[
                        {
                          title: t('holidays.date'),
                          render: (_, r) =>
                            r.from === r.to
                              ? `${r.from} ${dayjs(r.from).format('ddd')}`
                              : `${r.from} ${dayjs(r.from).format('ddd')} ~ ${r.to} ${dayjs(r.to).format('ddd')}`,
                        },
                        {
                          title: t('holidays.kind'),
                          dataIndex: 'kind',
                          render: (k: string) => <Tag color={k === 'holiday' ? 'red' : 'blue'}>{t(`holidays.${k}`)}</Tag>,
                        },
                        {
                          title: lang === 'en' ? t('holidays.nameEn') : t('holidays.nameZh'),
                          render: (_, r) => (lang === 'en' ? r.nameEn : r.nameZh),
                        },
                      ]}
                    />
                    <Checkbox checked={markYear} onChange={(e) => setMarkYear(e.target.checked)}>
                      {t('holidays.markYear', { year: parsed.year })}
                    </Checkbox>
                  </>
                )}
              </Space>
            ),
          },
          {
            key: 'range',
            label: t('holidays.rangeTab'),
            children: (
              <Form form={rangeForm} layout="vertical" initialValues={{ kind: 'holiday' }}>
                <Form.Item name="range" label={t('holidays.range')} rules={[{ required: true }]}>
                  <DatePicker.RangePicker />
                </Form.Item>
                <DayFields />
              </Form>
            ),
          },
        ]}
      />
    </Modal>
  );
}

/** What a calendar entry says of its day or days: off or worked, and the name in both languages. */
function DayFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="kind" label={t('holidays.kind')} rules={[{ required: true }]}>
        <Select options={(['holiday', 'workday'] as const).map((k) => ({ value: k, label: t(`holidays.${k}`) }))} />
      </Form.Item>
      <Form.Item name="nameZh" label={t('holidays.nameZh')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="nameEn" label={t('holidays.nameEn')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
    </>
  );
}
