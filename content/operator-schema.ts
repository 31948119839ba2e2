import { z } from 'zod/mini';

// The schema of content/operator.json: who runs this copy of the tool and how people reach them,
// and the dates of the accessibility statement and privacy notice. An operator edits only that
// file; the build checks it against this schema (vite-plugins/operator.ts) and fails if it is not
// valid, and the app reads it through content/operator.ts. Nothing here is invented: with no
// operator set, the pages say so plainly.

const nonEmpty = () => z.string().check(z.minLength(1));
const httpsUrl = () => z.url({ protocol: /^https$/ });
const isoDate = () => z.iso.date();

/** A name as it is written in English, and in Welsh where it has a Welsh form. */
const nameSchema = z.strictObject({ en: nonEmpty(), cy: z.optional(nonEmpty()) });

export const operatorFileSchema = z
  .strictObject({
    $comment: z.optional(z.string()),
    /** The GOV.UK phase shown in the phase banner; "live" shows no banner. */
    phase: z.enum(['alpha', 'beta', 'live']),
    /** The organisation that runs this copy of the tool, or null while no one has been named. */
    operator: z.nullable(z.strictObject({ name: nameSchema, website: z.optional(httpsUrl()) })),
    /** Where feedback and reports of problems (accessibility ones included) go: an email address, a web page, or both. */
    contact: z.nullable(
      z
        .strictObject({ email: z.optional(z.email()), url: z.optional(httpsUrl()) })
        .check(z.refine((c) => c.email !== undefined || c.url !== undefined, { message: 'give an email address, a web address, or both' })),
    ),
    /** Where the tool's code is published, if anywhere: problems can be reported there too. */
    repository: z.nullable(httpsUrl()),
    accessibilityStatement: z.strictObject({ prepared: isoDate(), lastReviewed: isoDate(), lastTested: isoDate() }).check(
      z.refine((s) => s.prepared <= s.lastReviewed, { message: 'lastReviewed cannot be before prepared', path: ['lastReviewed'] }),
      z.refine((s) => s.lastTested <= s.lastReviewed, { message: 'lastTested cannot be after lastReviewed', path: ['lastTested'] }),
    ),
    privacyNotice: z.strictObject({ updated: isoDate() }),
  })
  .check(
    z.refine((f) => f.contact === null || f.operator !== null, {
      message: 'a contact needs an operator: say who runs the tool as well',
      path: ['contact'],
    }),
  );

export type OperatorFile = z.infer<typeof operatorFileSchema>;

/** What is wrong with the text of an operator file, one line per problem (none when it is valid). */
export function operatorFileProblems(text: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [`not valid JSON: ${(error as Error).message}`];
  }
  const parsed = operatorFileSchema.safeParse(data);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(the file)'}: ${explain(issue)}`);
}

const formats: Record<string, string> = { email: 'an email address', url: 'an https:// web address', date: 'a date written YYYY-MM-DD' };

/** zod/mini says only "Invalid input": say what was expected, for the person editing the file. */
function explain(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling against content/README.md)`;
    case 'invalid_format':
      return `should be ${formats[issue.format] ?? issue.format}`;
    case 'invalid_value':
      return `should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return `should be ${issue.expected === 'string' ? 'text (in quotes)' : issue.expected}`;
    default:
      return issue.message;
  }
}
