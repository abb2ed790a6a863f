import { Alert, App as AntApp, Modal, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session.js';
import { ImportFooter, importState, useImportTitle } from './ImportActions.js';
import { RowErrorsTable } from './ImportErrorsModal.js';
import { ImportProgress } from './ImportProgress.js';
import { useImportRun } from './useImportRun.js';

/**
 * A risk-item batch, followed while the server checks it: the rows to create or the rows refused
 * with their reasons; confirming writes them all, each matched against the clients.
 */
export function RiskImportModal({ importId, onClose, onDone }: { importId: string | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const { message } = AntApp.useApp();
  const title = useImportTitle();
  const { run, writing, confirm, discard } = useImportRun('/api/risk-items/import', importId, (result) => {
    void message.success(t('risk.importDone', result), 8);
    onDone();
  });
  const field = (f: string) => t(`risk.fields.${f}`, { defaultValue: f });

  if (!importId) return null;

  return (
    <Modal
      open
      title={title(run)}
      width={860}
      onCancel={onClose}
      footer={
        <ImportFooter
          run={run}
          confirmText={t('imports.confirmWriteRisks', { created: run?.summary?.created ?? 0 })}
          writing={writing}
          onConfirm={() => void confirm()}
          onDiscard={() => void discard()}
          onClose={onClose}
        />
      }
    >
      <ImportProgress run={run} />
      {run?.status === 'applied' && run.result && <Alert type="success" showIcon message={t('risk.importDone', run.result)} />}
      {run && importState(run) === 'discarded' && <Alert type="info" showIcon message={t('imports.discarded')} />}
      {run && importState(run) === 'failed' && run.error && <Alert type="error" showIcon message={run.error.message[lang]} />}
      {run?.status === 'previewed' && run.summary && run.preview && (
        <>
          <div data-testid="import-preview" style={{ display: 'flex', gap: 32, marginBottom: 16 }}>
            <Statistic title={t('imports.toCreate')} value={run.summary.created} />
            <Statistic
              title={t('imports.refused')}
              value={run.summary.refused}
              valueStyle={run.summary.refused ? { color: '#cf1322' } : undefined}
            />
          </div>
          {run.summary.refused > 0 ? (
            <>
              <Alert type="error" showIcon style={{ marginBottom: 12 }} message={t('imports.fixAndRetry')} />
              <RowErrorsTable rows={run.preview.refusedRows} fieldLabel={field} paged />
            </>
          ) : (
            <Table
              rowKey="row"
              size="small"
              pagination={{ pageSize: 20 }}
              dataSource={run.preview.creates}
              columns={[
                { title: t('clients.row'), dataIndex: 'row', width: 70 },
                { title: field('source'), dataIndex: 'source' },
                { title: field('organisationNamed'), dataIndex: 'organisationNamed' },
                { title: field('kind'), dataIndex: 'kind', render: (k: string) => t(`riskKinds.${k}`) },
              ]}
            />
          )}
        </>
      )}
    </Modal>
  );
}
