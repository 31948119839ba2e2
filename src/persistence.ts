import { z } from 'zod/mini';
import { isLeaving } from './exit';
import { answerValues, answersOnPath, canVisit, questionIds, steps, type Answers, type Step } from '../machines';

export { sessionStore } from './storage';

// The answers live in sessionStorage only: they survive a reload but go when the tab closes, and
// nothing is sent anywhere. What comes back from storage is untrusted (another version of the
// tool, a browser extension, a hand edit), so it is checked against the question registry.

export const storageKey = 'advocacy-check';
const version = 1;

// One optional field per question, holding only values the registry defines for it, and nothing
// else. (zod/mini: the same checks as zod, a fraction of the download.)
const answersSchema = z.strictObject(
  Object.fromEntries(questionIds.map((id) => [id, z.optional(z.enum(answerValues[id] as readonly [string, ...string[]]))])),
);

export const savedStateSchema = z.object({
  version: z.literal(version),
  answers: answersSchema,
  step: z.enum(steps as [Step, ...Step[]]),
});

export type SavedState = z.infer<typeof savedStateSchema>;

export interface Restored {
  answers: Answers;
  step: Step;
  /** Something was saved but could not be used, so the person starts again (and is told). */
  failed: boolean;
}

const clean: Restored = { answers: {}, step: 'start', failed: false };

export function restore(storage: Storage | undefined): Restored {
  let raw: string | null;
  try {
    raw = storage?.getItem(storageKey) ?? null;
  } catch {
    return clean;
  }
  if (raw === null) return clean;
  try {
    const parsed = savedStateSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return { ...clean, failed: true };
    const answers = parsed.data.answers as Answers;
    // Answers off the path are harmless (the machine drops them), but a step the answers do not
    // reach means the state was not written by this tool.
    if (!canVisit(answersOnPath(answers), parsed.data.step)) return { ...clean, failed: true };
    return { answers, step: parsed.data.step, failed: false };
  } catch {
    return { ...clean, failed: true };
  }
}

/**
 * Keeps the answers and step for a reload. False when there are answers it could not keep (storage
 * full, or blocked as in some private modes): the person must be told a reload will lose them.
 * Whatever was saved before a failed save is removed, so a reload never brings back older answers
 * as if they were the latest.
 */
export function save(storage: Storage | undefined, answers: Answers, step: Step): boolean {
  if (isLeaving()) return true; // the answers were just deleted on the way out: never write them back
  const nothingToKeep = Object.keys(answers).length === 0;
  if (!storage) return nothingToKeep;
  try {
    if (step === 'start' && nothingToKeep) storage.removeItem(storageKey);
    else storage.setItem(storageKey, JSON.stringify({ version, answers, step } satisfies SavedState));
    return true;
  } catch {
    forget(storage);
    return nothingToKeep;
  }
}

export function forget(storage: Storage | undefined): void {
  try {
    storage?.removeItem(storageKey);
  } catch {
    // nothing to do
  }
}
