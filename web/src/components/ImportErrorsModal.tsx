import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.js';
import { pick, useSession } from '../session.js';

export type RowErrors = { row: number; errors: FieldError[] };

/** Rows of an import file with what is wrong in which column. */
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
  return (
    <Table<RowErrors>
      data-testid="import-errors"
      rowKey="row"
      size="small"
      pagination={paged ? { pageSize: 20 } : false}
      dataSource={rows}
      columns={[
        { title: t('clients.row'), dataIndex: 'row', width: 70 },
        {
          title: t('clients.problems'),
          render: (_, r) => (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {r.errors.map((e, i) => (
                <li key={i}>
                  {fieldLabel(e.field)}：{pick(e.message, lang)}
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}
