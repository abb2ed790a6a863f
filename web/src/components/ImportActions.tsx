import { Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportRunOf } from './useImportRun.js';

type RunState = Pick<ImportRunOf<'/api/clients/import'>, 'status' | 'fileName' | 'canConfirm'> & { error: { code: string } | null };

/** Where an import stands as its uploader reads it: a preview given up is not a failure. */
export function importState(run: Pick<RunState, 'status'> & { error?: { code: string } | null; errorCode?: string | null }) {
  const code = run.error?.code ?? run.errorCode;
  return run.status === 'failed' && code === 'IMPORT.DISCARDED' ? 'discarded' : run.status;
}

export function useImportTitle() {
  const { t } = useTranslation();
  return (run: RunState | null) => (run ? t(`imports.title.${importState(run)}`, { file: run.fileName }) : '');
}

/**
 * The footer of an import's window: close; for a preview waiting for its uploader, discard it
 * (confirmed first) or write it (confirmed first, saying what will be written).
 */
export function ImportFooter({
  run,
  confirmText,
  writing,
  onConfirm,
  onDiscard,
  onClose,
}: {
  run: RunState | null;
  confirmText: string;
  writing: boolean;
  onConfirm: () => void;
  onDiscard: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const waiting = run?.status === 'previewed';
  return (
    <Space>
      {waiting && (
        <Popconfirm
          title={t('imports.discardConfirm')}
          okText={t('imports.discard')}
          okButtonProps={{ danger: true }}
          onConfirm={onDiscard}
        >
          <Button danger data-testid="import-discard">
            {t('imports.discard')}
          </Button>
        </Popconfirm>
      )}
      <Button onClick={onClose}>{t('imports.close')}</Button>
      {waiting && (
        <Popconfirm title={confirmText} okText={t('imports.confirm')} onConfirm={onConfirm} disabled={!run.canConfirm}>
          <Button type="primary" disabled={!run.canConfirm} loading={writing} data-testid="import-confirm">
            {t('imports.confirm')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
