import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Bucket, DueItem } from '../api.js';
import { ProvisionalMark } from './ProvisionalMark.js';

export const bucketColor: Record<Bucket, string> = { overdue: 'red', first: 'orange', second: 'gold', third: 'blue', later: 'default' };

/** One owed item: what, by when, coloured by how close; the rule behind the date on hover. */
export function DueTag({ item }: { item: DueItem }) {
  const { t } = useTranslation();
  const what = `${t(`dueKinds.${item.kind}`, { defaultValue: item.kind })}${item.sequence ? ` ${t('programmes.sequence', { n: item.sequence })}` : ''}`;
  return (
    <>
      <Tooltip
        title={`${t(`dueBases.${item.basis}`, { defaultValue: item.basis })}${item.plannedOn ? ` · ${t('dueList.plannedOn')} ${item.plannedOn}` : ''}`}
      >
        <Tag color={bucketColor[item.bucket]} data-testid={`due-${item.kind}`}>
          {what} · {item.kind === 'recertification' && item.opensOn ? `${item.opensOn} ~ ` : ''}
          {item.dueOn}
        </Tag>
      </Tooltip>
      <ProvisionalMark dueOn={item.dueOn} provisional={item.provisional} />
    </>
  );
}
