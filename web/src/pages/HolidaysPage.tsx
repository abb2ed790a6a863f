import { PlusOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryString } from '../api.js';
import { useSession, useShowError } from '../session.js';

interface Holiday {
  date: string;
  kind: 'holiday' | 'workday';
  nameZh: string;
  nameEn: string;
  version: number;
}

export function HolidaysPage() {
  const { t } = useTranslation();
  const { may, lang } = useSession();
  const showError = useShowError();
  const { message } = AntApp.useApp();
  const [year, setYear] = useState(dayjs().year());
  const [rows, setRows] = useState<Holiday[]>([]);
  const [editing, setEditing] = useState<Holiday | 'new' | null>(null);
  const [form] = Form.useForm();
  const [calc, setCalc] = useState<{ from: Dayjs; days: number; due?: string }>({ from: dayjs(), days: 7 });
  const editable = may('holidays:write');

  const load = useCallback(() => api<Holiday[]>('GET', `/api/holidays?year=${year}`).then(setRows, showError), [year, showError]);
  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    api<{ due: string }>('GET', `/api/working-days/add?${queryString({ from: calc.from.format('YYYY-MM-DD'), days: calc.days })}`).then(
      (r) => setCalc((c) => (c.due === r.due ? c : { ...c, due: r.due })),
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
    const v = await form.validateFields();
    const date = (v.date as Dayjs).format('YYYY-MM-DD');
    const version = editing === 'new' ? (rows.find((r) => r.date === date)?.version ?? 0) : editing!.version;
    try {
      await api('PUT', `/api/holidays/${date}`, { kind: v.kind, nameZh: v.nameZh, nameEn: v.nameEn, version });
      void message.success(t('common.saved'));
      setEditing(null);
    } catch (err) {
      showError(err);
    }
    void load();
  }

  async function remove(h: Holiday) {
    try {
      await api('DELETE', `/api/holidays/${h.date}?version=${h.version}`);
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
          <Space>
            <Select
              value={year}
              onChange={setYear}
              options={[-2, -1, 0, 1].map((d) => ({ value: dayjs().year() + d, label: dayjs().year() + d }))}
            />
            {editable && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
                {t('common.add')}
              </Button>
            )}
          </Space>
        }
      >
        <Table<Holiday>
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
            { title: lang === 'en' ? t('holidays.nameEn') : t('holidays.nameZh'), render: (_, h) => (lang === 'en' ? h.nameEn : h.nameZh) },
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
      </Card>
      <Card title={t('holidays.calculator')} size="small">
        <Space wrap>
          {t('holidays.from')}
          <DatePicker value={calc.from} onChange={(d) => d && setCalc({ from: d, days: calc.days })} allowClear={false} />
          +
          <InputNumber min={0} max={366} value={calc.days} onChange={(v) => setCalc({ from: calc.from, days: v ?? 0 })} />
          {t('holidays.days')} →
          <Typography.Text strong>
            {t('holidays.due')}：{calc.due ?? '…'}
          </Typography.Text>
        </Space>
      </Card>
      <Modal open={editing !== null} title={t('holidays.title')} onCancel={() => setEditing(null)} onOk={save} okText={t('common.save')}>
        <Form form={form} layout="vertical">
          <Form.Item name="date" label={t('holidays.date')} rules={[{ required: true }]}>
            <DatePicker disabled={editing !== 'new'} />
          </Form.Item>
          <Form.Item name="kind" label={t('holidays.kind')} rules={[{ required: true }]}>
            <Select options={(['holiday', 'workday'] as const).map((k) => ({ value: k, label: t(`holidays.${k}`) }))} />
          </Form.Item>
          <Form.Item name="nameZh" label={t('holidays.nameZh')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="nameEn" label={t('holidays.nameEn')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
