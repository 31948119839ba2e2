import { describe, expect, it } from 'vitest';
import { organisations, shownContact } from './organisations';

// Welsh-language contact details (contacts.md): shown only where they apply, only when at least
// "probable", and first for someone reading the tool in Welsh.

const samaritans = organisations['samaritans']!;
const welshLine = samaritans.phones!.find((p) => p.lang === 'cy')!;

describe('Welsh-language contact lines', () => {
  it('puts the Samaritans Welsh-language line first for someone reading in Welsh in Wales', () => {
    expect(shownContact(samaritans, 'wales', 'cy').phones.map((p) => p.number)).toEqual([welshLine.number, '116 123']);
  });

  it('puts it first in Welsh before the person has said where they are', () => {
    expect(shownContact(samaritans, undefined, 'cy').phones[0]?.number).toBe(welshLine.number);
  });

  it('keeps the listed order in English, with the main line first', () => {
    expect(shownContact(samaritans, 'wales', 'en').phones.map((p) => p.number)).toEqual(['116 123', welshLine.number]);
    expect(shownContact(samaritans, 'wales').phones[0]?.number).toBe('116 123');
  });

  it('does not offer the Welsh-language line outside Wales, in either language', () => {
    for (const language of ['en', 'cy']) {
      expect(shownContact(samaritans, 'england', language).phones.map((p) => p.number)).toEqual(['116 123']);
    }
  });

  it('states no opening hours for the Welsh-language line, which are only probable (contacts.md: 2021 source)', () => {
    expect(welshLine.confidence).toBe('probable');
    expect(shownContact(samaritans, 'wales', 'cy').phones[0]?.hours).toBe('contact.hours.checkWebsite');
  });

  it('shows the Wales contacts the Welsh journey relies on: 111 press 2, Advocacy Support Cymru, Llais and Advicelink Cymru', () => {
    for (const id of ['nhs-111-wales', 'advocacy-support-cymru', 'llais', 'advicelink-cymru']) {
      const org = organisations[id]!;
      expect(org.nations, id).toContain('wales');
      expect(org.checked, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(org.source.length, id).toBeGreaterThan(0);
    }
    expect(shownContact(organisations['nhs-111-wales']!, 'wales', 'cy').phones[0]?.note).toBe('contact.notes.nhs111Press2');
  });
});
