import type { TFunction } from 'i18next';
import type { Citation, Letter } from '../../machines';
import { andList, kindKeys, type Audience } from '../wording';
import type { Details } from './details';

// A letter as a document: the plan from the assessment (machines/letters.ts), the wording from the
// `letters` namespace, and what the person typed. One model, three outputs: the page (LetterPage),
// plain text for the clipboard, and the Word file (docx.ts). A field left empty is a gap the person
// fills in by hand, e.g. "[your name]", marked so that each output can show it as a gap.

/** A run of text; `gap` marks a field left empty ("[your name]"). */
export interface Run {
  text: string;
  gap?: true;
}

export type Block =
  | { kind: 'lines'; lines: Run[][] } // the sender, the date, the addressee: one line each
  | { kind: 'subject'; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; items: Run[][] };

export interface LetterDocument {
  language: string;
  /** What the letter is, e.g. "Letter asking for an Independent Mental Health Advocate (IMHA)". */
  title: string;
  /** A name that says what the file is, without the extension. */
  fileName: string;
  blocks: Block[];
}

// Gaps travel through i18next's interpolation between two control characters, then become runs.
const open = '\u0001';
const close = '\u0002';
const markGap = (text: string) => `${open}${text}${close}`;

function runs(text: string): Run[] {
  const out: Run[] = [];
  for (const part of text.split(open)) {
    const end = part.indexOf(close);
    if (end === -1) {
      if (part) out.push({ text: part });
      continue;
    }
    out.push({ text: part.slice(0, end), gap: true });
    if (part.length > end + 1) out.push({ text: part.slice(end + 1) });
  }
  return out;
}

/** "Mental Health Act 1983, s130C(2)(a)" in the letter's language. */
export function citationText(t: TFunction, source: Citation): string {
  const instrument = t(source.instrument, { ns: 'instruments' });
  const cited = source.provision ? `${instrument}, ${source.provision}` : instrument;
  return source.notInForce ? `${cited} ${t('instruments:notInForce')}` : cited;
}

const locale = (language: string) => (language === 'cy' ? 'cy' : 'en-GB');

/** "1 December 2026", "1 Rhagfyr 2026". */
export function longDate(date: Date, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "2026-12-01", for file names. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** `days` working days (Monday to Friday) after `from`. Bank holidays are not counted out. */
export function addWorkingDays(from: Date, days: number): Date {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const day = date.getUTCDay();
    if (day !== 0 && day !== 6) left -= 1;
  }
  return date;
}

/** How long the letter asks the body to take to reply: a request, not a legal time limit. */
export const replyWorkingDays = 10;

/** Today as the person's calendar shows it, as a UTC date (so formatting never shifts the day). */
export const calendarToday = (now = new Date()) => new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));

export function draftLetter(
  t: TFunction,
  letter: Letter,
  details: Details,
  context: Audience,
  today: Date,
  language: string,
): LetterDocument {
  const ns = 'letters';
  const filled = (value: string | undefined, gap: string) =>
    value && value.trim() ? value.trim() : markGap(t(`gaps.${gap}`, { ns, context }));
  const name = filled(details.personName, 'personName');
  const vars = {
    ns,
    context,
    name,
    dateOfBirth: filled(details.dateOfBirth, 'dateOfBirth'),
    place: filled(details.place, 'place'),
    decision: filled(details.decision, 'decision'),
    decisionDate: filled(details.decisionDate, 'decisionDate'),
    advocate: t(kindKeys(letter.kind, letter.nation, 'withArticle'), { ns: 'result' }),
  };
  const writer = context === 'self' ? name : filled(details.writerName, 'writerName');
  const say = (key: string | string[], more: Record<string, string> = {}) => runs(t(key, { ...vars, ...more }));
  const paragraph = (key: string | string[], more?: Record<string, string>): Block => ({ kind: 'paragraph', runs: say(key, more) });
  const bodies = (ids: readonly string[]) =>
    andList(
      ids.map((id) => t(`letter.bodies.${id}`, { ns })),
      language,
    );

  const blocks: Block[] = [
    { kind: 'lines', lines: context === 'self' ? [runs(writer), runs(vars.place)] : [runs(writer)] },
    { kind: 'lines', lines: [[{ text: longDate(today, language) }]] },
    { kind: 'lines', lines: [say('letter.toLine', { to: t(`to.${letter.to}.name`, { ns }) })] },
    { kind: 'subject', runs: say(`letter.subject.${letter.purpose}`) },
    { kind: 'paragraph', runs: [{ text: t(`to.${letter.to}.dear`, { ns }) }] },
    paragraph('letter.introduce'),
  ];
  if (letter.aboutDecision) blocks.push(paragraph(`letter.decision.${letter.purpose}`));
  blocks.push(
    paragraph(`letter.opening.${letter.purpose}.${letter.status}`),
    paragraph([`letter.ask.${letter.kind}.${letter.nation}.${letter.status}`, `letter.ask.${letter.kind}.${letter.status}`]),
  );
  if (letter.duty) blocks.push(paragraph(`letter.duty.${letter.status}`, { duty: citationText(t, letter.duty) }));
  if (letter.purpose === 'complaint' && letter.status !== 'may-be-offered') blocks.push(paragraph('letter.noServiceIsUnlawful'));
  blocks.push(paragraph('letter.lawHeading'), { kind: 'list', items: letter.citations.map((c) => [{ text: citationText(t, c) }]) });
  if (letter.escalation) {
    const { route, bodies: next, alsoTell } = letter.escalation;
    blocks.push(paragraph('letter.complain'));
    const note = t(`letter.routeNote.${route}`, { ...vars, defaultValue: '' });
    if (note) blocks.push({ kind: 'paragraph', runs: runs(note) });
    blocks.push(paragraph('letter.escalation', { bodies: bodies(next) }));
    if (alsoTell.length > 0) blocks.push(paragraph('letter.alsoTell', { bodies: bodies(alsoTell) }));
    const { cites } = letter.escalation;
    if (cites.length > 0) blocks.push(paragraph('letter.routeLaw', { law: cites.map((c) => citationText(t, c)).join('; ') }));
  }
  if (letter.direct) blocks.push(paragraph(`letter.direct.${letter.kind}`));
  blocks.push(paragraph('letter.reply', { date: longDate(addWorkingDays(today, replyWorkingDays), language) }), {
    kind: 'lines',
    lines: [[{ text: t('letters:letter.signOff') }], runs(writer)],
  });

  const short = t(`files.short.${letter.kind}`, { ns });
  return {
    language,
    title: t(`act.${letter.purpose}`, { ns, advocate: vars.advocate }),
    fileName: t(`files.${letter.purpose}`, { ns, short, date: isoDate(today) }),
    blocks,
  };
}

const plainRuns = (line: Run[]) => line.map((r) => r.text).join('');

/** The letter as plain text, for the clipboard: blocks apart by a blank line, the law as a list. */
export function plainText(document: LetterDocument): string {
  return document.blocks
    .map((block) => {
      switch (block.kind) {
        case 'lines':
          return block.lines.map(plainRuns).join('\n');
        case 'list':
          return block.items.map((item) => `- ${plainRuns(item)}`).join('\n');
        default:
          return plainRuns(block.runs);
      }
    })
    .join('\n\n');
}
