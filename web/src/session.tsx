import { App as AntApp } from 'antd';
import { createContext, useCallback, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Me } from './api.js';

export interface Session {
  me: Me;
  lang: 'zh' | 'en';
  may: (permission: string) => boolean;
  /** the server never sends this role `field` of `kind` records: leave its column out */
  hides: (kind: string, field: string) => boolean;
}

export const SessionContext = createContext<Session | null>(null);

/** Keep the value stable (useMemo) where it is provided: pages use `may` in effect dependencies. */
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside a signed-in page');
  return s;
}

/** Shows an API error in the user's language. */
export function useShowError() {
  const { message } = AntApp.useApp();
  const { i18n } = useTranslation();
  return useCallback(
    (err: unknown) => {
      if (err instanceof ApiError) void message.error(i18n.language === 'en' ? err.text.en : err.text.zh);
      else void message.error(String(err));
    },
    [message, i18n.language],
  );
}

/** A server's per-field errors as a form shows them beside their fields (none for other errors). */
export function formFieldErrors(err: unknown, lang: string) {
  if (!(err instanceof ApiError) || !err.details?.fields) return [];
  return err.details.fields.map((f) => ({ name: f.field.split('.')[0]!, errors: [pick(f.message, lang)] }));
}

/** A text in the user's language; '' where the server sent none (a field the role does not see). */
export function pick(text: { zh: string; en: string } | undefined, lang: string) {
  return text === undefined ? '' : lang === 'en' ? text.en : text.zh;
}

/** A person with the role beside the name, as pickers and the header show them: "杨磊 · 审核员", "孙强 · 客户服务部负责人". */
export function usePersonLabel() {
  const { t } = useTranslation();
  return useCallback(
    (p: { displayName: string; role: string; manager?: boolean }) => {
      const role = t(`roles.${p.role}`, { defaultValue: p.role });
      return `${p.displayName} · ${p.manager ? t('roles.managerOf', { role }) : role}`;
    },
    [t],
  );
}

/** A form's save: spinner while it runs, "saved" and `onDone` on success, the server's message on failure. */
export function useSave(onDone: () => void) {
  const { message } = AntApp.useApp();
  const { t } = useTranslation();
  const showError = useShowError();
  const [saving, setSaving] = useState(false);
  const save = useCallback(
    async (work: () => Promise<unknown>) => {
      setSaving(true);
      try {
        await work();
        void message.success(t('common.saved'));
        onDone();
      } catch (err) {
        showError(err);
      } finally {
        setSaving(false);
      }
    },
    [message, t, showError, onDone],
  );
  return { saving, save };
}
