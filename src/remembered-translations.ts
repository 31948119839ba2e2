import type { i18n } from 'i18next';

// i18next works a translation out afresh on every call: the key's namespace, the variant and
// context keys tried in turn, nesting and interpolation. A question page asks for about thirty at
// each step, which was the largest part of rendering it (bench/README.md, "Step latency"). The
// same key with the same options always gives the same words until the language or the catalogue
// changes, so the words are remembered until then.

type Options = Record<string, unknown>;

const primitive = (value: unknown) => value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value);

/** A key for the call, or undefined for one that is not safe to remember (objects or functions among its options). */
function keyOf(key: unknown, options: unknown): string | undefined {
  if (!(typeof key === 'string' || (Array.isArray(key) && key.every((k) => typeof k === 'string')))) return undefined;
  if (options === undefined) return JSON.stringify([key]);
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return undefined;
  for (const value of Object.values(options as Options)) {
    if (!(primitive(value) || (Array.isArray(value) && value.every(primitive)))) return undefined;
  }
  return JSON.stringify([key, options]);
}

/** Makes `instance.t` remember its words (strings only) until the language or a catalogue changes. */
export function rememberTranslations(instance: i18n): i18n {
  const words = new Map<string, string>();
  const forget = () => words.clear();
  instance.on('languageChanged', forget);
  instance.store.on('added', forget);
  instance.store.on('removed', forget);
  const translate = instance.t.bind(instance) as unknown as (...args: unknown[]) => unknown;
  const remembering = (...args: unknown[]) => {
    const id = args.length <= 2 ? keyOf(args[0], args[1]) : undefined;
    if (id === undefined) return translate(...args);
    const known = words.get(id);
    if (known !== undefined) return known;
    const result = translate(...args);
    if (typeof result === 'string') words.set(id, result);
    return result;
  };
  instance.t = remembering as unknown as typeof instance.t;
  return instance;
}
