import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * 暂定: a deadline counted in working days into a year whose holiday table is not entered yet;
 * it is counted again, and may move, once that year is entered.
 */
export function ProvisionalMark({ dueOn, provisional }: { dueOn: string; provisional: boolean }) {
  const { t } = useTranslation();
  if (!provisional) return null;
  return (
    <Tooltip title={t('provisional.tooltip', { year: dueOn.slice(0, 4) })}>
      <Tag color="warning" data-testid="provisional" style={{ marginInlineStart: 4 }}>
        {t('provisional.tag')}
      </Tag>
    </Tooltip>
  );
}
