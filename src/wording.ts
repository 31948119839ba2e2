import type { TFunction } from 'i18next';
import { questionById, type AdvocateKind, type Answers, type Nation, type QuestionId } from '../machines';

// How the UI finds a question's wording: the audience picks the i18next context, and a question
// may have a variant (e.g. Scotland) whose keys are tried before the default ones.

export type Audience = 'self' | 'helper';

/** 'self' for "myself" and before the audience is known; 'helper' for anyone helping someone else. */
export function audienceOf(answers: Answers): Audience {
  return answers.audience === undefined || answers.audience === 'myself' ? 'self' : 'helper';
}

/** The i18next keys for `field` of question `id` (in `questions`), variant first. */
export function questionKeys(id: QuestionId, answers: Answers, field: string): string[] {
  const variant = questionById(id).variant?.(answers);
  return variant ? [`${id}.${variant}.${field}`, `${id}.${field}`] : [`${id}.${field}`];
}

/** A question's wording for this person; missing optional wording gives ''. */
export function questionText(t: TFunction, id: QuestionId, answers: Answers, field: string, optional = false): string {
  const context = audienceOf(answers);
  const keys = questionKeys(id, answers, field);
  return optional ? t(keys, { ns: 'questions', context, defaultValue: '' }) : t(keys, { ns: 'questions', context });
}

/** How an option of a question is worded: on its radio, and as the answer on check your answers. */
export function optionLabel(t: TFunction, id: QuestionId, answers: Answers, value: string): string {
  return questionText(t, id, answers, `options.${value}`);
}

/** Everything a question page says, for this person: one place, so rehearsing it (src/rehearsal.ts) says the same. */
export function questionWording(t: TFunction, id: QuestionId, answers: Answers) {
  const items = (questionById(id).options(answers) as readonly string[]).map((value) => {
    const hint = questionText(t, id, answers, `optionHints.${value}`, true);
    return { value, label: optionLabel(t, id, answers, value), ...(hint ? { hint } : {}) };
  });
  return {
    title: questionText(t, id, answers, 'title'),
    error: questionText(t, id, answers, 'error'),
    hint: questionText(t, id, answers, 'hint', true),
    why: questionText(t, id, answers, 'why', true),
    items,
  };
}

/**
 * "A, B and C" in the page's language: British English has no comma before "and"; Welsh takes "ac"
 * before a vowel and "a" before a consonant. (Intl.ListFormat would do English, but building one
 * costs the result page tens of milliseconds the first time, and it has no real Welsh rule.)
 */
export function andList(items: readonly string[], language: string): string {
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1]!;
  const and = language === 'cy' ? (/^[aeiouwyâêîôûŵŷáéíóúàèìòù]/i.test(last) ? 'ac' : 'a') : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${last}`;
}

/**
 * The keys for an advocate kind's wording (in `result`), the nation's own first: help to complain
 * about NHS care is a different service in each nation (PASS in Scotland, the Patient and Client
 * Council in Northern Ireland), and is named as what it is.
 */
export function kindKeys(kind: AdvocateKind, nation: Nation, field: string): string[] {
  return [`kinds.${kind}.${nation}.${field}`, `kinds.${kind}.${field}`];
}

/**
 * The first sentence of a reason: its plain conclusion, as the result's one-line reasons show it.
 * Reasons are written so that their first sentence stands alone (content/README.md); a sentence ends
 * at ".", "!" or "?" followed by a space and a capital letter (or an opening quote or bracket).
 */
export function firstSentence(text: string): string {
  const end = /[.!?]["”’)]?\s+(?=[\p{Lu}"“‘(])/u.exec(text);
  return end ? text.slice(0, end.index + end[0].trimEnd().length) : text;
}

/** "the hospital managers …" as the start of a sentence. */
export const sentenceCase = (text: string, language: string) => text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
