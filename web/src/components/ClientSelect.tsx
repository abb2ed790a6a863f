import { Select } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';

/** Clients to pick from, searched on the server as the user types. */
export function ClientSelect({
  value,
  onChange,
  allowClear,
}: {
  value?: string;
  onChange?: (v: string | undefined) => void;
  /** the client may be left unnamed */
  allowClear?: boolean;
}) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const search = useCallback((q: string) => {
    void api('GET', '/api/clients', { query: { q, pageSize: 20 } }).then(
      (r) => setOptions(r.items.map((c) => ({ value: c.id, label: c.name, title: c.name }))),
      () => setOptions([]),
    );
  }, []);
  useEffect(() => search(''), [search]);
  return (
    <Select
      showSearch
      filterOption={false}
      onSearch={search}
      options={options}
      value={value}
      onChange={onChange}
      allowClear={allowClear}
      placeholder={t('common.search')}
    />
  );
}
