import i18next from 'i18next';
import { en } from '../content/locales/en';
import type { Citation, MessageVars } from './types';

// The contract gives each reason an English `text` and `citation`; the wording itself is content.
// A private i18next instance renders it, addressed to the person ("self"), with no React.
const english = i18next.createInstance();
void english.init({
  lng: 'en',
  resources: { en },
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function englishText(ns: keyof typeof en, key: string, vars?: MessageVars): string {
  return english.t(key, { ns, context: 'self', ...vars, defaultValue: '' });
}

export function englishCitation(source: Citation): string {
  const instrument = english.t(source.instrument, { ns: 'instruments', defaultValue: '' });
  return source.provision ? `${instrument}, ${source.provision}` : instrument;
}
