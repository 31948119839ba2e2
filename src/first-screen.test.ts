import { afterEach, describe, expect, it } from 'vitest';
import { languages } from './i18n';
import { languageKey } from './language';
import { storageKey } from './persistence';
import { adoptable, firstScreen, keepAskedLanguage, liveScreen, pendingClass, pendingScript } from './first-screen';

function storageWith(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

const at = (pathname: string, search = '') => ({ pathname, search });
const home = at('/');
const blocked = {
  getItem(): string {
    throw new Error('blocked');
  },
} as unknown as Storage;

describe('which pre-rendered page a load shows', () => {
  it('the start page in English on "/", whatever was saved', () => {
    expect(firstScreen(home, storageWith({}))).toBe('start-en');
    expect(firstScreen(home, undefined)).toBe('start-en');
    expect(firstScreen(home, blocked)).toBe('start-en');
    expect(firstScreen(home, storageWith({ [storageKey]: '{}' }))).toBe('start-en');
    expect(firstScreen(at('/', '?lang=en'), storageWith({ [languageKey]: 'cy' }))).toBe('start-en');
    expect(liveScreen).toBe('start-en');
  });

  it('Welsh when the address asks for it or it was chosen earlier in the tab', () => {
    expect(firstScreen(at('/', '?lang=cy'), storageWith({}))).toBe('start-cy');
    expect(firstScreen(home, storageWith({ [languageKey]: 'cy' }))).toBe('start-cy');
    expect(firstScreen(at('/get-help'), storageWith({ [languageKey]: 'cy' }))).toBe('get-help-cy');
    expect(firstScreen(at('/who-for', '?lang=xx'), storageWith({ [languageKey]: 'xx' }))).toBe('loading-en');
  });

  it('Get help now at its address, and "loading" at any other', () => {
    expect(firstScreen(at('/get-help'), storageWith({}))).toBe('get-help-en');
    expect(firstScreen(at('/get-help/'), storageWith({}))).toBe('get-help-en');
    expect(firstScreen(at('/who-for'), storageWith({}))).toBe('loading-en');
    expect(firstScreen(at('/no-such-page', '?lang=cy'), storageWith({}))).toBe('loading-cy');
  });

  it('nothing while an exit is under way', () => {
    expect(firstScreen(at('/who-for'), storageWith({ 'advocacy-check-exit': '1' }))).toBe('');
  });

  it('knows every language the app has', () => {
    for (const language of languages) expect(firstScreen(at('/', `?lang=${language}`), undefined)).toBe(`start-${language}`);
  });
});

describe('which pre-rendered pages the app adopts as they are', () => {
  it('the start page and Get help now in the language the app shows, with no answers saved', () => {
    expect(adoptable('start-en', 'en', storageWith({}))).toBe(true);
    expect(adoptable('get-help-cy', 'cy', storageWith({ [languageKey]: 'cy' }))).toBe(true);
    expect(adoptable('start-cy', 'en', storageWith({}))).toBe(false); // Welsh could not be loaded
    expect(adoptable('loading-en', 'en', storageWith({}))).toBe(false);
    expect(adoptable('start-en', 'en', storageWith({ [storageKey]: 'junk' }))).toBe(false);
    expect(adoptable('', 'en', undefined)).toBe(false);
  });
});

describe('a language asked for in the address', () => {
  it('is kept for the tab before the app arrives, as the app keeps it', () => {
    const storage = storageWith({});
    keepAskedLanguage('?lang=cy', storage);
    expect(storage.getItem(languageKey)).toBe('cy');
    keepAskedLanguage('', storage);
    expect(storage.getItem(languageKey)).toBe('cy');
    keepAskedLanguage('?lang=en', storage);
    expect(storage.getItem(languageKey)).toBeNull();
    expect(() => keepAskedLanguage('?lang=cy', blocked)).not.toThrow();
  });
});

describe('the inline script in index.html', () => {
  afterEach(() => {
    document.documentElement.classList.remove(pendingClass);
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('stands alone: run as it is, it marks the page pending on a deep address', () => {
    window.history.replaceState(null, '', '/who-for');
    new Function(pendingScript())();
    expect(document.documentElement.classList.contains(pendingClass)).toBe(true);
  });

  it('leaves the start page showing on "/" in English', () => {
    new Function(pendingScript())();
    expect(document.documentElement.classList.contains(pendingClass)).toBe(false);
  });
});
