import { Alert, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Client } from '../api.js';
import { afterCbToday } from '../cb-time.js';
import { useSave, useSession } from '../session.js';

/**
 * 严重违法失信名单 on a client: shown where it bars applications; recorded (source and date) or
 * ended with a removal date by those who may. A listing is never erased.
 */
export function DishonestyListing({ client, onChanged }: { client: Client; onChanged: () => void }) {
  const { t } = useTranslation();
  const { may } = useSession();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const { saving, save } = useSave(() => (setOpen(false), onChanged()));
  // absent (not null) for a role that does not see the listing
  const listed = client.dishonestyListedOn != null;
  const ended = client.dishonestyRemovedOn != null;
  // a new listing only after the last one ended; an open one can only be ended
  const recording = !listed || ended;
  const submit = async () => {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await save(() =>
      api('PUT', '/api/clients/{id}/dishonesty-listing', {
        path: { id: client.id },
        body: {
          version: client.version,
          listedOn: recording ? v.listedOn.format('YYYY-MM-DD') : client.dishonestyListedOn,
          source: recording ? v.source : client.dishonestySource,
          removedOn: recording ? null : v.removedOn.format('YYYY-MM-DD'),
        },
      }),
    );
  };
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: listed || may('clients:credit') ? 16 : 0 }}>
      {listed && (
        <Alert
          data-testid="dishonesty-listing"
          type={ended ? 'info' : 'error'}
          showIcon
          message={
            ended
              ? t('dishonesty.removed', {
                  listedOn: client.dishonestyListedOn,
                  source: client.dishonestySource,
                  removedOn: client.dishonestyRemovedOn,
                })
              : t('dishonesty.listed', { listedOn: client.dishonestyListedOn, source: client.dishonestySource })
          }
        />
      )}
      {may('clients:credit') && (
        <Button size="small" danger={recording} onClick={() => (form.resetFields(), setOpen(true))}>
          {recording ? t('dishonesty.record') : t('dishonesty.end')}
        </Button>
      )}
      <Modal
        open={open}
        title={recording ? t('dishonesty.record') : t('dishonesty.end')}
        onCancel={() => setOpen(false)}
        onOk={submit}
        confirmLoading={saving}
      >
        <Form form={form} layout="vertical">
          {recording ? (
            <>
              <Form.Item name="listedOn" label={t('dishonesty.listedOn')} rules={[{ required: true }]}>
                <DatePicker disabledDate={afterCbToday} />
              </Form.Item>
              <Form.Item name="source" label={t('dishonesty.source')} rules={[{ required: true, min: 2 }]}>
                <Input maxLength={300} placeholder={t('dishonesty.sourceHint')} />
              </Form.Item>
            </>
          ) : (
            <Form.Item name="removedOn" label={t('dishonesty.removedOn')} rules={[{ required: true }]}>
              <DatePicker disabledDate={afterCbToday} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
