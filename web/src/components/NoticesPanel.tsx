import { FilePdfOutlined } from '@ant-design/icons';
import { Button, List, message, Space, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Notice, type NoticeDelivery } from '../api.js';
import { cbDateTime } from '../cb-time.js';
import { useSession, useShowError } from '../session.js';

const deliveryColors: Record<NoticeDelivery['status'], string> = {
  queued: 'processing',
  sending: 'processing',
  sent: 'success',
  failed: 'error',
  no_address: 'warning',
  mail_off: 'default',
  not_needed: 'default',
  past_event: 'default',
};

/** Where the notice's e-mail is: sent, waiting for a retry, failed, or why none was sent; the server's answer to a failure on the page. */
function DeliveryTag({ d }: { d: NoticeDelivery }) {
  const { t } = useTranslation();
  const detail = [
    d.address ? t('notices.to', { address: d.address }) : null,
    d.attempts ? t('notices.attempts', { n: d.attempts }) : null,
    d.sentAt ? t('notices.sentAt', { at: cbDateTime(d.sentAt) }) : null,
    d.status === 'queued' && d.nextAttemptAt && d.attempts ? t('notices.retryAt', { at: cbDateTime(d.nextAttemptAt) }) : null,
  ]
    .filter(Boolean)
    .join('\n');
  const status = d.status === 'queued' && d.attempts ? 'retrying' : d.status;
  const trouble = d.lastAnswer && (d.status === 'failed' || status === 'retrying');
  return (
    <>
      <Tooltip title={detail ? <span style={{ whiteSpace: 'pre-line' }}>{detail}</span> : undefined}>
        <Tag color={deliveryColors[d.status]} data-testid="notice-delivery">
          {t(`notices.delivery.${status}`)}
        </Tag>
      </Tooltip>
      {trouble && (
        <Typography.Text type="danger" style={{ fontWeight: 'normal' }} data-testid="notice-delivery-answer">
          {t('notices.answer', { answer: d.lastAnswer })}
        </Typography.Text>
      )}
    </>
  );
}

/** The notices sent to the organisation (what its portal shows), each with its e-mail's state and its letter. */
export function NoticesPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { lang, may } = useSession();
  const showError = useShowError();
  const [notices, setNotices] = useState<Notice[]>([]);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    api('GET', '/api/clients/{id}/notices', { path: { id: clientId } }).then(setNotices, showError);
  }, [clientId, showError, reload]);
  const resend = (id: number) =>
    api('POST', '/api/notices/{id}/resend', { path: { id } }).then(() => {
      void message.success(t('notices.resent'));
      setReload((r) => r + 1);
    }, showError);
  return (
    <List
      data-testid="client-notices"
      dataSource={notices}
      locale={{ emptyText: t('notices.empty') }}
      renderItem={(n) => (
        <List.Item
          actions={[
            ...(may('notices:resend') && (n.delivery?.status === 'failed' || n.delivery?.status === 'no_address')
              ? [
                  <Button key="resend" size="small" onClick={() => void resend(n.id)} data-testid="notice-resend">
                    {t('notices.resend')}
                  </Button>,
                ]
              : []),
            <Button key="letter" size="small" icon={<FilePdfOutlined />} href={`/api/notices/${n.id}/letter`} target="_blank">
              {t('notices.letter')}
            </Button>,
          ]}
        >
          <List.Item.Meta
            title={
              <Space wrap size={4}>
                {lang === 'en' ? n.subjectEn : n.subjectZh}
                {n.delivery && <DeliveryTag d={n.delivery} />}
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                  {n.reference} · {cbDateTime(n.at)}
                </Typography.Text>
              </Space>
            }
            description={<span style={{ whiteSpace: 'pre-line' }}>{lang === 'en' ? n.bodyEn : n.bodyZh}</span>}
          />
        </List.Item>
      )}
    />
  );
}
