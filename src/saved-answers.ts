import { z } from 'zod/mini';
import { answersOnPath, answerValues, questionIds, questionsVersion, type Answers, type QuestionId } from '../machines';

// "Save your answers" and "Continue from saved answers": a small file the person keeps on their
// device. It holds the answers only (never a name or other details), the version of the questions
// they answered, and a check of its contents. What comes back is untrusted: it is read against the
// question registry (machines/questions.ts), and a broken, foreign or changed file is refused whole.

export const fileFormat = 'advocacy-check-answers';

/** Larger than any real answers file by far; anything bigger is not one. */
export const maxFileBytes = 100 * 1024;

const envelopeSchema = z.object({
  format: z.string(),
  version: z.number().check(z.int(), z.minimum(1)),
  saved: z.optional(z.string()),
  answers: z.record(z.string(), z.string()),
  check: z.string(),
});

/** A 53-bit hash (cyrb53) of the answers as saved: it shows a file was changed, not who changed it. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The answers in a fixed order (by question id), so the check does not depend on key order. */
const canonical = (version: number, answers: Record<string, string>) =>
  `${fileFormat}|${version}|${JSON.stringify(
    Object.keys(answers)
      .sort()
      .map((id) => [id, answers[id]]),
  )}`;

/** A file of these answers, stamped with a version of the questions, and checked. */
export function writeAnswersFile(answers: Record<string, string>, version: number, savedOn: string): string {
  return `${JSON.stringify({ format: fileFormat, version, saved: savedOn, answers, check: hash(canonical(version, answers)) }, null, 2)}\n`;
}

/** The file's contents for these answers: only those that count (on the path), in the order asked. */
export function answersFile(answers: Answers, savedOn: string): string {
  const kept = answersOnPath(answers) as Record<string, string>;
  const ordered = Object.fromEntries(questionIds.filter((id) => kept[id] !== undefined).map((id) => [id, kept[id]!]));
  return writeAnswersFile(ordered, questionsVersion, savedOn);
}

export type FileProblem = 'empty' | 'tooBig' | 'notOurs' | 'broken' | 'changed' | 'newer';

/** An answer the file had that this version of the questions cannot use. */
export interface Dropped {
  question: string;
  value: string;
  /** Whether the question still exists (its value is no longer offered) or is gone. */
  known: boolean;
}

export type ReadResult = { ok: true; answers: Answers; dropped: Dropped[]; saved?: string } | { ok: false; problem: FileProblem };

const isQuestionId = (id: string): id is QuestionId => (questionIds as readonly string[]).includes(id);

/**
 * Reads a saved answers file. A file from an older version of the questions keeps every answer that
 * is still valid and lists what it dropped; anything else wrong with the file refuses it whole.
 */
export function readAnswersFile(text: string, currentVersion: number = questionsVersion): ReadResult {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  if (new TextEncoder().encode(text).length > maxFileBytes) return { ok: false, problem: 'tooBig' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // something that never was JSON is another kind of file; JSON cut short is a damaged one of ours
    return { ok: false, problem: text.includes(`"${fileFormat}"`) ? 'broken' : 'notOurs' };
  }
  const format = typeof json === 'object' && json !== null ? (json as { format?: unknown }).format : undefined;
  if (format !== fileFormat) return { ok: false, problem: 'notOurs' };
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: 'broken' };
  const { version, answers, check, saved } = parsed.data;
  if (version > currentVersion) return { ok: false, problem: 'newer' };
  if (hash(canonical(version, answers)) !== check) return { ok: false, problem: 'changed' };

  const kept: Record<string, string> = {};
  const dropped: Dropped[] = [];
  for (const [question, value] of Object.entries(answers)) {
    const known = isQuestionId(question);
    if (known && (answerValues[question] as readonly string[]).includes(value)) kept[question] = value;
    else dropped.push({ question, value, known });
  }
  return { ok: true, answers: kept as Answers, dropped, ...(saved !== undefined ? { saved } : {}) };
}

/** Makes a file of the answers for the person to keep, and offers it as a download. */
export function downloadFile(contents: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // give the browser time to start the download before the address is let go
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
