import i18next from 'i18next';
import { en } from '../content/locales/en';
import type { Citation, MessageVars } from './types';

// The contract gives each reason an English `text` and `citation`; the wording itself is content.
// A private i18next instance renders it, addressed to the person ("self"), with no React. It is
// made on first use, not when the module loads: the app loads this module while the start page is
// on screen, and only needs it once there is a result.
let english: ReturnType<typeof i18next.createInstance> | undefined;
function englishInstance() {
  if (!english) {
    english = i18next.createInstance();
    void english.init({
      lng: 'en',
      resources: { en },
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return english;
}

// The same few hundred strings are rendered again and again (every assessment, every test):
// remember each rendering rather than ask i18next each time.
const rendered = new Map<string, string>();

export function englishText(ns: keyof typeof en, key: string, vars?: MessageVars): string {
  const id = vars ? `${ns}:${key}:${JSON.stringify(vars)}` : `${ns}:${key}`;
  let text = rendered.get(id);
  if (text === undefined) {
    text = englishInstance().t(key, { ns, context: 'self', ...vars, defaultValue: '' });
    rendered.set(id, text);
  }
  return text;
}

export function englishCitation(source: Citation): string {
  const instrument = englishText('instruments', source.instrument);
  const cited = source.provision ? `${instrument}, ${source.provision}` : instrument;
  return source.notInForce ? `${cited} ${englishText('instruments', 'notInForce')}` : cited;
}
