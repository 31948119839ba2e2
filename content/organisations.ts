import organisationsData from './organisations.json';
import { organisationsFileSchema } from './schema';
import type { Confidence, NationId, Organisation } from './schema';

// Organisations the tool may show, with how sure we are of each detail
// (../shared/law/contacts.md, checked 2026-11-25). The UI shows only what `shownContact` returns,
// so the rules on showing numbers and opening hours live here and nowhere else.
// not included: Mind Legal Line (whether it still runs is unknown — contacts.md says do not show it).

const list: Organisation[] = organisationsFileSchema.parse(organisationsData);

export const organisationIds: readonly string[] = list.map((o) => o.id);

export const organisations: Readonly<Record<string, Organisation>> = Object.fromEntries(list.map((o) => [o.id, o]));

/** Catalogue key (namespace `organisations`) for a phone whose hours we could not verify. */
export const hoursOnWebsiteKey = 'contact.hours.checkWebsite';

type Shown = Exclude<Confidence, 'unverified'>;

export interface ShownPhone {
  number: string;
  confidence: Shown;
  hours: string; // catalogue key: verified hours, or "check opening hours on their website"
  lang?: 'cy';
  note?: string; // catalogue key
}

export interface ShownContact {
  web: { url: string; confidence: Confidence }; // always shown: it is the fallback for everything else
  phones: ShownPhone[];
  text?: { keyword: string; number: string; confidence: Shown; note?: string };
  email?: { address: string; confidence: Shown };
}

// contacts.md: show a number (or text number, or email) only when it is verified or probable.
function mayShow(confidence: Confidence): confidence is Shown {
  return confidence !== 'unverified';
}

/**
 * The contact details of `org` that may be shown. With `nation`, Welsh-language lines are
 * offered only in Wales (they are listed as the Welsh extra for "Get help now"). Someone reading
 * the tool in Welsh (`language` 'cy') in Wales, or before saying where they are, sees a
 * Welsh-language line first.
 */
export function shownContact(org: Organisation, nation?: NationId, language?: string): ShownContact {
  const phones: ShownPhone[] = [];
  for (const p of org.phones ?? []) {
    if (!mayShow(p.confidence)) continue;
    if (p.lang === 'cy' && nation !== undefined && nation !== 'wales') continue;
    phones.push({
      number: p.number,
      confidence: p.confidence,
      // Opening hours are the least reliable field: only verified hours are stated.
      hours: p.hoursVerified && p.hours !== undefined ? p.hours : hoursOnWebsiteKey,
      ...(p.lang ? { lang: p.lang } : {}),
      ...(p.note ? { note: p.note } : {}),
    });
  }
  if (language === 'cy' && (nation === undefined || nation === 'wales')) {
    phones.sort((a, b) => Number(b.lang === 'cy') - Number(a.lang === 'cy')); // stable: otherwise as listed
  }
  const shown: ShownContact = { web: { ...org.web }, phones };
  if (org.text && mayShow(org.text.confidence)) {
    shown.text = {
      ...org.text.how,
      confidence: org.text.confidence,
      ...(org.text.note ? { note: org.text.note } : {}),
    };
  }
  if (org.email && mayShow(org.email.confidence)) {
    shown.email = { address: org.email.address, confidence: org.email.confidence };
  }
  return shown;
}

// "Get help now", per ../shared/law/non-statutory.md "Crisis": 999 if life is at risk; the
// nation's urgent NHS mental health line (Lifeline in Northern Ireland); Samaritans; Shout; then
// the nation's own extra lines.
const crisisByNation: Record<NationId, readonly string[]> = {
  england: ['emergency-999', 'nhs-111-england', 'samaritans', 'shout'],
  wales: ['emergency-999', 'nhs-111-wales', 'samaritans', 'shout', 'call-helpline'], // Samaritans' Welsh line shows in Wales
  scotland: ['emergency-999', 'nhs-24-scotland', 'samaritans', 'shout', 'breathing-space'],
  'northern-ireland': ['emergency-999', 'lifeline', 'samaritans', 'shout'],
};

/** Organisation ids for "Get help now" in `nation`, in the order to show them. */
export function crisisContacts(nation: NationId): readonly string[] {
  return crisisByNation[nation];
}
