import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api.js';
import { pick, useSession } from '../session.js';

export type RowErrors = Schemas['ImportRowErrors'];

/** How much of a cell a problem quotes: enough to recognise it, not a page of text. */
const QUOTED_CHARS = 40;
const quoted = (value: string) => `「${value.length > QUOTED_CHARS ? `${value.slice(0, QUOTED_CHARS)}…` : value}」`;

/** Rows of an import file with what is wrong in which column, each with the cell as read; the row's contract number and name to find it by. */
export function RowErrorsTable({
  rows,
  fieldLabel,
  paged = false,
}: {
  rows: RowErrors[];
  fieldLabel: (field: string) => string;
  paged?: boolean;
}) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const named = rows.some((r) => r.contractNo || r.name);
  return (
    <Table<RowErrors>
      data-testid="import-errors"
      rowKey="row"
      size="small"
      pagination={paged ? { pageSize: 20 } : false}
      dataSource={rows}
      columns={[
        { title: t('clients.row'), dataIndex: 'row', width: 70 },
        ...(named
          ? [
              { title: t('fields.contractNo'), dataIndex: 'contractNo', width: 130 },
              { title: t('fields.name'), dataIndex: 'name', width: 200 },
            ]
          : []),
        {
          title: t('clients.problems'),
          render: (_, r) => (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {r.errors.map((e, i) => (
                <li key={i}>
                  {fieldLabel(e.field)}：{e.value !== undefined && quoted(e.value)}
                  {pick(e.message, lang)}
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}
