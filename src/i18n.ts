import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, type Catalogue } from '../content/locales/en';

// English ships in the main bundle; any other language is fetched when first chosen, so people
// who read English never download it. To add Welsh: create content/locales/cy/index.ts exporting
// `cy` with the same shape as `en`, then add
//   cy: () => import('../content/locales/cy').then((m) => m.cy),
// to `lazyCatalogues` (and 'cy' to `Language`).
export type Language = 'en';

export const namespaces = ['common', 'questions', 'result', 'actions', 'organisations', 'instruments', 'reasons'] as const;

const lazyCatalogues: Partial<Record<Language, () => Promise<Catalogue>>> = {};

/** A fresh, fully initialised i18next instance with the English catalogue (synchronous). */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: ['en', ...Object.keys(lazyCatalogues)],
    resources: { en },
    ns: [...namespaces],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  return instance;
}

/** Loads a language's catalogue (once) and switches to it. */
export async function changeLanguage(instance: i18n, language: Language): Promise<void> {
  const load = lazyCatalogues[language];
  if (load && !instance.hasResourceBundle(language, 'common')) {
    const catalogue = await load();
    for (const [ns, resources] of Object.entries(catalogue)) instance.addResourceBundle(language, ns, resources);
  }
  await instance.changeLanguage(language);
  document.documentElement.lang = language;
}
