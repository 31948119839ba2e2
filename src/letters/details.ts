import { z } from 'zod/mini';
import { storageKey } from '../persistence';

// What a person types for a letter or a referral summary: every field optional, kept in this tab's
// sessionStorage only (under the tool's storage prefix, so Exit this page forgets it), never sent
// anywhere, and forgotten when the answers are (Start again, or a fresh start with no answers).

export const detailsKey = `${storageKey}-details`;

/** The most a field may hold: enough for a ward and hospital, or a short account of a decision. */
export const maxFieldLength = 200;

export const detailFields = [
  // the letter
  'personName',
  'dateOfBirth',
  'place',
  'decision',
  'decisionDate',
  'writerName',
  // the referral summary
  'communication',
  'personKnows',
  'decisionMaker',
  'deadlines',
  'capacityBy',
  'capacityOn',
  'whyNoOne',
  'attorneyOrDeputy',
  'mentalHealthAct',
  'referrerRole',
  'referrerContact',
] as const;

export type DetailField = (typeof detailFields)[number];
export type Details = Partial<Record<DetailField, string>>;

export const personKnowsOptions = ['yes', 'no', 'notYet'] as const;

const detailsSchema = z.strictObject(
  Object.fromEntries(detailFields.map((field) => [field, z.optional(z.string().check(z.maxLength(maxFieldLength)))])) as Record<
    DetailField,
    z.ZodMiniOptional<z.ZodMiniString<string>>
  >,
);

/** The details kept in this tab, or none if there are none (or what is there is not ours). */
export function loadDetails(storage: Storage | undefined): Details {
  try {
    const raw = storage?.getItem(detailsKey);
    if (!raw) return {};
    const parsed = detailsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? (parsed.data as Details) : {};
  } catch {
    return {};
  }
}

/** Keeps the details for this tab; empty fields are not kept, and nothing at all once all are empty. */
export function saveDetails(storage: Storage | undefined, details: Details): void {
  const kept = Object.fromEntries(
    Object.entries(details).filter(([, value]) => typeof value === 'string' && value.trim() !== '' && value.length <= maxFieldLength),
  );
  try {
    if (Object.keys(kept).length === 0) storage?.removeItem(detailsKey);
    else storage?.setItem(detailsKey, JSON.stringify(kept));
  } catch {
    // storage full or blocked: the details last as long as the page
  }
}

export function forgetDetails(storage: Storage | undefined): void {
  try {
    storage?.removeItem(detailsKey);
  } catch {
    // nothing to do
  }
}
