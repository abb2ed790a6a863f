import { PlusOutlined } from '@ant-design/icons';
import { ClientSelect } from '../components/ClientSelect.js';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type Answer, type ClientEvent, type ClientRequest, type Loss, type MeterGroup, type Staff, type Suggestion } from '../api.js';
import { afterCbToday, cbTodayDayjs, cbYear } from '../cb-time.js';
import { ExportButton } from '../components/ExportButton.js';
import { usePersonLabel, useSave, useSession, useShowError } from '../session.js';
import { ChurnAnalysisSection, FollowUpSection } from './AnalysisSections.js';

const requestClasses = ['unreasonable', 'within_authority', 'beyond_authority'] as const;
const iso = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');

/** 客户维护: the compliance meters, client requests, suggestions, events and lost clients of a year. */
export function CommunicationPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(cbYear());
  return (
    <Card
      title={t('communication.title')}
      extra={
        <DatePicker
          picker="year"
          aria-label={t('analyses.year')}
          allowClear={false}
          value={dayjs(`${year}-01-01`)}
          onChange={(d) => d && setYear(d.year())}
        />
      }
    >
      <Tabs
        items={[
          { key: 'meters', label: t('communication.meters'), children: <MetersTab year={year} /> },
          { key: 'requests', label: t('communication.requests'), children: <RequestsTab year={year} /> },
          { key: 'suggestions', label: t('communication.suggestions'), children: <SuggestionsTab year={year} /> },
          { key: 'events', label: t('communication.events'), children: <EventsTab year={year} /> },
          { key: 'followUps', label: t('analyses.followUps'), children: <FollowUpSection year={year} /> },
          { key: 'losses', label: t('communication.losses'), children: <LossesTab year={year} /> },
        ]}
      />
    </Card>
  );
}

type YearList = 'meters' | 'requests' | 'suggestions' | 'events' | 'losses';

/** One of the year's lists of this page, loaded from the API, with its reload. */
function useYearList<L extends YearList>(list: L, year: number) {
  const showError = useShowError();
  const [data, setData] = useState<Answer<`/api/communication/${L}`, 'GET'> | null>(null);
  const load = useCallback(() => {
    const path: `/api/communication/${YearList}` = `/api/communication/${list}`;
    api('GET', path, { query: { year } }).then((answer) => setData(answer as Answer<`/api/communication/${L}`, 'GET'>), showError);
  }, [list, year, showError]);
  useEffect(load, [load]);
  return [data, load] as const;
}

/** Above each list: its add button for those who may write, what else the list shows, and its export. */
function ListToolbar({
  list,
  year,
  addLabel,
  onAdd,
  children,
}: {
  list: string;
  year: number;
  addLabel?: string;
  onAdd?: () => void;
  children?: ReactNode;
}) {
  const { may } = useSession();
  return (
    <Space style={{ marginBottom: 12 }} wrap>
      {onAdd && may('communication:write') && (
        <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
          {addLabel}
        </Button>
      )}
      {children}
      <ExportButton url={`/api/communication/${list}/export?year=${year}`} fallbackName={`${list}-${year}.xlsx`} />
    </Space>
  );
}

function MetersTab({ year }: { year: number }) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const [m] = useYearList('meters', year);
  if (!m) return null;
  const groupColumns = (first: string, withEvents: boolean) => [
    { title: first, render: (_: unknown, g: MeterGroup) => (lang === 'en' && g.nameEn ? g.nameEn : g.name) },
    { title: t('communication.clients'), dataIndex: 'clients', width: 100 },
    {
      title: t('communication.below'),
      width: 100,
      render: (_: unknown, g: MeterGroup) => <span style={g.below ? { color: '#cf1322' } : undefined}>{g.below}</span>,
    },
    {
      title: `${t('communication.followUps')} / ${t('communication.followUpTarget')}`,
      width: 150,
      render: (_: unknown, g: MeterGroup) => (
        <span style={g.followUps < g.followUpTarget ? { color: '#cf1322' } : undefined}>{`${g.followUps} / ${g.followUpTarget}`}</span>
      ),
    },
    ...(withEvents
      ? [
          {
            title: `${t('communication.eventsHeld')} / ${m.eventsRequired}`,
            width: 110,
            render: (_: unknown, g: MeterGroup) => g.events ?? 0,
          },
        ]
      : []),
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {t('communication.rule', {
          min: m.minimums.perYear,
          vip: m.minimums.perYearVip,
          rate: m.followUpRatePercent,
          events: m.eventsRequired,
        })}
      </Typography.Text>
      <Space size="large" wrap data-testid="meters-total">
        <Statistic title={t('communication.clients')} value={m.total.clients} />
        <Statistic title={t('communication.below')} value={m.total.below} valueStyle={m.total.below ? { color: '#cf1322' } : undefined} />
        <Statistic title={t('communication.followUps')} value={`${m.total.followUps} / ${m.total.followUpTarget}`} />
        <Statistic title={t('communication.eventsHeld')} value={`${m.total.events} / ${m.eventsRequired}`} />
        <ExportButton url={`/api/communication/below/export?year=${year}`} fallbackName={`below-${year}.xlsx`} />
      </Space>
      <Row gutter={16}>
        {[
          { title: t('communication.byMaintainer'), rows: m.byMaintainer, columns: groupColumns(t('communication.maintainer'), false) },
          { title: t('communication.byBranch'), rows: m.byBranch, columns: groupColumns(t('fields.branchId'), true) },
        ].map((g) => (
          <Col key={g.title} xs={24} xl={12}>
            <Table rowKey="id" size="small" pagination={false} title={() => g.title} dataSource={g.rows} columns={g.columns} />
          </Col>
        ))}
      </Row>
      <Table
        rowKey="id"
        size="small"
        title={() =>
          `${t('communication.belowList')} (${m.total.below})${m.belowMinimum.length < m.total.below ? ` · ${t('communication.firstShown', { n: m.belowMinimum.length })}` : ''}`
        }
        dataSource={m.belowMinimum}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('fields.name'), render: (_, c) => <Link to={`/clients/${c.id}?tab=communication`}>{c.name}</Link> },
          { title: 'VIP', width: 60, render: (_, c) => (c.vip ? <Tag color="gold">VIP</Tag> : null) },
          { title: t('fields.branchId'), width: 140, render: (_, c) => (lang === 'en' ? c.branchEn : c.branch) },
          { title: t('communication.maintainer'), dataIndex: 'maintainer', width: 120 },
          {
            title: `${t('communication.contacts')} / ${t('communication.owed')}`,
            width: 120,
            render: (_, c) => `${c.contacts} / ${c.owed}`,
          },
        ]}
      />
    </Space>
  );
}

function RequestsTab({ year }: { year: number }) {
  const { t } = useTranslation();
  const { may, me } = useSession();
  const [rows, load] = useYearList('requests', year);
  const [adding, setAdding] = useState(false);
  const [closing, setClosing] = useState<ClientRequest | null>(null);
  return (
    <>
      <ListToolbar list="requests" year={year} addLabel={t('communication.newRequest')} onAdd={() => setAdding(true)} />
      <Table<ClientRequest>
        rowKey="id"
        size="small"
        loading={!rows}
        dataSource={rows ?? []}
        columns={[
          { title: t('communication.receivedOn'), dataIndex: 'receivedOn', width: 110 },
          { title: t('fields.name'), render: (_, r) => <Link to={`/clients/${r.clientId}`}>{r.clientName}</Link> },
          { title: t('communication.content'), dataIndex: 'content' },
          { title: t('communication.class'), width: 230, render: (_, r) => t(`communication.classes.${r.class}`) },
          { title: t('communication.escalatedTo'), dataIndex: 'escalatedToName', width: 110 },
          { title: t('communication.outcome'), dataIndex: 'outcome' },
          {
            title: t('common.status'),
            width: 120,
            render: (_, r) =>
              // a request escalated to a manager is closed by that manager
              r.status === 'open' &&
              may('communication:write') &&
              (!r.escalatedToId || r.escalatedToId === me.id || me.role === 'admin') ? (
                <Button size="small" onClick={() => setClosing(r)}>
                  {t('communication.close')}
                </Button>
              ) : (
                <Tag color={r.status === 'open' ? 'orange' : 'green'}>{t(`communication.statuses.${r.status}`)}</Tag>
              ),
          },
        ]}
      />
      {adding && <RequestModal onClose={() => setAdding(false)} onDone={() => (setAdding(false), load())} />}
      {closing && (
        <OneTextModal
          title={`${t('communication.close')} · ${closing.clientName}`}
          shown={closing.content}
          label={t('communication.outcome')}
          submit={(outcome) =>
            api('POST', '/api/communication/requests/{id}/close', { path: { id: closing.id }, body: { version: closing.version, outcome } })
          }
          onClose={() => setClosing(null)}
          onDone={() => (setClosing(null), load())}
        />
      )}
    </>
  );
}

function RequestModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [form] = Form.useForm();
  const { saving, save } = useSave(onDone);
  const [staff, setStaff] = useState<Staff[]>([]);
  const personLabel = usePersonLabel();
  const cls = Form.useWatch('class', form);
  useEffect(() => {
    api('GET', '/api/communication/managers').then(setStaff, showError);
  }, [showError]);
  return (
    <Modal
      open
      width={600}
      title={t('communication.newRequest')}
      onCancel={onClose}
      confirmLoading={saving}
      onOk={() =>
        form
          .validateFields()
          .then((v) => save(() => api('POST', '/api/communication/requests', { body: { ...v, receivedOn: iso(v.receivedOn) } })))
      }
    >
      <Form form={form} layout="vertical" initialValues={{ receivedOn: cbTodayDayjs(), class: 'within_authority' }}>
        <Form.Item name="clientId" label={t('fields.name')} rules={[{ required: true }]}>
          <ClientSelect />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('communication.receivedOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={afterCbToday} />
        </Form.Item>
        <Form.Item name="content" label={t('communication.content')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="class" label={t('communication.class')}>
          <Radio.Group
            options={requestClasses.map((c) => ({ value: c, label: t(`communication.classes.${c}`) }))}
            style={{ display: 'flex', flexDirection: 'column' }}
          />
        </Form.Item>
        {cls === 'beyond_authority' && (
          <Form.Item name="escalatedToId" label={t('communication.escalatedTo')} rules={[{ required: true }]}>
            <Select options={staff.map((s) => ({ value: s.id, label: personLabel(s), title: personLabel(s) }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** One text asked for a record, with the record shown: the outcome of a request, the answer to a suggestion. */
function OneTextModal({
  title,
  shown,
  label,
  submit,
  onClose,
  onDone,
}: {
  title: string;
  shown: string;
  label: string;
  submit: (text: string) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ text: string }>();
  const { saving, save } = useSave(onDone);
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      confirmLoading={saving}
      onOk={() => form.validateFields().then((v) => save(() => submit(v.text)))}
    >
      <Typography.Paragraph>{shown}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="text" label={label} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SuggestionsTab({ year }: { year: number }) {
  const { t } = useTranslation();
  const { may } = useSession();
  const [data, load] = useYearList('suggestions', year);
  const [adding, setAdding] = useState(false);
  const [answering, setAnswering] = useState<Suggestion | null>(null);
  const [form] = Form.useForm();
  const { saving, save } = useSave(() => (setAdding(false), load()));
  return (
    <>
      <ListToolbar list="suggestions" year={year} addLabel={t('communication.newSuggestion')} onAdd={() => setAdding(true)}>
        {data && (
          <Typography.Text strong>{t('communication.yearSummary', { year, total: data.total, answered: data.answered })}</Typography.Text>
        )}
      </ListToolbar>
      <Table<Suggestion>
        rowKey="id"
        size="small"
        loading={!data}
        dataSource={data?.items ?? []}
        columns={[
          { title: t('communication.receivedOn'), dataIndex: 'receivedOn', width: 110 },
          { title: t('fields.name'), dataIndex: 'clientName', width: 220 },
          { title: t('communication.content'), dataIndex: 'content' },
          {
            title: t('communication.response'),
            render: (_, x) =>
              x.response ??
              (may('communication:write') ? (
                <Button size="small" onClick={() => setAnswering(x)}>
                  {t('communication.answer')}
                </Button>
              ) : null),
          },
        ]}
      />
      {adding && (
        <Modal
          open
          title={t('communication.newSuggestion')}
          onCancel={() => setAdding(false)}
          confirmLoading={saving}
          onOk={() =>
            form
              .validateFields()
              .then((v) => save(() => api('POST', '/api/communication/suggestions', { body: { ...v, receivedOn: iso(v.receivedOn) } })))
          }
        >
          <Form form={form} layout="vertical" initialValues={{ receivedOn: cbTodayDayjs() }}>
            <Form.Item name="clientId" label={t('fields.name')}>
              <ClientSelect />
            </Form.Item>
            <Form.Item name="receivedOn" label={t('communication.receivedOn')} rules={[{ required: true }]}>
              <DatePicker disabledDate={afterCbToday} />
            </Form.Item>
            <Form.Item name="content" label={t('communication.content')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Form.Item name="response" label={t('communication.response')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </Form>
        </Modal>
      )}
      {answering && (
        <OneTextModal
          title={t('communication.answer')}
          shown={answering.content}
          label={t('communication.response')}
          submit={(response) =>
            api('POST', '/api/communication/suggestions/{id}/response', { path: { id: answering.id }, body: { response } })
          }
          onClose={() => setAnswering(null)}
          onDone={() => {
            setAnswering(null);
            load();
          }}
        />
      )}
    </>
  );
}

function EventsTab({ year }: { year: number }) {
  const { t } = useTranslation();
  const [rows, load] = useYearList('events', year);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm();
  const { saving, save } = useSave(() => (setAdding(false), load()));
  return (
    <>
      <ListToolbar list="events" year={year} addLabel={t('communication.newEvent')} onAdd={() => setAdding(true)} />
      <Table<ClientEvent>
        rowKey="id"
        size="small"
        loading={!rows}
        dataSource={rows ?? []}
        columns={[
          { title: t('communication.heldOn'), dataIndex: 'heldOn', width: 110 },
          { title: t('communication.kind'), width: 100, render: (_, e) => t(`communication.eventKinds.${e.kind}`) },
          { title: t('communication.eventTitle'), dataIndex: 'title' },
          { title: t('communication.attendees'), dataIndex: 'attendees', width: 100 },
          { title: t('communication.by'), dataIndex: 'recordedBy', width: 100 },
        ]}
      />
      {adding && (
        <Modal
          open
          title={t('communication.newEvent')}
          onCancel={() => setAdding(false)}
          confirmLoading={saving}
          onOk={() =>
            form
              .validateFields()
              .then((v) => save(() => api('POST', '/api/communication/events', { body: { ...v, heldOn: iso(v.heldOn) } })))
          }
        >
          <Form form={form} layout="vertical" initialValues={{ heldOn: cbTodayDayjs(), kind: 'symposium', attendees: 0 }}>
            <Form.Item name="heldOn" label={t('communication.heldOn')} rules={[{ required: true }]}>
              <DatePicker disabledDate={afterCbToday} />
            </Form.Item>
            <Form.Item name="kind" label={t('communication.kind')}>
              <Radio.Group
                options={(['symposium', 'training', 'other'] as const).map((k) => ({
                  value: k,
                  label: t(`communication.eventKinds.${k}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="title" label={t('communication.eventTitle')} rules={[{ required: true }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="attendees" label={t('communication.attendees')}>
              <InputNumber min={0} />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}

function LossesTab({ year }: { year: number }) {
  const { t } = useTranslation();
  const [rows] = useYearList('losses', year);
  return (
    <>
      <ChurnAnalysisSection year={year} />
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>
        {t('analyses.lossList')}
      </Typography.Title>
      <ListToolbar list="losses" year={year} />
      <Table<Loss>
        rowKey="id"
        size="small"
        loading={!rows}
        dataSource={rows ?? []}
        columns={[
          { title: t('communication.recordedOn'), dataIndex: 'recordedOn', width: 110 },
          { title: t('fields.name'), render: (_, l) => <Link to={`/clients/${l.clientId}?tab=communication`}>{l.clientName}</Link> },
          { title: 'VIP', width: 60, render: (_, l) => (l.vip ? <Tag color="gold">VIP</Tag> : null) },
          {
            title: t('common.status'),
            width: 80,
            render: (_, l) => <Tag color={l.status === 'active' ? 'green' : 'red'}>{t(`communication.lossStatus.${l.status}`)}</Tag>,
          },
          { title: t('communication.cause'), dataIndex: 'cause' },
          { title: t('communication.analysis'), dataIndex: 'analysis' },
          { title: t('communication.remedialDecision'), dataIndex: 'remedialDecision' },
        ]}
      />
    </>
  );
}
