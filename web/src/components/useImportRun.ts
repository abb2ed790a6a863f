import { useEffect, useRef, useState } from 'react';
import { api, type Answer } from '../api.js';
import { useShowError } from '../session.js';

/** How often an open import is asked how far it has got. */
const IMPORT_POLL_MS = 1000;

type ImportBase = '/api/clients/import' | '/api/risk-items/import';
/** An import's record as its kind's API answers it. */
export type ImportRunOf<B extends ImportBase> = Answer<`${B}/{id}`, 'GET'>;

/**
 * An import's record (`{base}/{id}`), followed while the server checks or writes it; `confirm`
 * asks for it to be written and follows it again, and `onApplied` hears of a write confirmed here
 * (not of one found already written when the record is reopened); `discard` gives a preview up.
 * A refusal of either is shown to the user.
 */
export function useImportRun<B extends ImportBase, R extends ImportRunOf<B> = ImportRunOf<B>>(
  kind: B,
  importId: string | null,
  onApplied: (result: NonNullable<R['result']>) => void,
): { run: R | null; writing: boolean; confirm: () => Promise<void>; discard: () => Promise<void> } {
  const showError = useShowError();
  const [latest, setRun] = useState<R | null>(null);
  // polling restarts after a confirmation made here, which then reports its result
  const [confirmations, setConfirmations] = useState(0);
  const confirmedHere = useRef(false);

  // the calls on the union of both kinds' paths; the record is the kind's own
  const base: ImportBase = kind;
  useEffect(() => {
    if (!importId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const r = await api('GET', `${base}/{id}`, { path: { id: importId } });
        if (stopped) return;
        setRun(r as R);
        if (r.status === 'checking' || r.status === 'writing') timer = setTimeout(() => void poll(), IMPORT_POLL_MS);
        else if (r.status === 'applied' && r.result && confirmedHere.current) {
          confirmedHere.current = false;
          onApplied(r.result as NonNullable<R['result']>);
        }
      } catch (err) {
        if (!stopped) showError(err);
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [importId, confirmations]);

  const [writing, setWriting] = useState(false);
  async function confirm() {
    setWriting(true);
    try {
      setRun((await api('POST', `${base}/{id}/confirm`, { path: { id: importId! } })) as R);
      confirmedHere.current = true;
      setConfirmations((n) => n + 1);
    } catch (err) {
      showError(err);
    } finally {
      setWriting(false);
    }
  }

  async function discard() {
    try {
      setRun((await api('POST', `${base}/{id}/discard`, { path: { id: importId! } })) as R);
    } catch (err) {
      showError(err);
    }
  }

  return { run: (latest as ImportRunOf<ImportBase> | null)?.id === importId ? latest : null, writing, confirm, discard };
}
