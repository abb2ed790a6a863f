import { useEffect, useRef, useState } from 'react';
import { api } from '../api.js';
import { useShowError } from '../session.js';

/** How often an open import is asked how far it has got. */
const IMPORT_POLL_MS = 1000;

interface RunShape {
  id: string;
  status: 'checking' | 'previewed' | 'writing' | 'applied' | 'failed';
  result: unknown;
}

/**
 * An import's record (`{base}/{id}`), followed while the server checks or writes it; `confirm`
 * asks for it to be written and follows it again, and `onApplied` hears of a write confirmed here
 * (not of one found already written when the record is reopened); `discard` gives a preview up.
 * A refusal of either is shown to the user.
 */
export function useImportRun<R extends RunShape>(
  base: string,
  importId: string | null,
  onApplied: (result: NonNullable<R['result']>) => void,
): { run: R | null; writing: boolean; confirm: () => Promise<void>; discard: () => Promise<void> } {
  const showError = useShowError();
  const [latest, setRun] = useState<R | null>(null);
  // polling restarts after a confirmation made here, which then reports its result
  const [confirmations, setConfirmations] = useState(0);
  const confirmedHere = useRef(false);

  useEffect(() => {
    if (!importId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const r = await api<R>('GET', `${base}/${importId}`);
        if (stopped) return;
        setRun(r);
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
      setRun(await api<R>('POST', `${base}/${importId}/confirm`));
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
      setRun(await api<R>('POST', `${base}/${importId}/discard`));
    } catch (err) {
      showError(err);
    }
  }

  return { run: latest?.id === importId ? latest : null, writing, confirm, discard };
}
