import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Me } from '../api.js';
import { pick } from '../session.js';

export function LoginPage({ onLogin, langSwitch }: { onLogin: (me: Me) => void; langSwitch: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: { username: string; password: string }) {
    setBusy(true);
    setError(null);
    try {
      onLogin(await api('POST', '/api/auth/login', { body: values }));
    } catch (err) {
      setError(err instanceof ApiError ? pick(err.text, i18n.language) : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 380 }}>
        <Space direction="vertical" style={{ width: '100%' }} size="large">
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('app.title')}
            </Typography.Title>
            {langSwitch}
          </Space>
          {error && <Alert type="error" message={error} showIcon data-testid="login-error" />}
          <Form layout="vertical" onFinish={submit} requiredMark={false}>
            <Form.Item name="username" label={t('auth.username')} rules={[{ required: true }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('auth.password')} rules={[{ required: true }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('auth.login')}
            </Button>
          </Form>
          <Typography.Text type="secondary">{t('auth.forgotHint')}</Typography.Text>
        </Space>
      </Card>
    </div>
  );
}
