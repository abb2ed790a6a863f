import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, List, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, download, urlOf, type Answer } from '../api.js';
import { cbDateTime } from '../cb-time.js';
import { useShowError } from '../session.js';

type StoredFile = Answer<FilesPath, 'GET'>[number];
type FilesPath = '/api/incidents/{id}/files' | '/api/service-applications/{id}/files';

/** 证据文件 of record `id` (`files` lists, takes and serves them): reports, licences, rectification evidence. */
export function EvidenceFiles({ files: filesPath, id, canUpload }: { files: FilesPath; id: string; canUpload: boolean }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const showError = useShowError();
  const [files, setFiles] = useState<StoredFile[] | null>(null);
  const [uploading, setUploading] = useState(false);
  const load = useCallback(() => api('GET', filesPath, { path: { id } }).then(setFiles, showError), [filesPath, id, showError]);
  useEffect(() => {
    void load();
  }, [load]);

  async function upload(file: File) {
    setUploading(true);
    const form = new FormData();
    form.append('file', file);
    try {
      await api('POST', filesPath, { path: { id }, body: form });
      void message.success(t('common.saved'));
      void load();
    } catch (err) {
      showError(err);
    } finally {
      setUploading(false);
    }
  }

  return (
    <Card
      title={t('incidents.evidenceFiles')}
      extra={
        canUpload && (
          <Upload
            accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading}>
              {t('incidents.uploadEvidence')}
            </Button>
          </Upload>
        )
      }
    >
      <List
        data-testid="evidence-files"
        loading={!files}
        dataSource={files ?? []}
        locale={{ emptyText: t('incidents.noEvidence') }}
        renderItem={(f) => (
          <List.Item>
            <Button
              type="link"
              icon={<PaperClipOutlined />}
              onClick={() => download(urlOf(`${filesPath}/{fileId}`, { path: { id, fileId: f.id } }), f.fileName).catch(showError)}
            >
              {f.fileName}
            </Button>
            <Typography.Text type="secondary">
              {Math.ceil(f.size / 1024)} KB · {f.uploadedBy} · {cbDateTime(f.uploadedAt)}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
