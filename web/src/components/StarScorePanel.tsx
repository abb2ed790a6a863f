import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Card, List, Space, Statistic, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Answer, type RequestBody } from '../api.js';
import { pick, useSession } from '../session.js';

export type SheetScore = Answer<'/api/audits/{id}/star-assessment/preview', 'POST'>;
type SheetInput = RequestBody<'/api/audits/{id}/star-assessment/preview', 'POST'>;
type Indicator = Answer<'/api/audits/{id}/star-assessment', 'GET'>['indicators'][number];

const stars = (n: number) => (n > 0 ? '★'.repeat(n) : '—');
/** How long the sheet rests before it is scored again: a score typed digit by digit is scored once. */
const PREVIEW_DELAY_MS = 300;

/**
 * The sheet as filled in so far, scored by the server's rules (nothing saved): call `rescore`
 * with the form's values on every change. A sheet the rules refuse (a score above its points)
 * keeps the last score shown; the form marks the field.
 */
export function useSheetScore(auditId: string) {
  const [score, setScore] = useState<SheetScore | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const asked = useRef(0);
  const rescore = useCallback(
    (sheet: SheetInput) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const n = ++asked.current;
        api('POST', '/api/audits/{id}/star-assessment/preview', { path: { id: auditId }, body: sheet }).then(
          // an older answer arriving late does not replace a newer one
          (s) => n === asked.current && setScore(s),
          () => undefined,
        );
      }, PREVIEW_DELAY_MS);
    },
    [auditId],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
  return { score, rescore };
}

/** The running total while scoring, the level it earns, and for each level what keeps it out of reach. */
export function StarScorePanel({ score, indicators }: { score: SheetScore; indicators: Indicator[] }) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const nameOf = (code: string) => {
    const i = indicators.find((x) => x.code === code);
    return i ? pick({ zh: i.nameZh, en: i.nameEn }, lang) : '';
  };
  return (
    <Card size="small" title={t('stars.running')} style={{ marginBottom: 16 }} data-testid="star-score">
      <Space size="large" wrap align="start">
        <div data-testid="running-total">
          <Statistic title={t('stars.total')} value={score.total} />
        </div>
        <div data-testid="running-level">
          <Statistic title={t('stars.level')} value={stars(score.level)} />
        </div>
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 28 }}>
          {t('stars.scoreBreakdown', { base: score.base, deduction: score.deduction, bonus: score.bonus })}
        </Typography.Text>
      </Space>
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('stars.levelsTitle')}
      </Typography.Title>
      <List
        size="small"
        data-testid="star-levels"
        dataSource={score.levels}
        renderItem={(l) => {
          const met = !l.totalShort && l.shortItems.length === 0;
          return (
            <List.Item data-testid={`star-level-${l.level}`} data-met={met}>
              <Space align="start">
                {met ? (
                  <CheckCircleOutlined style={{ color: '#237804' }} aria-hidden />
                ) : (
                  <CloseCircleOutlined style={{ color: '#cf1322' }} aria-hidden />
                )}
                <Typography.Text strong style={{ minWidth: 150, display: 'inline-block' }}>
                  {t('stars.levelThreshold', { stars: stars(l.level), threshold: l.threshold })}
                </Typography.Text>
                <Space direction="vertical" size={0}>
                  {met && <Typography.Text>{t('stars.levelMet')}</Typography.Text>}
                  {l.totalShort && (
                    <Typography.Text type="danger">{t('stars.totalShort', { total: score.total, threshold: l.threshold })}</Typography.Text>
                  )}
                  {l.shortItems.map((i) => (
                    <Typography.Text type="danger" key={i.code}>
                      {i.applicable
                        ? t('stars.itemShort', { code: i.code, name: nameOf(i.code), achieved: i.achieved, needed: i.needed })
                        : t('stars.itemNotApplicable', { code: i.code, name: nameOf(i.code) })}
                    </Typography.Text>
                  ))}
                </Space>
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
