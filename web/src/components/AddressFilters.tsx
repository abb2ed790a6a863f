import { DatePicker, Input } from 'antd';
import dayjs from 'dayjs';

type Filters = Partial<Record<string, string | undefined>>;
type Update = (changes: Filters) => void;

/**
 * A text filter of a list whose filters live in the address bar (useAddressFilters): applied on
 * Enter, removed by its clear button, and showing the address's value again when that changes (back, a link).
 */
export function AddressSearch({
  name,
  filters,
  update,
  label,
  width,
  testId,
  title,
}: {
  name: string;
  filters: Filters;
  update: Update;
  label: string;
  width: number;
  testId?: string;
  title?: string;
}) {
  return (
    <Input.Search
      allowClear
      style={{ width }}
      placeholder={label}
      aria-label={label}
      title={title}
      defaultValue={filters[name]}
      key={`${name}-${filters[name] ?? ''}`}
      onSearch={(v) => update({ [name]: v.trim() || undefined })}
      data-testid={testId}
    />
  );
}

/** A date range filter of such a list: either end may stay open. */
export function AddressDateRange({
  from,
  to,
  filters,
  update,
  placeholder,
  label,
  testId,
}: {
  from: string;
  to: string;
  filters: Filters;
  update: Update;
  placeholder: [string, string];
  label?: string;
  testId?: string;
}) {
  return (
    <DatePicker.RangePicker
      allowEmpty={[true, true]}
      aria-label={label}
      placeholder={placeholder}
      value={[filters[from] ? dayjs(filters[from]) : null, filters[to] ? dayjs(filters[to]) : null]}
      onChange={(r) => update({ [from]: r?.[0]?.format('YYYY-MM-DD'), [to]: r?.[1]?.format('YYYY-MM-DD') })}
      data-testid={testId}
    />
  );
}
