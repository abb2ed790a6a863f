import { Alert, Card, Descriptions, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type BackupStatus } from '../api.js';
import { cbDateTime } from '../cb-time.js';
import { formatBytes } from '../format.js';
import { useShowError } from '../session.js';

/** 数据备份: when the database was last backed up, how big the file was, and whether the daily backup fails. */
export function BackupsPage() {
  const { t } = useTranslation();
  const showError = useShowError();
  const [s, setS] = useState<BackupStatus | null>(null);
  useEffect(() => {
    api('GET', '/api/backups/status').then(setS, showError);
  }, [showError]);

  if (!s) return <Card loading />;
  return (
    <Card title={t('backups.title')} data-testid="backups">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {s.failure && (
          <Alert
            type="error"
            showIcon
            message={t(s.failure.gaveUp ? 'backups.failedGaveUp' : 'backups.failed', {
              at: cbDateTime(s.failure.at),
              attempts: s.failure.attempts,
            })}
            description={
              <Typography.Text type="secondary">
                {t('backups.failureDetail')}
                {s.failure.error}
              </Typography.Text>
            }
          />
        )}
        {s.stale && <Alert type="warning" showIcon message={s.last ? t('backups.stale', { days: s.staleAfterDays }) : t('backups.none')} />}
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('backups.lastAt')}>{s.last ? cbDateTime(s.last.takenAt) : t('backups.never')}</Descriptions.Item>
          {s.last && (
            <>
              <Descriptions.Item label={t('backups.size')}>{formatBytes(s.last.bytes)}</Descriptions.Item>
              <Descriptions.Item label={t('backups.content')}>
                {t('backups.contentValue', { tables: s.last.tables, rows: s.last.rows })}
              </Descriptions.Item>
              <Descriptions.Item label={t('backups.trigger')}>{t(`backups.triggers.${s.last.trigger}`)}</Descriptions.Item>
              <Descriptions.Item label={t('backups.file')}>{s.last.fileName}</Descriptions.Item>
            </>
          )}
          <Descriptions.Item label={t('backups.daily')}>{s.daily ? t('backups.dailyOn') : t('backups.dailyOff')}</Descriptions.Item>
          <Descriptions.Item label={t('backups.keep')}>{t('backups.keepValue', { n: s.keep })}</Descriptions.Item>
          <Descriptions.Item label={t('backups.dir')}>{s.dir}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('backups.howTo')}
        </Typography.Paragraph>
      </Space>
    </Card>
  );
}
