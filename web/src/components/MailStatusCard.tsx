import { Alert, Card, Descriptions, List, Space, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type MailStatus } from '../api.js';
import { useSession, useShowError } from '../session.js';

/** Outgoing mail for those who look after it: on or off, deliveries by state, the latest that failed for good. */
export function MailStatusCard() {
  const { t } = useTranslation();
  const { lang } = useSession();
  const showError = useShowError();
  const [s, setS] = useState<MailStatus | null>(null);
  useEffect(() => {
    api('GET', '/api/mail/status').then(setS, showError);
  }, [showError]);
  if (!s) return <Card loading size="small" />;
  return (
    <Card title={t('mail.title')} size="small" data-testid="mail-status">
      <Space direction="vertical" style={{ width: '100%' }}>
        {(s.counts.mail_off ?? 0) > 0 && <Typography.Text type="secondary">{t('mail.offLater')}</Typography.Text>}
        {s.enabled ? (
          <Descriptions size="small" column={3}>
            <Descriptions.Item label={t('mail.server')}>
              {s.host}:{s.port} {s.secure ? 'TLS' : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('mail.from')}>{s.from}</Descriptions.Item>
          </Descriptions>
        ) : (
          <Alert type="warning" showIcon message={t('mail.off')} description={t('mail.offDetail')} />
        )}
        <Space size="large" wrap>
          {(['queued', 'sent', 'failed', 'no_address', 'mail_off', 'not_needed', 'past_event'] as const).map((k) => (
            <Statistic
              key={k}
              title={t(`notices.delivery.${k}`)}
              value={s.counts[k] ?? 0}
              valueStyle={k === 'failed' && s.counts.failed ? { color: '#cf1322' } : undefined}
            />
          ))}
        </Space>
        {s.noAddress.length > 0 && (
          <List
            size="small"
            header={t('mail.noAddress')}
            dataSource={s.noAddress}
            data-testid="mail-no-address"
            renderItem={(f) => (
              <List.Item>
                <Space wrap>
                  <Link to={`/clients/${f.clientId}?tab=notices`}>{f.clientName}</Link>
                  <span>{lang === 'en' ? f.subjectEn : f.subjectZh}</span>
                  <Typography.Text type="secondary">{f.reference}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
        {s.failures.length > 0 && (
          <List
            size="small"
            header={t('mail.failures')}
            dataSource={s.failures}
            renderItem={(f) => (
              <List.Item>
                <Space direction="vertical" size={0}>
                  <Space wrap>
                    <Link to={`/clients/${f.clientId}?tab=notices`}>{f.clientName}</Link>
                    <span>{lang === 'en' ? f.subjectEn : f.subjectZh}</span>
                    <Typography.Text type="secondary">{f.reference}</Typography.Text>
                  </Space>
                  <Typography.Text type="danger">
                    {t('notices.to', { address: f.address })} · {t('notices.attempts', { n: f.attempts })} · {f.lastAnswer}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Space>
    </Card>
  );
}
