import { KeyOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Modal, Space, Typography, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { useSave, useSession } from '../session.js';

/** The current password and the new one twice; the server checks the policy and ends one's other sessions. */
function PasswordForm({ form, minLength }: { form: FormInstance; minLength: number }) {
  const { t } = useTranslation();
  return (
    <Form form={form} layout="vertical">
      <Form.Item name="currentPassword" label={t('auth.currentPassword')} rules={[{ required: true }]}>
        <Input.Password autoComplete="current-password" data-testid="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth.newPassword')}
        extra={t('auth.passwordRule', { min: minLength })}
        rules={[{ required: true }]}
      >
        <Input.Password autoComplete="new-password" data-testid="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('auth.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('auth.passwordsDiffer'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="confirm-password" />
      </Form.Item>
    </Form>
  );
}

function useChangePassword(form: FormInstance, onDone: () => void) {
  const { saving, save } = useSave(onDone);
  const submit = async () => {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await save(() => api('PUT', '/api/auth/password', { body: { currentPassword: v.currentPassword, newPassword: v.newPassword } }));
  };
  return { saving, submit };
}

/** 修改密码 in the header, for every role. */
export function PasswordButton() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const { saving, submit } = useChangePassword(form, () => (setOpen(false), form.resetFields()));
  return (
    <>
      <Button icon={<KeyOutlined />} onClick={() => setOpen(true)} data-testid="change-password">
        {t('auth.changePassword')}
      </Button>
      <Modal
        open={open}
        title={t('auth.changePassword')}
        onCancel={() => setOpen(false)}
        onOk={submit}
        confirmLoading={saving}
        destroyOnHidden
      >
        <PasswordForm form={form} minLength={me.passwordMinLength} />
      </Modal>
    </>
  );
}

/** Signed in with the administrator's one-time password: nothing else until the user has its own. */
export function ForcedPasswordChange({
  onChanged,
  onLogout,
  extra,
  minLength,
}: {
  onChanged: () => void;
  onLogout: () => void;
  extra: ReactNode;
  minLength: number;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { saving, submit } = useChangePassword(form, onChanged);
  return (
    <Card
      style={{ maxWidth: 440, margin: '80px auto' }}
      title={t('auth.mustChangeTitle')}
      extra={extra}
      data-testid="forced-password-change"
    >
      <Typography.Paragraph>{t('auth.mustChangeText')}</Typography.Paragraph>
      <PasswordForm form={form} minLength={minLength} />
      <Space>
        <Button type="primary" loading={saving} onClick={submit} data-testid="save-password">
          {t('auth.changePassword')}
        </Button>
        <Button onClick={onLogout}>{t('auth.logout')}</Button>
      </Space>
    </Card>
  );
}
