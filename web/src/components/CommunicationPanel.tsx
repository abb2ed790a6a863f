import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, DatePicker, Form, Input, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Client, type ClientFile, type Contact, type Staff } from '../api.js';
import { afterCbToday, cbTodayDayjs } from '../cb-time.js';
import { usePersonLabel, useSave, useSession, useShowError } from '../session.js';

const contactKinds = ['visit', 'phone', 'email', 'event'] as const;
const isoOf = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** 沟通记录 tab of a client: its maintainer, the contacts in its file, and recording it as lost or abnormal. */
export function CommunicationPanel({
  clientId,
  vip,
  status,
  onStatusChanged,
}: {
  clientId: string;
  vip: boolean;
  status: Client['status'];
  onStatusChanged: () => void;
}) {
  const { t } = useTranslation();
  const { may } = useSession();
  const showError = useShowError();
  const [file, setFile] = useState<ClientFile | null>(null);
  const [staff, setStaff] = useState<Staff[]>([]);
  const [modal, setModal] = useState<'contact' | 'loss' | null>(null);
  const writer = may('communication:write');
  const personLabel = usePersonLabel();
  const load = useCallback(() => {
    api('GET', '/api/clients/{id}/communication', { path: { id: clientId } }).then(setFile, showError);
  }, [clientId, showError]);
  useEffect(load, [load]);
  useEffect(() => {
    if (writer) api('GET', '/api/communication/staff').then(setStaff, showError);
  }, [writer, showError]);
  const { save } = useSave(load);
  if (!file) return null;

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{t('communication.maintainer')}:</Typography.Text>
        {writer ? (
          <Select
            style={{ width: 260 }}
            data-testid="maintainer"
            aria-label={t('communication.maintainer')}
            placeholder={t('communication.none')}
            value={file.maintainer?.userId}
            options={staff.map((s) => ({ value: s.id, label: personLabel(s), title: personLabel(s) }))}
            onChange={(userId) => save(() => api('PUT', '/api/clients/{id}/maintainer', { path: { id: clientId }, body: { userId } }))}
          />
        ) : (
          <Typography.Text strong>{file.maintainer?.name ?? t('communication.none')}</Typography.Text>
        )}
        {writer && (
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal('contact')}>
              {t('communication.logContact')}
            </Button>
            <Button danger onClick={() => setModal('loss')}>
              {t('communication.recordLoss')}
            </Button>
          </>
        )}
      </Space>
      <Table<Contact>
        data-testid="contacts"
        rowKey="id"
        size="small"
        dataSource={file.contacts}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('communication.contactedOn'), dataIndex: 'contactedOn', width: 110 },
          {
            title: t('communication.kind'),
            width: 130,
            render: (_, c) => (
              <Space size={4}>
                {t(`communication.kinds.${c.kind}`)}
                {c.followUp && <Tag color="blue">{t('communication.followUp')}</Tag>}
              </Space>
            ),
          },
          { title: t('communication.summary'), dataIndex: 'summary' },
          { title: t('communication.agreedSurveillanceOn'), dataIndex: 'agreedSurveillanceOn', width: 130 },
          { title: t('communication.auditNeeds'), dataIndex: 'auditNeeds' },
          { title: t('communication.by'), dataIndex: 'byName', width: 100 },
        ]}
      />
      {file.losses.length > 0 && (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={file.losses}
          columns={[
            { title: t('communication.recordedOn'), dataIndex: 'recordedOn', width: 110 },
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
      )}
      {modal === 'contact' && <ContactModal clientId={clientId} onClose={() => setModal(null)} onDone={() => (setModal(null), load())} />}
      {modal === 'loss' && (
        <LossModal
          clientId={clientId}
          vip={vip}
          status={status}
          onClose={() => setModal(null)}
          onDone={() => (setModal(null), load(), onStatusChanged())}
        />
      )}
    </Space>
  );
}

function ContactModal({ clientId, onClose, onDone }: { clientId: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { saving, save } = useSave(onDone);
  return (
    <Modal
      open
      title={t('communication.logContact')}
      onCancel={onClose}
      confirmLoading={saving}
      onOk={() =>
        form.validateFields().then((v) =>
          save(() =>
            api('POST', '/api/clients/{id}/contacts', {
              path: { id: clientId },
              body: {
                ...v,
                contactedOn: isoOf(v.contactedOn),
                agreedSurveillanceOn: isoOf(v.agreedSurveillanceOn),
                followUp: !!v.followUp,
              },
            }),
          ),
        )
      }
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'phone', contactedOn: cbTodayDayjs() }}>
        <Form.Item name="kind" label={t('communication.kind')}>
          <Radio.Group options={contactKinds.map((k) => ({ value: k, label: t(`communication.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="contactedOn" label={t('communication.contactedOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={afterCbToday} />
        </Form.Item>
        <Form.Item name="followUp" valuePropName="checked">
          <Checkbox>{t('communication.followUp')}</Checkbox>
        </Form.Item>
        <Form.Item name="summary" label={t('communication.summary')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="agreedSurveillanceOn" label={t('communication.agreedSurveillanceOn')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="auditNeeds" label={t('communication.auditNeeds')}>
          <Input maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The client's status changes only here, with its cause (异常 / 流失 / 恢复正常); a lost VIP needs the analysis. */
function LossModal({
  clientId,
  vip,
  status: current,
  onClose,
  onDone,
}: {
  clientId: string;
  vip: boolean;
  status: Client['status'];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { saving, save } = useSave(onDone);
  const status = Form.useWatch('status', form);
  const needsAnalysis = vip && status === 'lost';
  return (
    <Modal
      open
      title={t('communication.recordLoss')}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ danger: true }}
      onOk={() =>
        form.validateFields().then((v) => save(() => api('POST', '/api/clients/{id}/losses', { path: { id: clientId }, body: v })))
      }
    >
      <Form form={form} layout="vertical" initialValues={{ status: current === 'lost' ? 'active' : 'lost' }}>
        <Form.Item name="status" label={t('common.status')}>
          <Radio.Group
            options={(['lost', 'abnormal', 'active'] as const)
              .filter((s) => s !== current)
              .map((s) => ({ value: s, label: t(`communication.lossStatus.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="cause" label={t('communication.cause')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        {needsAnalysis && <Alert type="warning" message={t('communication.vipNeedsAnalysis')} style={{ marginBottom: 12 }} />}
        <Form.Item name="analysis" label={t('communication.analysis')} rules={[{ required: needsAnalysis }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="remedialDecision" label={t('communication.remedialDecision')} rules={[{ required: needsAnalysis }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
