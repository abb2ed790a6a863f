import { Radio, Slider, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The words of the satisfaction scale, lowest first (surveys.rating.* in the catalogs). */
export const ratingWords = ['veryDissatisfied', 'dissatisfied', 'neutral', 'satisfied', 'verySatisfied'] as const;
export type RatingWord = (typeof ratingWords)[number];

/**
 * The word for a score on a 0 … max scale, from the scheme's line of dissatisfaction
 * (survey.dissatisfiedBelowScore, the one that files a complaint): below it dissatisfied — very
 * dissatisfied in its lower half —; from it up, neutral in the first quarter of the rest,
 * satisfied up to three quarters, very satisfied above (on the default 0–10 scale with 6: 0–2,
 * 3–5, 6, 7–8, 9–10).
 */
export function ratingWord(score: number, max: number, dissatisfiedBelow: number): RatingWord {
  if (score < dissatisfiedBelow) return score < dissatisfiedBelow / 2 ? 'veryDissatisfied' : 'dissatisfied';
  const above = max > dissatisfiedBelow ? (score - dissatisfiedBelow) / (max - dissatisfiedBelow) : 1;
  if (above < 0.25) return 'neutral';
  if (above < 0.75) return 'satisfied';
  return 'verySatisfied';
}

const wordColour: Record<RatingWord, string> = {
  veryDissatisfied: 'red',
  dissatisfied: 'volcano',
  neutral: 'gold',
  satisfied: 'green',
  verySatisfied: 'green',
};

/**
 * A satisfaction score from 0 to `max`: one button per score (a slider on a scale of more than
 * ten steps) between the scale's end words, and the chosen score's word beside it. The buttons are
 * one radio group named by the question, so Tab reaches it and the arrow keys move the score;
 * each score is read out with its word. A form field: takes `value` and `onChange`.
 */
export function ScoreRating({
  max,
  dissatisfiedBelow,
  label,
  value,
  onChange,
  id,
  testId,
}: {
  max: number;
  /** a score below it is dissatisfied (survey.dissatisfiedBelowScore) */
  dissatisfiedBelow: number;
  /** the question, the group's accessible name */
  label: string;
  value?: number;
  onChange?: (score: number) => void;
  id?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const word = (n: number) => t(`surveys.rating.${ratingWord(n, max, dissatisfiedBelow)}`);
  return (
    <Space wrap size="small" align="center">
      <Typography.Text type="secondary" aria-hidden>
        {t('surveys.rating.veryDissatisfied')}
      </Typography.Text>
      {max <= 10 ? (
        <Radio.Group
          id={id}
          data-testid={testId}
          aria-label={label}
          optionType="button"
          buttonStyle="solid"
          size="small"
          value={value}
          onChange={(e) => onChange?.(e.target.value as number)}
        >
          {Array.from({ length: max + 1 }, (_, n) => (
            <Radio.Button key={n} value={n} title={word(n)} aria-label={`${n} ${word(n)}`}>
              {n}
            </Radio.Button>
          ))}
        </Radio.Group>
      ) : (
        <Slider
          id={id}
          data-testid={testId}
          style={{ width: 260 }}
          min={0}
          max={max}
          value={value}
          onChange={(n: number) => onChange?.(n)}
          ariaLabelForHandle={label}
          ariaValueTextFormatterForHandle={(n) => (n === undefined ? '' : `${n} ${word(n)}`)}
          tooltip={{ formatter: (n) => (n === undefined ? null : `${n} ${word(n)}`) }}
        />
      )}
      <Typography.Text type="secondary" aria-hidden>
        {t('surveys.rating.verySatisfied')}
      </Typography.Text>
      <span aria-live="polite" data-testid={testId && `${testId}-word`}>
        {value === undefined || value === null ? (
          <Tag>{t('surveys.rating.notRated')}</Tag>
        ) : (
          <Tag color={wordColour[ratingWord(value, max, dissatisfiedBelow)]}>
            {value} · {word(value)}
          </Tag>
        )}
      </span>
    </Space>
  );
}
