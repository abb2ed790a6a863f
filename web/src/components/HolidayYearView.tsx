import { App as AntApp, AutoComplete, Button, Col, DatePicker, Input, Popconfirm, Row, Segmented, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Answer, type RequestBody } from '../api.js';
import { addDays } from '../../../src/lib/dates.js';
import { officialFestivals } from '../../../src/modules/calendar/holiday.seed.js';
import { datesBetween, isWeekend, monthWeeks } from '../holiday-calendar.js';
import { useSession, useShowError } from '../session.js';
import './HolidayYearView.css';

type Holiday = Answer<'/api/holidays', 'GET'>[number];
type Mark = 'holiday' | 'workday' | 'ordinary';
type Names = { zh: string; en: string };

/** The festivals of the official calendar, offered as names; an adjusted working day is named after its festival. */
const festivals: Names[] = [...new Map(officialFestivals.map((f) => [f.zh, { zh: f.zh, en: f.en }])).values()];
const WORKDAY_ZH = '调休上班';
const WORKDAY_EN = ' (adjusted working day)';

/** The names of a festival's days off, or of the weekend days worked for it (as the official calendar names them). */
function namesFor(kind: 'holiday' | 'workday', names: Names): Names {
  const zh = names.zh.trim().replace(/调休上班$/, '');
  const en = names.en.trim().replace(/ \(adjusted working day\)$/, '');
  if (kind === 'holiday' || !zh) return { zh, en };
  return { zh: zh + WORKDAY_ZH, en: en ? en + WORKDAY_EN : '' };
}

/**
 * The year at a glance: twelve month grids, each day coloured as a day off, an adjusted working
 * day, a weekend or an ordinary working day. One with holidays:write selects a day or a run of days
 * (click, shift-click or drag; arrow keys, shift+arrows) and marks them in one step.
 */
export function HolidayYearView({
  year,
  today,
  rows,
  editable,
  onEdit,
  onChanged,
}: {
  year: number;
  /** the CB's date today */
  today: string;
  rows: Holiday[];
  editable: boolean;
  /** opens the page's dialog for one entry */
  onEdit: (h: Holiday) => void;
  onChanged: () => unknown;
}) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const showError = useShowError();
  const { message } = AntApp.useApp();
  const byDate = useMemo(() => new Map(rows.map((r) => [r.date, r])), [rows]);
  // the day the keyboard starts from: today in this year, else the first of January
  const startDay = today.startsWith(`${year}-`) ? today : `${year}-01-01`;
  const [selection, setSelection] = useState<{ anchor: string; end: string } | null>(null);
  const [focusDate, setFocusDate] = useState(startDay);
  const [mark, setMark] = useState<Mark>('holiday');
  const [names, setNames] = useState<Names>({ zh: '', en: '' });
  const [saving, setSaving] = useState(false);
  const dragging = useRef(false);
  // where the mouse last was: a day that comes under a still pointer (the page moved) does not extend a drag
  const pointer = useRef({ x: -1, y: -1 });
  const gridRef = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);

  useEffect(() => {
    setSelection(null);
    setFocusDate(startDay);
  }, [startDay]);

  useEffect(() => {
    const up = () => {
      dragging.current = false;
    };
    const move = (e: MouseEvent) => {
      pointer.current = { x: e.clientX, y: e.clientY };
    };
    window.addEventListener('mouseup', up);
    window.addEventListener('mousemove', move);
    return () => {
      window.removeEventListener('mouseup', up);
      window.removeEventListener('mousemove', move);
    };
  }, []);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    gridRef.current?.querySelector<HTMLButtonElement>(`button[data-date="${focusDate}"]`)?.focus();
  }, [focusDate]);

  const dates = selection ? datesBetween(selection.anchor, selection.end) : [];
  const from = dates[0];
  const to = dates[dates.length - 1];
  const selected = new Set(dates);
  const allWeekend = dates.length > 0 && dates.every(isWeekend);
  const entries = dates.flatMap((d) => byDate.get(d) ?? []);
  const single = dates.length === 1 ? byDate.get(dates[0]!) : undefined;
  const effectiveMark: Mark = mark === 'workday' && !allWeekend ? 'holiday' : mark;

  // one day with an entry shows what it holds, ready to change
  const singleKey = single ? `${single.date}:${single.version}` : '';
  useEffect(() => {
    if (!single) return;
    setMark(single.kind);
    setNames({ zh: single.nameZh, en: single.nameEn });
  }, [singleKey]);

  // a run with a weekday cannot be worked: it is offered as days off, named after the festival again
  useEffect(() => {
    if (dates.length > 0 && !allWeekend && mark === 'workday') changeMark('holiday');
  }, [dates.length, allWeekend, mark]);

  function choose(date: string, extend: boolean) {
    setFocusDate(date);
    setSelection((s) => (extend && s ? { anchor: s.anchor, end: date } : { anchor: date, end: date }));
  }

  function onGridKey(e: KeyboardEvent<HTMLDivElement>) {
    const date = (e.target as HTMLElement).dataset.date;
    if (!date) return;
    if (e.key === 'Escape') {
      setSelection(null);
      return;
    }
    const step = ({ ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 } as Record<string, number>)[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const next = addDays(date, step);
    if (!next.startsWith(`${year}-`)) return;
    moveFocus.current = true;
    setFocusDate(next);
    if (e.shiftKey) setSelection((s) => ({ anchor: s?.anchor ?? date, end: next }));
  }

  function changeMark(m: Mark) {
    setMark(m);
    if (m !== 'ordinary') setNames((n) => namesFor(m, n));
  }

  function describe(date: string) {
    const entry = byDate.get(date);
    const kind = entry ? entry.kind : isWeekend(date) ? 'weekend' : 'ordinary';
    const kindLabel = t(`holidays.dayKinds.${kind}`);
    const name = entry ? (lang === 'en' ? entry.nameEn : entry.nameZh) : '';
    const label = [date, name, kindLabel, date === today ? t('holidays.today') : ''].filter(Boolean).join(' ');
    return { kind, label, title: name ? `${name} · ${kindLabel}` : kindLabel };
  }

  async function apply() {
    if (effectiveMark === 'ordinary') return;
    const kind = effectiveMark;
    const nameZh = names.zh.trim();
    const nameEn = names.en.trim();
    const fresh = dates.filter((d) => !byDate.has(d));
    const changed = entries.filter((h) => h.kind !== kind || h.nameZh !== nameZh || h.nameEn !== nameEn);
    if (fresh.length === 0 && changed.length === 0) {
      void message.info(t('holidays.unchanged'));
      return;
    }
    await saveMarks({ days: dates.map((date) => ({ date, version: byDate.get(date)?.version ?? 0 })), mark: kind, nameZh, nameEn }, () =>
      t('holidays.markedCount', { count: fresh.length + changed.length }),
    );
  }

  const clear = () =>
    saveMarks({ days: entries.map((h) => ({ date: h.date, version: h.version })), mark: 'ordinary' }, () =>
      t('holidays.clearedCount', { count: entries.length }),
    );

  /** One step, all or none: a day changed meanwhile (its version) refuses it; the year is read again either way. */
  async function saveMarks(body: RequestBody<'/api/holidays/mark', 'POST'>, done: () => string) {
    setSaving(true);
    try {
      await api('POST', '/api/holidays/mark', { body });
      void message.success(done());
      setSelection(null);
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
      await onChanged();
    }
  }

  const suggestions = [
    ...new Map(
      [...festivals, ...rows.filter((r) => r.kind === 'holiday').map((r) => ({ zh: r.nameZh, en: r.nameEn }))].map((f) => [f.zh, f]),
    ).values(),
  ].map((f) => namesFor(effectiveMark === 'workday' ? 'workday' : 'holiday', f));
  const weekdays = [1, 2, 3, 4, 5, 6, 0].map((d) => dayjs().day(d).format('dd'));

  return (
    <div>
      <Space wrap size="middle" style={{ marginBottom: 12 }} data-testid="holiday-legend" aria-label={t('holidays.legend')} role="group">
        {(['holiday', 'workday', 'weekend', 'ordinary'] as const).map((k) => (
          <Space size={4} key={k}>
            <span className={`holiday-swatch holiday-day is-${k}`} aria-hidden />
            {t(`holidays.dayKinds.${k}`)}
          </Space>
        ))}
        <Space size={4}>
          <span className="holiday-swatch holiday-day is-today" aria-hidden>
            {Number(today.slice(8))}
          </span>
          {t('holidays.today')}
        </Space>
        {editable && (
          <Space size={4}>
            <span className="holiday-swatch holiday-day is-selected" aria-hidden />
            {t('holidays.selected')}
          </Space>
        )}
      </Space>
      <div
        className="holiday-year"
        ref={gridRef}
        onKeyDown={onGridKey}
        role="group"
        aria-label={t('holidays.yearGrid', { year })}
        data-testid="holiday-year"
      >
        <Row gutter={[16, 16]}>
          {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => {
            const title = t('holidays.monthTitle', {
              year,
              month,
              monthName: dayjs(`${year}-${String(month).padStart(2, '0')}-01`).format('MMMM'),
            });
            return (
              <Col key={month} xs={24} sm={12} md={8} xl={6}>
                <table className="holiday-month" aria-label={title} data-testid={`holiday-month-${month}`}>
                  <caption>{title}</caption>
                  <thead>
                    <tr>
                      {weekdays.map((w) => (
                        <th key={w} scope="col">
                          {w}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {monthWeeks(year, month).map((week, w) => (
                      <tr key={w}>
                        {week.map((date, d) => {
                          if (!date) return <td key={d} />;
                          const { kind, label, title: hover } = describe(date);
                          const className = `holiday-day is-${kind}${date === today ? ' is-today' : ''}${selected.has(date) ? ' is-selected' : ''}`;
                          const day = Number(date.slice(8));
                          return editable ? (
                            <td key={d}>
                              <button
                                type="button"
                                className={className}
                                data-date={date}
                                data-kind={kind}
                                aria-pressed={selected.has(date)}
                                title={hover}
                                tabIndex={date === focusDate ? 0 : -1}
                                onMouseDown={(e) => {
                                  if (e.button !== 0) return;
                                  dragging.current = !e.shiftKey;
                                  pointer.current = { x: e.clientX, y: e.clientY };
                                  choose(date, e.shiftKey);
                                }}
                                onMouseEnter={(e) => {
                                  if (!dragging.current || (e.clientX === pointer.current.x && e.clientY === pointer.current.y)) return;
                                  setFocusDate(date);
                                  setSelection((s) => s && { anchor: s.anchor, end: date });
                                }}
                                // a click from the keyboard (Enter, Space) has no mousedown before it
                                onClick={(e) => e.detail === 0 && choose(date, e.shiftKey)}
                              >
                                {/* named by its date and what it is, not by the bare number (which axe's label-in-name rule would hold against an aria-label) */}
                                <span aria-hidden>{day}</span>
                                <span className="holiday-day-label">{label}</span>
                              </button>
                            </td>
                          ) : (
                            <td key={d} aria-label={label} title={hover}>
                              <span className={className} data-date={date} data-kind={kind}>
                                {day}
                              </span>
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Col>
            );
          })}
        </Row>
      </div>
      {/* always there, and as tall, for an editor: a selection moves no day from under the pointer */}
      {editable && (
        <div
          className={`holiday-year-panel${from ? ' has-selection' : ''}`}
          role="region"
          aria-label={t('holidays.selectionPanel')}
          data-testid="holiday-year-panel"
        >
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap style={{ minHeight: 32 }}>
              {!from || !to ? (
                <Typography.Text type="secondary">{t('holidays.yearHint')}</Typography.Text>
              ) : (
                <>
                  <Typography.Text strong data-testid="holiday-selection">
                    {dates.length === 1
                      ? t('holidays.selectionOne', { date: from })
                      : t('holidays.selectionRange', { from, to, count: dates.length })}
                  </Typography.Text>
                  <DatePicker.RangePicker
                    aria-label={t('holidays.range')}
                    allowClear={false}
                    value={[dayjs(from), dayjs(to)]}
                    disabledDate={(d) => d.year() !== year}
                    onChange={(v) => {
                      if (v?.[0] && v[1]) setSelection({ anchor: v[0].format('YYYY-MM-DD'), end: v[1].format('YYYY-MM-DD') });
                    }}
                  />
                  {single && (
                    <>
                      <Tag color={single.kind === 'holiday' ? 'red' : 'blue'}>{t(`holidays.${single.kind}`)}</Tag>
                      {lang === 'en' ? single.nameEn : single.nameZh}
                      <Button size="small" onClick={() => onEdit(single)} data-testid="holiday-edit-entry">
                        {t('common.edit')}
                      </Button>
                    </>
                  )}
                  {!allWeekend && <Typography.Text type="secondary">{t('holidays.workdayWeekendOnly')}</Typography.Text>}
                </>
              )}
            </Space>
            <Space wrap>
              {t('holidays.markAs')}
              <Segmented<Mark>
                aria-label={t('holidays.markAs')}
                value={effectiveMark}
                onChange={changeMark}
                disabled={!from}
                data-testid="holiday-mark-kind"
                options={[
                  { value: 'holiday', label: t('holidays.holiday') },
                  { value: 'workday', label: t('holidays.workday'), disabled: !allWeekend },
                  { value: 'ordinary', label: t('holidays.markOrdinary') },
                ]}
              />
              {effectiveMark !== 'ordinary' ? (
                <>
                  <label htmlFor="holiday-mark-name-zh">{t('holidays.nameZh')}</label>
                  <AutoComplete
                    id="holiday-mark-name-zh"
                    style={{ width: 200, maxWidth: '100%' }}
                    value={names.zh}
                    disabled={!from}
                    options={suggestions.map((s) => ({ value: s.zh }))}
                    filterOption={(input, o) => String(o?.value ?? '').includes(input)}
                    onChange={(zh: string) =>
                      setNames((n) => {
                        // a known name brings its English; a name typed over one drops the English that came with it
                        const known = suggestions.find((s) => s.zh === zh);
                        const came = suggestions.find((s) => s.zh === n.zh)?.en === n.en;
                        return { zh, en: known?.en ?? (came ? '' : n.en) };
                      })
                    }
                  />
                  <label htmlFor="holiday-mark-name-en">{t('holidays.nameEn')}</label>
                  <Input
                    id="holiday-mark-name-en"
                    style={{ width: 240, maxWidth: '100%' }}
                    value={names.en}
                    disabled={!from}
                    onChange={(e) => setNames((n) => ({ ...n, en: e.target.value }))}
                  />
                  <Button
                    type="primary"
                    loading={saving}
                    disabled={!from || !names.zh.trim() || !names.en.trim()}
                    onClick={apply}
                    data-testid="holiday-mark-apply"
                  >
                    {t('holidays.apply')}
                  </Button>
                </>
              ) : entries.length > 0 ? (
                <Popconfirm
                  title={t('holidays.confirmClear', {
                    count: entries.length,
                    dates: entries.map((h) => h.date).join(lang === 'en' ? ', ' : '、'),
                  })}
                  onConfirm={clear}
                >
                  <Button danger loading={saving} data-testid="holiday-mark-apply">
                    {t('holidays.clearEntries')}
                  </Button>
                </Popconfirm>
              ) : (
                <Typography.Text type="secondary">{t('holidays.nothingToClear')}</Typography.Text>
              )}
              <Button disabled={!from} onClick={() => setSelection(null)}>
                {t('holidays.clearSelection')}
              </Button>
            </Space>
          </Space>
        </div>
      )}
    </div>
  );
}
