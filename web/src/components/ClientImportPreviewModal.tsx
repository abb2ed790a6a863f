import { formatMoney } from '../format.js';
import { Alert, App as AntApp, Modal, Statistic, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Branch } from '../api.js';
import { clientColumns } from '../columns.js';
import { useSession } from '../session.js';
import { ImportFooter, importState, useImportTitle } from './ImportActions.js';
import { RowErrorsTable } from './ImportErrorsModal.js';
import { ImportProgress } from './ImportProgress.js';
import { useImportRun, type ImportRunOf } from './useImportRun.js';

/** An import's record (GET /api/clients/import/{id}): where it stands, its preview, its result or why it failed. */
export type ImportRun = ImportRunOf<'/api/clients/import'>;
/** A checked import: its counts and rows of each kind, one object for the tabs. */
type ClientImportPreview = Pick<ImportRun, 'id' | 'fileName' | 'canConfirm'> &
  NonNullable<ImportRun['summary']> &
  NonNullable<ImportRun['preview']>;

/**
 * One import, followed while the server checks and writes it (the window may be closed: the
 * import goes on, and the list of recent imports opens it again). Once checked, what it would
 * do before anything is written: rows to create, rows to update with each field old → new, rows
 * refused with their reasons. Confirming writes it all.
 */
export function ClientImportPreviewModal({
  importId,
  branches,
  onClose,
  onDone,
}: {
  importId: string | null;
  branches: Branch[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const { message } = AntApp.useApp();
  const title = useImportTitle();
  const { run, writing, confirm, discard } = useImportRun('/api/clients/import', importId, (result) => {
    void message.success(t('clients.importDone', result), 8);
    onDone();
  });

  if (!importId) return null;

  const footer = (
    <ImportFooter
      run={run}
      confirmText={t('imports.confirmWriteClients', { created: run?.summary?.created ?? 0, updated: run?.summary?.updated ?? 0 })}
      writing={writing}
      onConfirm={() => void confirm()}
      onDiscard={() => void discard()}
      onClose={onClose}
    />
  );

  if (!run || run.status !== 'previewed' || !run.summary || !run.preview) {
    return (
      <Modal open title={title(run)} width={640} onCancel={onClose} footer={footer} data-testid="import-progress">
        <ImportProgress run={run} />
        {run?.status === 'applied' && run.result && <Alert type="success" showIcon message={t('clients.importDone', run.result)} />}
        {run && importState(run) === 'discarded' && <Alert type="info" showIcon message={t('imports.discarded')} />}
        {run && importState(run) === 'failed' && run.error && (
          <>
            <Alert type="error" showIcon message={run.error.message[lang]} style={{ marginBottom: 12 }} />
            {run.error.details?.rows && (
              <RowErrorsTable rows={run.error.details.rows} fieldLabel={(f) => t(`fields.${f}`, { defaultValue: f })} paged />
            )}
          </>
        )}
      </Modal>
    );
  }
  const preview: ClientImportPreview = { id: run.id, fileName: run.fileName, canConfirm: run.canConfirm, ...run.summary, ...run.preview };

  const label = (field: string) => t(`fields.${field}`, { defaultValue: field });
  const shown = (field: string, v: unknown): string => {
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return t('imports.empty');
    const kind = clientColumns.find((c) => c.key === field)?.kind;
    if (kind === 'branch') {
      const b = branches.find((x) => x.id === v);
      return b ? (lang === 'en' ? b.nameEn : b.nameZh) : String(v);
    }
    if (kind === 'boolean') return v ? t('common.yes') : t('common.no');
    if (kind === 'money' && typeof v === 'number') return formatMoney(v, lang);
    if (Array.isArray(v)) return v.join('；');
    return String(v);
  };
  const more = (shownCount: number, total: number) =>
    total > shownCount ? <Typography.Text type="secondary">{t('imports.firstRows', { count: shownCount, total })}</Typography.Text> : null;

  return (
    <Modal open title={title(run)} width={980} onCancel={onClose} footer={footer}>
      <div data-testid="import-preview" style={{ display: 'flex', gap: 32, marginBottom: 16 }}>
        <Statistic title={t('imports.toCreate')} value={preview.created} />
        <Statistic title={t('imports.toUpdate')} value={preview.updated} />
        <Statistic title={t('imports.unchanged')} value={preview.unchanged} />
        <Statistic title={t('imports.refused')} value={preview.refused} valueStyle={preview.refused ? { color: '#cf1322' } : undefined} />
      </div>
      {preview.refused > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={t('imports.fixAndRetry')} />}
      {preview.refused === 0 && !preview.canConfirm && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('imports.nothingToDo')} />
      )}
      {preview.unknownColumns.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('imports.unknownColumns', { columns: preview.unknownColumns.join('、') })}
        />
      )}
      {preview.ignoredColumns.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={
            t('imports.ignoredColumns', { columns: preview.ignoredColumns.map(label).join(lang === 'en' ? ', ' : '、') }) +
            (preview.ignoredCellRows ? ` ${t('imports.ignoredCellRows', { count: preview.ignoredCellRows })}` : '')
          }
        />
      )}
      <Tabs
        defaultActiveKey={preview.refused > 0 ? 'refused' : preview.updated > 0 ? 'updates' : 'creates'}
        items={[
          {
            key: 'refused',
            label: t('imports.tab', { label: t('imports.refused'), count: preview.refused }),
            children: (
              <>
                <RowErrorsTable rows={preview.refusedRows} fieldLabel={label} paged />
                {more(preview.refusedRows.length, preview.refused)}
              </>
            ),
          },
          {
            key: 'updates',
            label: t('imports.tab', { label: t('imports.toUpdate'), count: preview.updated }),
            children: (
              <>
                <Table
                  data-testid="import-updates"
                  rowKey="row"
                  size="small"
                  pagination={{ pageSize: 20 }}
                  dataSource={preview.updates}
                  columns={[
                    { title: t('clients.row'), dataIndex: 'row', width: 70 },
                    { title: t('fields.contractNo'), dataIndex: 'contractNo', width: 130 },
                    { title: t('fields.name'), dataIndex: 'name', width: 240 },
                    {
                      title: t('imports.changes'),
                      render: (_, r) => (
                        <ul style={{ margin: 0, paddingLeft: 18 }}>
                          {r.changes.map((c) => (
                            <li key={c.field}>
                              {label(c.field)}：{shown(c.field, c.old)} → <b>{shown(c.field, c.new)}</b>
                            </li>
                          ))}
                        </ul>
                      ),
                    },
                  ]}
                />
                {more(preview.updates.length, preview.updated)}
              </>
            ),
          },
          {
            key: 'creates',
            label: t('imports.tab', { label: t('imports.toCreate'), count: preview.created }),
            children: (
              <>
                <Table
                  rowKey="row"
                  size="small"
                  pagination={{ pageSize: 20 }}
                  dataSource={preview.creates}
                  columns={[
                    { title: t('clients.row'), dataIndex: 'row', width: 70 },
                    { title: t('fields.contractNo'), dataIndex: 'contractNo', width: 160 },
                    { title: t('fields.name'), dataIndex: 'name' },
                  ]}
                />
                {more(preview.creates.length, preview.created)}
              </>
            ),
          },
        ]}
      />
    </Modal>
  );
}
