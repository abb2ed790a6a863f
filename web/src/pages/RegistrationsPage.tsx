import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { codeOptions } from '../cnca-codes.js';
import { Button, Card, DatePicker, Form, Input, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, download, queryString, type Query, type Registration, type Answer } from '../api.js';
import { cbToday } from '../cb-time.js';
import { useSession, useSave, useShowError } from '../session.js';

const fields = ['QMS', 'EMS', 'OHSMS', 'EnMS', 'AFTER_SALES'];

/** 审核员注册资格: what each auditor may audit; audit management keeps it current. */
export function RegistrationsPage() {
  const { t } = useTranslation();
  const { may, lang } = useSession();
  const showError = useShowError();
  const [rows, setRows] = useState<Registration[] | null>(null);
  const [auditors, setAuditors] = useState<Answer<'/api/auditors', 'GET'>>([]);
  const [userId, setUserId] = useState<string>();
  const [field, setField] = useState<Query<'/api/auditor-registrations'>['field']>();
  const [editing, setEditing] = useState<Registration | 'new' | null>(null);
  const today = cbToday();

  const load = useCallback(
    () => api('GET', '/api/auditor-registrations', { query: { userId, field } }).then(setRows, showError),
    [userId, field, showError],
  );
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    api('GET', '/api/auditors').then(setAuditors, showError);
  }, [showError]);

  return (
    <Card
      title={t('registrations.title')}
      extra={
        <Space>
          <Button
            icon={<DownloadOutlined />}
            onClick={() =>
              download(`/api/auditor-registrations/export?${queryString({ userId, field, lang })}`, 'registrations.xlsx').catch(showError)
            }
          >
            {t('dueList.export')}
          </Button>
          {may('registrations:write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('registrations.add')}
            </Button>
          )}
        </Space>
      }
    >
      <Space style={{ marginBottom: 16 }}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('registrations.auditor')}
          aria-label={t('registrations.auditor')}
          style={{ width: 180 }}
          value={userId}
          onChange={setUserId}
          options={auditors.map((a) => ({ value: a.id, label: a.name }))}
        />
        <Select
          allowClear
          placeholder={t('registrations.field')}
          aria-label={t('registrations.field')}
          style={{ width: 150 }}
          value={field}
          onChange={setField}
          options={fields.map((f) => ({ value: f, label: t(`certificationFields.${f}`) }))}
        />
      </Space>
      <Table<Registration>
        data-testid="registrations"
        rowKey="id"
        size="small"
        loading={!rows}
        dataSource={rows ?? []}
        pagination={{ pageSize: 50 }}
        onRow={(r) => (may('registrations:write') ? { onClick: () => setEditing(r), style: { cursor: 'pointer' } } : {})}
        columns={[
          { title: t('registrations.auditor'), dataIndex: 'userName' },
          { title: t('registrations.kind'), render: (_, r) => t(`registrations.kinds.${r.kind}`) },
          { title: t('registrations.field'), dataIndex: 'field', render: (f: string) => t(`certificationFields.${f}`) },
          { title: t('registrations.registrationNo'), dataIndex: 'registrationNo' },
          { title: t('registrations.technicalAreas'), render: (_, r) => r.technicalAreas.join(', ') },
          { title: t('registrations.teamLeader'), render: (_, r) => (r.teamLeader ? '✓' : '') },
          {
            title: t('registrations.valid'),
            render: (_, r) => (
              <Space size={4}>
                {r.validFrom} ~ {r.validUntil}
                {r.validUntil < today && <Tag color="red">{t('registrations.expired')}</Tag>}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <RegistrationModal
          registration={editing === 'new' ? null : editing}
          auditors={auditors}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void load();
          }}
        />
      )}
    </Card>
  );
}

function RegistrationModal({
  registration,
  auditors,
  onClose,
  onSaved,
}: {
  registration: Registration | null;
  auditors: { id: string; name: string }[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const [form] = Form.useForm();
  const { saving, save } = useSave(onSaved);
  const kind = Form.useWatch('kind', form);

  useEffect(() => {
    form.setFieldsValue(
      registration
        ? { ...registration, valid: [dayjs(registration.validFrom), dayjs(registration.validUntil)] }
        : { kind: 'auditor', field: 'QMS', teamLeader: false, technicalAreas: [] },
    );
  }, [registration, form]);

  async function submit() {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body = {
      kind: v.kind,
      field: v.field,
      registrationNo: v.registrationNo,
      technicalAreas: v.technicalAreas ?? [],
      teamLeader: v.kind === 'auditor' && Boolean(v.teamLeader),
      validFrom: v.valid[0].format('YYYY-MM-DD'),
      validUntil: v.valid[1].format('YYYY-MM-DD'),
      // the CNCA report's audit sheets name each member's identity document
      identityType: v.identityType ?? null,
      identityNo: v.identityNo?.trim() || null,
      fullTime: v.fullTime ?? null,
    };
    await save(async () => {
      if (registration)
        await api('PUT', '/api/auditor-registrations/{id}', {
          path: { id: registration.id },
          body: { ...body, version: registration.version },
        });
      else await api('POST', '/api/auditor-registrations', { body: { ...body, userId: v.userId } });
    });
  }

  return (
    <Modal
      open
      title={registration ? `${registration.userName} — ${registration.registrationNo}` : t('registrations.add')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={saving}
      okText={t('common.save')}
    >
      <Form form={form} layout="vertical">
        {!registration && (
          <Form.Item name="userId" label={t('registrations.auditor')} rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" options={auditors.map((a) => ({ value: a.id, label: a.name }))} />
          </Form.Item>
        )}
        <Space wrap>
          <Form.Item name="kind" label={t('registrations.kind')} rules={[{ required: true }]}>
            <Select
              style={{ width: 160 }}
              options={['auditor', 'technical_expert'].map((k) => ({ value: k, label: t(`registrations.kinds.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="field" label={t('registrations.field')} rules={[{ required: true }]}>
            <Select style={{ width: 150 }} options={fields.map((f) => ({ value: f, label: t(`certificationFields.${f}`) }))} />
          </Form.Item>
          {kind === 'auditor' && (
            <Form.Item name="teamLeader" label={t('registrations.teamLeader')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Space>
        <Form.Item name="registrationNo" label={t('registrations.registrationNo')} rules={[{ required: true, min: 2, max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="technicalAreas"
          label={t('registrations.technicalAreas')}
          extra={t('registrations.areasHint')}
          rules={[{ type: 'array', defaultField: { pattern: /^\d{2}(\.\d{2}){0,2}$/, message: '00 / 00.00 / 00.00.00' } }]}
        >
          <Select mode="tags" open={false} tokenSeparators={[',', ' ', '，', '；', ';']} />
        </Form.Item>
        <Form.Item name="valid" label={t('registrations.valid')} rules={[{ required: true }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="identityType" label={t('registrations.identityType')}>
            <Select allowClear style={{ width: 220 }} options={codeOptions('identityType', lang)} />
          </Form.Item>
          <Form.Item name="identityNo" label={t('registrations.identityNo')}>
            <Input maxLength={30} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="fullTime" label={t('registrations.fullTime')}>
            <Select
              allowClear
              style={{ width: 120 }}
              options={[
                { value: true, label: t('common.yes') },
                { value: false, label: t('common.no') },
              ]}
            />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
