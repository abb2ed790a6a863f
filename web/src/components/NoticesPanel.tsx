import { List, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { useSession, useShowError } from '../session.js';

interface Notice {
  id: number;
  subjectZh: string;
  subjectEn: string;
  bodyZh: string;
  bodyEn: string;
  at: string;
}

/** The notices sent to the organisation for each certificate decision (what its portal shows). */
export function NoticesPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const showError = useShowError();
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => {
    api<Notice[]>('GET', `/api/clients/${clientId}/notices`).then(setNotices, showError);
  }, [clientId, showError]);
  return (
    <List
      data-testid="client-notices"
      dataSource={notices}
      locale={{ emptyText: t('notices.empty') }}
      renderItem={(n) => (
        <List.Item>
          <List.Item.Meta
            title={
              <>
                {lang === 'en' ? n.subjectEn : n.subjectZh}{' '}
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                  {new Date(n.at).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai' })}
                </Typography.Text>
              </>
            }
            description={lang === 'en' ? n.bodyEn : n.bodyZh}
          />
        </List.Item>
      )}
    />
  );
}
