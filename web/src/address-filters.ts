import { useSearchParams } from 'react-router-dom';

/**
 * A list's filters, sort and page kept in the address bar, so that a filtered list can be
 * bookmarked and sent. `update` sets the values given and clears the empty ones; any change but
 * the page's own goes back to the first page.
 */
export function useAddressFilters() {
  const [params, setParams] = useSearchParams();
  function update(changes: Partial<Record<string, string | undefined>>) {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  }
  return { params, setParams, update };
}
