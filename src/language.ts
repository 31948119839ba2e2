import type { i18n } from 'i18next';
import { changeLanguage, isLanguage, type Language } from './i18n';
import { recoverFromMissingCode } from './updates';

// The language is chosen with the header's language select or `?lang=cy` in the address, and
// remembered for the tab in sessionStorage next to the answers (never localStorage or a cookie),
// so a reload or a link inside the tool keeps it and closing the tab forgets it. English, the
// default, is not stored.

export const languageKey = 'advocacy-check-language';

/** The language `?lang=` names, if it names one the tool has. */
export function languageFromAddress(search: string): Language | undefined {
  const value = new URLSearchParams(search).get('lang');
  return isLanguage(value) ? value : undefined;
}

export function savedLanguage(storage: Storage | undefined): Language | undefined {
  try {
    const value = storage?.getItem(languageKey);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function saveLanguage(storage: Storage | undefined, language: Language): void {
  try {
    if (language === 'en') storage?.removeItem(languageKey);
    else storage?.setItem(languageKey, language);
  } catch {
    // storage blocked or full: the choice lasts until a reload
  }
}

export function forgetLanguage(storage: Storage | undefined): void {
  try {
    storage?.removeItem(languageKey);
  } catch {
    // nothing to do
  }
}

/**
 * Before the first render: switches to the language the address asks for (and remembers it), or
 * else to the one chosen earlier in this tab. If Welsh cannot be loaded, the tool stays in English.
 */
export async function startInChosenLanguage(instance: i18n, storage: Storage | undefined, search: string): Promise<void> {
  const fromAddress = languageFromAddress(search);
  const language = fromAddress ?? savedLanguage(storage) ?? 'en';
  if (language === 'en') {
    if (fromAddress) saveLanguage(storage, 'en');
    return;
  }
  try {
    await changeLanguage(instance, language);
    saveLanguage(storage, language);
  } catch {
    // the catalogue could not be fetched (offline, an old copy of the tool): carry on in English
  }
}

/** Switches language from the header, remembering the choice; false if it could not be loaded. */
export async function chooseLanguage(instance: i18n, storage: Storage | undefined, language: Language): Promise<boolean> {
  try {
    await changeLanguage(instance, language);
  } catch {
    // After a deploy this version's catalogue may be gone: reload into the new version, in this language.
    await recoverFromMissingCode(() => saveLanguage(storage, language));
    return false;
  }
  saveLanguage(storage, language);
  return true;
}
