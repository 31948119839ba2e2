import { z } from 'zod';

// Schemas for the data in content/. Content imports nothing from machines/, so the few shared
// value sets (nations) are declared here again; TypeScript checks they stay assignable.

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
const catalogueKey = z.string().regex(/^[a-z][A-Za-z0-9.-]*$/, 'a catalogue key such as "contact.notes.x"');

export const phoneSchema = z
  .object({
    number: z.string().min(1),
    confidence: confidenceSchema,
    hoursVerified: z.boolean(),
    hours: catalogueKey.optional(), // only when hoursVerified
    lang: z.literal('cy').optional(), // a Welsh-language line
    note: catalogueKey.optional(), // e.g. "press 1 for the mental health team"
  })
  .strict()
  .refine((p) => p.hoursVerified === (p.hours !== undefined), {
    message: 'hours must be given exactly when hoursVerified is true',
  });

export const textSchema = z
  .object({
    how: z.object({ keyword: z.string().min(1), number: z.string().min(1) }).strict(),
    confidence: confidenceSchema,
    note: catalogueKey.optional(),
  })
  .strict();

export const emailSchema = z
  .object({
    address: z.email(),
    confidence: confidenceSchema,
  })
  .strict();

export const organisationSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case'),
    nations: z.array(nationSchema).min(1),
    web: z.object({ url: z.url({ protocol: /^https$/ }), confidence: confidenceSchema }).strict(),
    phones: z.array(phoneSchema).optional(),
    text: textSchema.optional(),
    email: emailSchema.optional(),
    checked: z.iso.date(),
    source: z.string().min(1), // where the details were found (contacts.md); not shown to users
  })
  .strict();

export const organisationsFileSchema = z
  .array(organisationSchema)
  .refine((orgs) => new Set(orgs.map((o) => o.id)).size === orgs.length, { message: 'organisation ids must be unique' });

export type NationId = z.infer<typeof nationSchema>;
export type Confidence = z.infer<typeof confidenceSchema>;
export type Phone = z.infer<typeof phoneSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
