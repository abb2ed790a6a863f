import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Col, Empty, Popconfirm, Row, Space, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../api.js';
import { cbDateTime } from '../cb-time.js';
import { useSession, useShowError } from '../session.js';

type Mark = Answer<'/api/certificate-marks', 'GET'>[number];
const kinds = ['certification', 'accreditation'] as const;

/** 证书标志: the certification and accreditation marks every certificate PDF prints, uploaded by the administrator. */
export function CertificateMarksCard() {
  const { t } = useTranslation();
  const { may } = useSession();
  const { message } = AntApp.useApp();
  const showError = useShowError();
  const [marks, setMarks] = useState<Mark[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const editable = may('parameters:write');
  const load = useCallback(() => api('GET', '/api/certificate-marks').then(setMarks, showError), [showError]);
  useEffect(() => {
    void load();
  }, [load]);

  async function run(kind: Mark['kind'], work: () => Promise<unknown>) {
    setBusy(kind);
    try {
      await work();
      void message.success(t('common.saved'));
      await load();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
    }
  }
  const upload = (kind: Mark['kind'], file: File) => {
    const form = new FormData();
    form.append('file', file);
    return run(kind, () => api('POST', '/api/certificate-marks/{kind}', { path: { kind }, body: form }));
  };

  return (
    <Card title={t('marks.title')} style={{ marginTop: 16 }} data-testid="certificate-marks">
      <Typography.Paragraph type="secondary">{t('marks.hint')}</Typography.Paragraph>
      <Row gutter={24}>
        {kinds.map((kind) => {
          const mark = marks?.find((m) => m.kind === kind);
          return (
            <Col key={kind} xs={24} md={12} data-testid={`mark-${kind}`}>
              <Typography.Title level={5}>{t(`marks.${kind}`)}</Typography.Title>
              {mark ? (
                <Space direction="vertical">
                  <img
                    src={`/api/certificate-marks/${kind}?v=${encodeURIComponent(mark.uploadedAt)}`}
                    alt={t(`marks.${kind}`)}
                    style={{ maxWidth: 120, maxHeight: 120, border: '1px solid #eee' }}
                  />
                  <Typography.Text type="secondary">
                    {mark.fileName} · {mark.uploadedBy} · {cbDateTime(mark.uploadedAt)}
                  </Typography.Text>
                </Space>
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('marks.none')} />
              )}
              {editable && (
                <Space style={{ marginTop: 8 }}>
                  <Upload
                    accept=".png,.jpg,.jpeg"
                    showUploadList={false}
                    beforeUpload={(file) => {
                      void upload(kind, file);
                      return false;
                    }}
                  >
                    <Button icon={<UploadOutlined />} loading={busy === kind}>
                      {t(mark ? 'marks.replace' : 'marks.upload')}
                    </Button>
                  </Upload>
                  {mark && (
                    <Popconfirm
                      title={t('marks.removeConfirm', { mark: t(`marks.${kind}`) })}
                      onConfirm={() => run(kind, () => api('DELETE', '/api/certificate-marks/{kind}', { path: { kind } }))}
                    >
                      <Button danger icon={<DeleteOutlined />}>
                        {t('marks.remove')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              )}
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}
