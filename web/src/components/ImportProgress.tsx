import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportRunOf } from './useImportRun.js';

type Progress = Pick<ImportRunOf<'/api/clients/import'>, 'status' | 'rowsChecked' | 'rowsWritten'> & {
  summary: { created: number; updated?: number } | null;
};

/** How far the server has got with an import it checks or writes in the background (nothing while it waits for the user). */
export function ImportProgress({ run }: { run: Progress | null }) {
  const { t } = useTranslation();
  if (run && run.status !== 'checking' && run.status !== 'writing') return null;
  const message =
    run?.status === 'writing'
      ? t('imports.writing', { count: run.rowsWritten, total: (run.summary?.created ?? 0) + (run.summary?.updated ?? 0) })
      : t('imports.checking', { count: run?.rowsChecked ?? 0 });
  return (
    <Spin>
      <Alert type="info" message={message} description={t('imports.background')} />
    </Spin>
  );
}
