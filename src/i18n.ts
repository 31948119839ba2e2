import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../content/locales/en';
import { rememberTranslations } from './remembered-translations';

// English ships in the main bundle; any other language is a chunk of its own, fetched when first
// chosen, so it is never part of the first load (the service worker may keep a copy for offline
// use after the page has loaded). Welsh (content/locales/cy) has the same namespaces and keys as
// English (tests/i18n-catalogues.test.ts).
export const languages = ['en', 'cy'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

export const namespaces = [
  'common',
  'questions',
  'result',
  'actions',
  'organisations',
  'instruments',
  'reasons',
  'pages',
  'letters',
] as const;

type LoadedCatalogue = Record<(typeof namespaces)[number], object>;

const lazyCatalogues: Partial<Record<Language, () => Promise<LoadedCatalogue>>> = {
  cy: () => import('../content/locales/cy').then((m) => m.cy),
};

/** A fresh, fully initialised i18next instance with the English catalogue (synchronous). */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...languages],
    resources: { en },
    ns: [...namespaces],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  return rememberTranslations(instance);
}

/** Loads a language's catalogue (once) and switches to it; `<html lang>` follows. */
export async function changeLanguage(instance: i18n, language: Language): Promise<void> {
  const load = lazyCatalogues[language];
  if (load && !instance.hasResourceBundle(language, 'common')) {
    const catalogue = await load();
    for (const [ns, resources] of Object.entries(catalogue)) instance.addResourceBundle(language, ns, resources);
  }
  await instance.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The language the instance is showing ('en' for anything it does not know). */
export function languageOf(instance: i18n): Language {
  return isLanguage(instance.language) ? instance.language : 'en';
}
