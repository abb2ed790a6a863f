import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../api.js';
import { useSession, useShowError } from '../session.js';

/** 导出 Excel for a list: the server builds the file in the user's language; a refusal shows as a message. */
export function ExportButton({ url, fallbackName }: { url: string; fallbackName: string }) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => {
        setBusy(true);
        download(`${url}${url.includes('?') ? '&' : '?'}lang=${lang}`, fallbackName)
          .catch(showError)
          .finally(() => setBusy(false));
      }}
    >
      {t('classification.exportXlsx')}
    </Button>
  );
}
