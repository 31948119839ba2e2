import { describe, expect, it } from 'vitest';
import { en } from './locales/en';
import organisationsData from './organisations.json';
import { crisisContacts, hoursOnWebsiteKey, organisationIds, organisations, shownContact } from './organisations';
import { organisationsFileSchema } from './schema';
import type { NationId, Organisation } from './schema';

const nations: NationId[] = ['england', 'wales', 'scotland', 'northern-ireland'];
const all: Organisation[] = organisationIds.map((id) => organisations[id]!);

// Reads a dotted key from the `organisations` namespace of the English catalogue.
function english(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en.organisations);
}

describe('content/organisations.json', () => {
  it('validates against the schema, with unique ids', () => {
    expect(() => organisationsFileSchema.parse(organisationsData)).not.toThrow();
    expect(new Set(organisationIds).size).toBe(organisationIds.length);
  });

  it('rejects a phone that states hours it has not verified (contacts.md: hours only when verified)', () => {
    const bad = [{ ...all[0]!, phones: [{ number: '1', confidence: 'verified', hoursVerified: false, hours: 'contact.hours.allDay' }] }];
    expect(organisationsFileSchema.safeParse(bad).success).toBe(false);
  });

  it('records the date every contact was checked and where it was found', () => {
    // 2026-11-25: the contacts.md compilation; 2026-12-01: organisations added or re-checked since
    const checkDates = ['2026-11-25', '2026-12-01'];
    for (const org of all) {
      expect(checkDates, org.id).toContain(org.checked);
      expect(org.source.length, org.id).toBeGreaterThan(0);
    }
  });

  it('gives every organisation a name and a description in the English catalogue', () => {
    for (const id of organisationIds) {
      expect(typeof english(`${id}.name`), id).toBe('string');
      expect(typeof english(`${id}.description`), id).toBe('string');
    }
  });

  it('has English wording for every hours and note key the data uses', () => {
    expect(typeof english(hoursOnWebsiteKey)).toBe('string');
    for (const org of all) {
      const keys = [...(org.phones ?? []).flatMap((p) => [p.hours, p.note]), org.text?.note].filter((k): k is string => k !== undefined);
      for (const key of keys) expect(typeof english(key), `${org.id}: ${key}`).toBe('string');
    }
  });

  it('keeps organisation ids apart from the shared "contact" wording', () => {
    expect(organisationIds).not.toContain('contact');
  });

  it('does not include the Mind Legal Line, whose service is unconfirmed (contacts.md)', () => {
    expect(organisationIds.some((id) => id.includes('legal-line'))).toBe(false);
    const everything = JSON.stringify(organisationsData) + JSON.stringify(en.organisations);
    expect(everything).not.toMatch(/legal line/i);
    expect(everything).not.toContain('0300 466 6463');
    expect(everything).not.toContain('legal@mind.org.uk');
  });
});

describe('shownContact', () => {
  it('never returns an unverified phone, text number or email', () => {
    for (const org of all) {
      for (const nation of [undefined, ...nations]) {
        const shown = shownContact(org, nation);
        for (const phone of shown.phones) expect(phone.confidence, org.id).not.toBe('unverified');
        if (shown.text) expect(shown.text.confidence, org.id).not.toBe('unverified');
        if (shown.email) expect(shown.email.confidence, org.id).not.toBe('unverified');
        const unverifiedNumbers = (org.phones ?? []).filter((p) => p.confidence === 'unverified').map((p) => p.number);
        for (const n of unverifiedNumbers) expect(shown.phones.map((p) => p.number)).not.toContain(n);
      }
    }
  });

  it('drops unverified details that the data does hold (POhWER text and email, C.A.L.L. text)', () => {
    const pohwer = shownContact(organisations['pohwer']!);
    expect(pohwer.text).toBeUndefined();
    expect(pohwer.email).toBeUndefined();
    expect(pohwer.phones.map((p) => p.number)).toEqual(['0300 456 2370']);
    expect(shownContact(organisations['call-helpline']!).text).toBeUndefined();
  });

  it('states opening hours only when they are verified; otherwise points to the website', () => {
    for (const org of all) {
      const shown = shownContact(org);
      const kept = (org.phones ?? []).filter((p) => p.confidence !== 'unverified');
      shown.phones.forEach((phone, i) => {
        const source = kept[i]!;
        expect(phone.hours, org.id).toBe(source.hoursVerified ? source.hours : hoursOnWebsiteKey);
      });
    }
    // Rethink's hours are only probable.
    expect(shownContact(organisations['rethink-mental-illness']!).phones[0]?.hours).toBe(hoursOnWebsiteKey);
  });

  it("shows only the website where no number could be confirmed (Children's Commissioner for Wales, VOYPIC, children's hearings advocacy)", () => {
    for (const id of ['childrens-commissioner-wales', 'voypic', 'childrens-hearings-advocacy-scotland']) {
      const shown = shownContact(organisations[id]!);
      expect(shown.phones, id).toEqual([]);
      expect(shown.email, id).toBeUndefined();
    }
  });

  it('always returns the website', () => {
    for (const org of all) expect(shownContact(org).web.url).toBe(org.web.url);
  });

  it('shows the Samaritans Welsh-language line in Wales, and not elsewhere when a nation is given', () => {
    const welsh = (nation?: NationId) => shownContact(organisations['samaritans']!, nation).phones.some((p) => p.lang === 'cy');
    expect(welsh('wales')).toBe(true);
    expect(welsh('england')).toBe(false);
    expect(welsh()).toBe(true);
  });

  it('words NHS 111 as contacts.md requires: the mental health option in England, press 2 in Wales', () => {
    expect(shownContact(organisations['nhs-111-england']!).phones[0]?.note).toBe('contact.notes.nhs111MentalHealthOption');
    expect(english('contact.notes.nhs111MentalHealthOption')).toBe('Call 111 and choose the mental health option');
    expect(shownContact(organisations['nhs-111-wales']!).phones[0]?.note).toBe('contact.notes.nhs111Press2');
    expect(english('contact.notes.nhs111Press2')).toBe('Call 111 and press 2');
  });
});

describe('crisisContacts', () => {
  it.each(nations)('lists organisations that exist and serve %s, starting with 999', (nation) => {
    const ids = crisisContacts(nation);
    expect(ids[0]).toBe('emergency-999');
    for (const id of ids) {
      expect(organisations[id], id).toBeDefined();
      expect(organisations[id]!.nations, id).toContain(nation);
    }
    expect(ids).toEqual(expect.arrayContaining(['samaritans', 'shout']));
  });

  it('adds the nation-specific lines (non-statutory.md "Crisis")', () => {
    expect(crisisContacts('england')).toContain('nhs-111-england');
    expect(crisisContacts('wales')).toEqual(expect.arrayContaining(['nhs-111-wales', 'call-helpline']));
    expect(crisisContacts('scotland')).toEqual(expect.arrayContaining(['nhs-24-scotland', 'breathing-space']));
    expect(crisisContacts('northern-ireland')).toContain('lifeline');
  });

  it('gives every crisis line a number that may be shown', () => {
    for (const nation of nations) {
      for (const id of crisisContacts(nation)) {
        const shown = shownContact(organisations[id]!, nation);
        expect(shown.phones.length + (shown.text ? 1 : 0), id).toBeGreaterThan(0);
      }
    }
  });
});
