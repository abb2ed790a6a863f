import { Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Bucket, DueItem } from '../api.js';
import { cbToday, daysBetween } from '../cb-time.js';
import { ProvisionalMark } from './ProvisionalMark.js';

export const bucketColor: Record<Bucket, string> = { overdue: 'red', first: 'orange', second: 'gold', third: 'blue', later: 'default' };

/** The due items whose work is an audit of the client's programme (planned, done or decided there). */
const programmeKinds = new Set([
  'surveillance',
  'mystery_shopping',
  'random_survey',
  'recertification',
  'planned_audit',
  'surveillance_decision',
]);

/**
 * Where the work of a due item is done: the complaints register, the applications, the client's
 * audit programme (审核方案 tab) for its audits, its 风险事件 or 客户分类 tab, the client's page, or the reporting page for what the CB owes.
 */
export function dueItemLink(i: Pick<DueItem, 'kind' | 'clientId'>): string {
  if (i.kind === 'complaint_answer' || i.kind === 'appeal_answer') return '/complaints';
  if (i.kind === 'application_review') return '/applications';
  if (!i.clientId) return '/reports';
  if (programmeKinds.has(i.kind)) return `/clients/${i.clientId}?tab=programmes`;
  // a risk incident's steps are taken on the client's 风险事件 tab, its yearly grading on 客户分类
  if (i.kind.startsWith('incident_')) return `/clients/${i.clientId}?tab=incidents`;
  if (i.kind === 'classification_evaluation') return `/clients/${i.clientId}?tab=classification`;
  return `/clients/${i.clientId}`;
}

/** How long an item is overdue, counted on the CB's calendar: 逾期 682 天 / 682 days overdue. */
export function OverdueDays({ dueOn }: { dueOn: string }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="danger" data-testid="overdue-days" style={{ whiteSpace: 'nowrap' }}>
      {t('dueList.overdueDays', { count: daysBetween(dueOn, cbToday()) })}
    </Typography.Text>
  );
}

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
