import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Tooltip, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api, download, queryString, type Answer, type Query, type RiskItem } from '../api.js';
import { afterCbToday, cbTodayDayjs } from '../cb-time.js';
import { RiskImportModal } from '../components/RiskImportModal.js';
import { useSave, useSession, useShowError } from '../session.js';

const statusColor = { open: 'orange', matched: 'red', no_match: 'default' } as const;
const kinds = ['quality', 'environment', 'safety', 'other'] as const;

type Filter = Query<'/api/risk-items'> & { page: number };

/** 客户风险信息: what quality-technical staff collected, with the certified client each item seems to name. */
export function RiskItemsPage() {
  const { t } = useTranslation();
  const { may, lang } = useSession();
  const showError = useShowError();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<Filter>({ status: 'open', page: 1 });
  const [page, setPage] = useState<Answer<'/api/risk-items', 'GET'> | null>(null);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [openImport, setOpenImport] = useState<string | null>(null);

  const load = useCallback(
    () => api('GET', '/api/risk-items', { query: { ...filter, pageSize: 50 } }).then(setPage, showError),
    [filter, showError],
  );
  useEffect(() => {
    void load();
  }, [load]);

  async function upload(file: File) {
    setImporting(true);
    const form = new FormData();
    form.append('file', file);
    try {
      setOpenImport((await api('POST', '/api/risk-items/import', { body: form })).id);
    } catch (err) {
      showError(err);
    } finally {
      setImporting(false);
    }
  }

  const range: [Dayjs, Dayjs] | null = filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null;
  return (
    <Card
      title={t('risk.title')}
      extra={
        <Space wrap>
          {may('risk:write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('risk.new')}
            </Button>
          )}
          {may('risk:write') && (
            <Tooltip title={t('risk.importHint')}>
              <Upload
                accept=".xlsx,.csv"
                showUploadList={false}
                beforeUpload={(file) => {
                  void upload(file);
                  return false;
                }}
              >
                <Button icon={<UploadOutlined />} loading={importing}>
                  {importing ? t('risk.importing') : t('risk.import')}
                </Button>
              </Upload>
            </Tooltip>
          )}
          <Button
            icon={<DownloadOutlined />}
            onClick={() =>
              download(`/api/risk-items/export?${queryString({ ...filter, page: undefined, lang })}`, 'risk-items.xlsx').catch(showError)
            }
          >
            {t('risk.export')}
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('common.status')}
          aria-label={t('common.status')}
          value={filter.status}
          onChange={(status) => setFilter({ ...filter, status, page: 1 })}
          options={(['open', 'matched', 'no_match'] as const).map((s) => ({
            value: s,
            label: t(`risk.status.${s}`),
            title: t(`risk.status.${s}`),
          }))}
        />
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('risk.fields.kind')}
          aria-label={t('risk.fields.kind')}
          value={filter.kind}
          onChange={(kind) => setFilter({ ...filter, kind, page: 1 })}
          options={kinds.map((k) => ({ value: k, label: t(`riskKinds.${k}`), title: t(`riskKinds.${k}`) }))}
        />
        <DatePicker.RangePicker
          value={range}
          onChange={(r) => setFilter({ ...filter, from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD'), page: 1 })}
        />
        <Input.Search
          allowClear
          style={{ width: 260 }}
          placeholder={t('risk.search')}
          aria-label={t('risk.search')}
          onSearch={(q) => setFilter({ ...filter, q: q || undefined, page: 1 })}
        />
      </Space>
      <Table<RiskItem>
        data-testid="risk-items"
        rowKey="id"
        size="small"
        loading={!page}
        dataSource={page?.items ?? []}
        onRow={(r) => ({ onClick: () => navigate(`/risk/${r.id}`), style: { cursor: 'pointer' } })}
        pagination={{
          current: filter.page,
          pageSize: 50,
          total: page?.total ?? 0,
          onChange: (p) => setFilter({ ...filter, page: p }),
          showSizeChanger: false,
        }}
        columns={[
          { title: t('risk.fields.publishedOn'), dataIndex: 'publishedOn', width: 110 },
          { title: t('risk.fields.source'), dataIndex: 'source', width: 160 },
          { title: t('risk.fields.kind'), width: 70, render: (_, r) => t(`riskKinds.${r.kind}`) },
          {
            title: t('risk.fields.text'),
            render: (_, r) => (
              <Link to={`/risk/${r.id}`} onClick={(e) => e.stopPropagation()}>
                {r.text.length > 80 ? `${r.text.slice(0, 80)}…` : r.text}
              </Link>
            ),
          },
          { title: t('risk.topCandidate'), dataIndex: 'topCandidate', width: 220 },
          {
            title: t('common.status'),
            width: 110,
            render: (_, r) => <Tag color={statusColor[r.status]}>{t(`risk.status.${r.status}`)}</Tag>,
          },
        ]}
      />
      {creating && (
        <RiskItemFormModal
          onClose={() => setCreating(false)}
          onSaved={(item) => {
            setCreating(false);
            navigate(`/risk/${item.id}`);
          }}
        />
      )}
      <RiskImportModal
        importId={openImport}
        onClose={() => setOpenImport(null)}
        onDone={() => {
          setOpenImport(null);
          setFilter({ page: 1 });
        }}
      />
    </Card>
  );
}

function RiskItemFormModal({ onClose, onSaved }: { onClose: () => void; onSaved: (item: RiskItem) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const created = useRef<RiskItem | null>(null);
  const { saving, save } = useSave(() => created.current && onSaved(created.current));

  async function submit() {
    // a field left empty is shown on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await save(async () => {
      const item = await api('POST', '/api/risk-items', {
        body: {
          ...v,
          publishedOn: v.publishedOn.format('YYYY-MM-DD'),
          organisationNamed: v.organisationNamed || null,
          link: v.link || null,
        },
      });
      created.current = item;
    });
  }

  return (
    <Modal open title={t('risk.new')} onCancel={onClose} onOk={submit} confirmLoading={saving} okText={t('common.save')} width={720}>
      {/* no source kind by default: a regulator's notice is not media, the person recording it says which */}
      <Form form={form} layout="vertical" initialValues={{ publishedOn: cbTodayDayjs() }}>
        <Space.Compact block>
          <Form.Item name="source" label={t('risk.fields.source')} rules={[{ required: true, max: 200 }]} style={{ flex: 2 }}>
            <Input />
          </Form.Item>
          <Form.Item
            name="sourceKind"
            label={t('risk.fields.sourceKind')}
            rules={[{ required: true, message: t('risk.chooseField', { field: t('risk.fields.sourceKind') }) }]}
            style={{ flex: 1 }}
          >
            <Select
              placeholder={t('risk.choose')}
              options={(['media', 'authority'] as const).map((k) => ({
                value: k,
                label: t(`risk.sourceKinds.${k}`),
                title: t(`risk.sourceKinds.${k}`),
              }))}
            />
          </Form.Item>
        </Space.Compact>
        <Space.Compact block>
          <Form.Item name="publishedOn" label={t('risk.fields.publishedOn')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} disabledDate={afterCbToday} />
          </Form.Item>
          {/* no category assumed either: the person recording the item says what it is about */}
          <Form.Item
            name="kind"
            label={t('risk.fields.kind')}
            rules={[{ required: true, message: t('risk.chooseField', { field: t('risk.fields.kind') }) }]}
            style={{ flex: 1 }}
          >
            <Select
              placeholder={t('risk.choose')}
              options={kinds.map((k) => ({ value: k, label: t(`riskKinds.${k}`), title: t(`riskKinds.${k}`) }))}
            />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="organisationNamed" label={t('risk.fields.organisationNamed')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="text" label={t('risk.fields.text')} rules={[{ required: true, max: 5000 }]}>
          <Input.TextArea rows={5} />
        </Form.Item>
        <Form.Item name="link" label={t('risk.fields.link')} rules={[{ type: 'url' }]}>
          <Input placeholder="https://" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
