// Helpers for comparing the English and Welsh catalogues (tests/i18n-catalogues.test.ts and the
// Welsh rendering tests): flattened keys, plural forms, placeholders, and what counts as an
// untranslated copy.

/** Every string in a catalogue namespace by dotted key; list items by index ("start.helpsWith.0"). */
export function flatten(node: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof node === 'string') out.set(prefix, node);
  else if (Array.isArray(node)) node.forEach((item, i) => flatten(item, prefix ? `${prefix}.${i}` : String(i), out));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** "exitThisPage.pressMore" for "exitThisPage.pressMore_one"; undefined for a key with no plural form. */
export function pluralBase(key: string): string | undefined {
  return pluralSuffix.test(key) ? key.replace(pluralSuffix, '') : undefined;
}

/** The plural categories a language's grammar has (Welsh has all six). */
export function pluralCategories(language: string): string[] {
  return [...new Intl.PluralRules(language).resolvedOptions().pluralCategories];
}

/** The {{placeholder}} names in a string, sorted, each once. */
export function placeholders(value: string): string[] {
  return [...new Set([...value.matchAll(/{{\s*([^},\s]+)[^}]*}}/g)].map((m) => m[1]!))].sort();
}

// Strings that may be the same in both languages: names of organisations that have no Welsh name
// (they are brands, and people search for them by that name). Add to this list only with a reason.
const sameInBothLanguages = new Set([
  'organisations:samaritans.name',
  'organisations:shout.name',
  'organisations:breathing-space.name', // a Scottish service
  'organisations:lifeline.name', // a Northern Irish service
  'organisations:voiceability.name',
  'organisations:pohwer.name',
  'organisations:advocacy-support-cymru.name',
  'organisations:llais.name',
  'organisations:tgp-cymru.name',
  'organisations:rethink-mental-illness.name',
  'organisations:carers-uk.name',
  'organisations:disability-action.name', // a Northern Irish charity
  'organisations:nyas.name', // a brand (its Welsh arm is NYAS Cymru)
  'organisations:siaa.name', // a Scottish body with no Welsh name
  'organisations:patient-and-client-council.name', // a Northern Irish body with no Welsh name
  'pages:phaseBanner.tag.beta', // GOV.UK's Welsh phase banners say "Beta" too
  'letters:to.nhsComplaints.arrangedBy.wales.name', // Llais: a Welsh name in both languages
  // parts of file names: the advocates' abbreviations are the same in Welsh
  'letters:files.short.imha',
  'letters:files.short.imca',
  'letters:files.short.ni-imca',
]);

/** Nothing to translate once placeholders, web and email addresses, numbers and punctuation are gone. */
function hasWords(value: string): boolean {
  const rest = value
    .replace(/{{[^}]*}}/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\S+@\S+/g, ' ')
    .replace(/[0-9]/g, ' ');
  return /\p{L}{2,}/u.test(rest);
}

function untranslatedEntries(ns: string, english: unknown, welsh: unknown): [string, string][] {
  const source = flatten(english);
  return [...flatten(welsh)].filter(
    ([key, value]) => source.get(key) === value && hasWords(value) && !sameInBothLanguages.has(`${ns}:${key}`),
  );
}

/** Keys of namespace `ns` whose Welsh string is the English one, copied unchanged. */
export function untranslated(ns: string, english: unknown, welsh: unknown): string[] {
  return untranslatedEntries(ns, english, welsh).map(([key, value]) => `${key}: ${value.length > 60 ? `${value.slice(0, 57)}...` : value}`);
}

/** The longest literal run between placeholders, when long enough to be telling on a page. */
function tellingFragment(value: string, minLength: number): string | undefined {
  const longest = value
    .split(/{{[^}]*}}/)
    .map((part) => part.trim())
    .sort((a, b) => b.length - a.length)[0];
  return longest && longest.length >= minLength && /\s/.test(longest) ? longest : undefined;
}

/**
 * Pieces of the English strings still copied unchanged into the Welsh catalogue (whole
 * catalogues, namespace → strings). On a Welsh page, any of these is English a Welsh reader sees.
 */
export function untranslatedFragments(english: Record<string, unknown>, welsh: Record<string, unknown>, minLength = 16): string[] {
  const fragments = Object.keys(english).flatMap((ns) =>
    untranslatedEntries(ns, english[ns], welsh[ns]).map(([, value]) => tellingFragment(value, minLength)),
  );
  return [...new Set(fragments.filter((f): f is string => f !== undefined))];
}

/**
 * Pieces of English wording that no Welsh string contains: for each string translated
 * differently, its longest literal run between placeholders (when long enough to be telling).
 * Any of these on a Welsh page means English leaked through (a fallback, or wording in code).
 * `english` and `welsh` are whole catalogues (namespace → strings).
 */
export function englishOnlyFragments(english: Record<string, unknown>, welsh: Record<string, unknown>, minLength = 16): string[] {
  const welshStrings = Object.values(welsh).flatMap((ns) => [...flatten(ns).values()]);
  const fragments = new Set<string>();
  for (const [ns, strings] of Object.entries(english)) {
    const translated = flatten(welsh[ns]);
    for (const [key, value] of flatten(strings)) {
      const own = translated.get(key);
      if (own === undefined || own === value) continue;
      const fragment = tellingFragment(value, minLength);
      if (fragment) fragments.add(fragment);
    }
  }
  // wording Welsh keeps somewhere (a name, or a string not translated yet) is not a leak
  return [...fragments].filter((fragment) => !welshStrings.some((s) => s.includes(fragment)));
}
