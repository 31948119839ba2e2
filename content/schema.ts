import { z } from 'zod/mini';

// Schemas for the data in content/. Content imports nothing from machines/, so the few shared
// value sets (nations) are declared here again; TypeScript checks they stay assignable.
// zod/mini (the same checks as zod, in functions rather than methods) keeps the app's download small.

export const nationSchema = z.enum(['england', 'wales', 'scotland', 'northern-ireland']);

/**
 * How sure we are of a contact detail (../shared/law/contacts.md):
 * verified — read on the organisation's own or an official page;
 * probable — several independent secondary sources agree, or the official page is old;
 * unverified — not found, sources conflict, or a single weak source.
 */
export const confidenceSchema = z.enum(['verified', 'probable', 'unverified']);

// A key in the `organisations` namespace of the catalogue (e.g. "contact.hours.allDay"), so that
// hours and notes are translated like any other wording.
const catalogueKey = z.string().check(z.regex(/^[a-z][A-Za-z0-9.-]*$/, 'a catalogue key such as "contact.notes.x"'));
const nonEmpty = () => z.string().check(z.minLength(1));

export const phoneSchema = z
  .strictObject({
    number: nonEmpty(),
    confidence: confidenceSchema,
    hoursVerified: z.boolean(),
    hours: z.optional(catalogueKey), // only when hoursVerified
    lang: z.optional(z.literal('cy')), // a Welsh-language line
    note: z.optional(catalogueKey), // e.g. "press 1 for the mental health team"
  })
  .check(
    z.refine((p) => p.hoursVerified === (p.hours !== undefined), {
      message: 'hours must be given exactly when hoursVerified is true',
    }),
  );

export const textSchema = z.strictObject({
  how: z.strictObject({ keyword: nonEmpty(), number: nonEmpty() }),
  confidence: confidenceSchema,
  note: z.optional(catalogueKey),
});

export const emailSchema = z.strictObject({
  address: z.email(),
  confidence: confidenceSchema,
});

export const organisationSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case')),
  nations: z.array(nationSchema).check(z.minLength(1)),
  web: z.strictObject({ url: z.url({ protocol: /^https$/ }), confidence: confidenceSchema }),
  phones: z.optional(z.array(phoneSchema)),
  text: z.optional(textSchema),
  email: z.optional(emailSchema),
  checked: z.iso.date(),
  source: nonEmpty(), // where the details were found (contacts.md); not shown to users
});

export const organisationsFileSchema = z
  .array(organisationSchema)
  .check(z.refine((orgs) => new Set(orgs.map((o) => o.id)).size === orgs.length, { message: 'organisation ids must be unique' }));

export type NationId = z.infer<typeof nationSchema>;
export type Confidence = z.infer<typeof confidenceSchema>;
export type Phone = z.infer<typeof phoneSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
