import { afterEach, describe, expect, it } from 'vitest';
import { pendingClass, pendingScript, showsPrerenderedStart } from './first-screen';

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

const home = { pathname: '/', search: '' };

describe('which loads show the pre-rendered start page', () => {
  it('shows it for "/" in English with nothing saved in the tab', () => {
    expect(showsPrerenderedStart(home, storageWith({}))).toBe(true);
    expect(showsPrerenderedStart(home, undefined)).toBe(true);
    expect(showsPrerenderedStart(home, storageWith({ 'another-site': 'x' }))).toBe(true);
  });

  it('hides it for any other address, a language in the address, or anything the tool saved', () => {
    expect(showsPrerenderedStart({ pathname: '/who-for', search: '' }, storageWith({}))).toBe(false);
    expect(showsPrerenderedStart({ pathname: '/', search: '?lang=cy' }, storageWith({}))).toBe(false);
    expect(showsPrerenderedStart(home, storageWith({ 'advocacy-check': '{}' }))).toBe(false);
    expect(showsPrerenderedStart(home, storageWith({ 'advocacy-check-language': 'cy' }))).toBe(false);
    expect(showsPrerenderedStart(home, storageWith({ 'advocacy-check-exit': 'https://example.org' }))).toBe(false);
  });

  it('shows it when storage cannot be read (nothing can have been saved)', () => {
    const blocked = {
      get length(): number {
        throw new Error('blocked');
      },
    } as unknown as Storage;
    expect(showsPrerenderedStart(home, blocked)).toBe(true);
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

  it('leaves the start page showing on "/" with nothing saved', () => {
    new Function(pendingScript())();
    expect(document.documentElement.classList.contains(pendingClass)).toBe(false);
  });
});
