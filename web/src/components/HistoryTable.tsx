import { Button, Table, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../api.js';
import { pick, useSession } from '../session.js';

/** The changes of one entry, a line each: "label：old → new", or the new value alone where there was none. */
export function ChangeLines({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const { lang } = useSession();
  if (entry.changes.length === 0) return null;
  const value = (v: HistoryEntry['changes'][number]['old']) => (v ? pick(v, lang) : t('auditLog.empty'));
  const sep = lang === 'en' ? ': ' : '：';
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {entry.changes.map((c) => (
        <li key={c.field}>
          <Typography.Text type="secondary">{pick(c.label, lang)}</Typography.Text>
          {sep}
          {c.old === null && c.new !== null ? value(c.new) : `${value(c.old)} → ${value(c.new)}`}
        </li>
      ))}
    </ul>
  );
}

/**
 * Audit-log entries as the server wrote them out: when (on the CB's clock), who, what was done and
 * each field changed, in the user's language. `withRecord` adds the kind of record and its name
 * (the audit-log page), `onRecord` makes the name open the record's whole history.
 */
export function HistoryTable({
  entries,
  loading,
  withRecord,
  withAddress,
  onRecord,
  pagination,
  onPage,
  testId,
}: {
  entries: HistoryEntry[];
  loading?: boolean;
  withRecord?: boolean;
  withAddress?: boolean;
  onRecord?: (entry: HistoryEntry) => void;
  pagination?: false | TablePaginationConfig;
  onPage?: (page: number, pageSize: number) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const recordCell = (e: HistoryEntry): ReactNode =>
    onRecord ? (
      <Button
        type="link"
        size="small"
        style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
        onClick={() => onRecord(e)}
        title={t('auditLog.open')}
      >
        {pick(e.record, lang)}
      </Button>
    ) : (
      pick(e.record, lang)
    );
  return (
    <Table<HistoryEntry>
      data-testid={testId}
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={entries}
      pagination={pagination ?? { pageSize: 20 }}
      onChange={(p) => onPage?.(p.current ?? 1, p.pageSize ?? 50)}
      columns={[
        { title: t('auditLog.when'), dataIndex: 'atLocal', width: 170 },
        { title: t('auditLog.who'), width: 150, render: (_, e) => pick(e.actor, lang) },
        ...(withRecord
          ? [
              { title: t('auditLog.kind'), width: 130, render: (_: unknown, e: HistoryEntry) => pick(e.entityLabel, lang) },
              { title: t('auditLog.record'), width: 240, render: (_: unknown, e: HistoryEntry) => recordCell(e) },
            ]
          : []),
        { title: t('auditLog.action'), width: 150, render: (_, e) => pick(e.actionLabel, lang) },
        { title: t('auditLog.what'), render: (_, e) => <ChangeLines entry={e} /> },
        ...(withAddress ? [{ title: t('auditLog.address'), width: 130, dataIndex: 'address' }] : []),
      ]}
    />
  );
}
