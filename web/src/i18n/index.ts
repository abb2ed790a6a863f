import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { zh } from './zh.js';

export type Lang = 'zh' | 'en';
const stored = localStorage.getItem('certdesk.lang');
export const initialLang: Lang = stored === 'en' ? 'en' : 'zh';

void i18n.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: initialLang,
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
});

export function setLang(lang: Lang) {
  localStorage.setItem('certdesk.lang', lang);
  void i18n.changeLanguage(lang);
}

export default i18n;
