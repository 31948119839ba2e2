import { isQuestion, letterOf, letterSteps, questionById, questions, type Step } from '../machines';

// Each step has a path, so browser back and forward, reload and bookmarks work. Question paths are
// the slugs in the question registry. Get help now is a page of its own outside the journey.

export const getHelpPath = '/get-help';

export type Location = Step | 'getHelp';

const fixedPaths = {
  start: '/',
  checkAnswers: '/check-answers',
  result: '/result',
  referral: '/referral-summary',
  summary: '/summary',
  savedAnswers: '/saved-answers',
} as const;

// A letter drafted from the result: /letters/imha, /letters/imha-complaint…
const lettersPath = '/letters/';

export function urlOf(step: Step): string {
  if (isQuestion(step)) return `/${questionById(step).slug}`;
  const letter = letterOf(step);
  return letter !== undefined ? `${lettersPath}${letter}` : fixedPaths[step as keyof typeof fixedPaths];
}

/** The step or page a path names, or undefined for a path the tool does not know. */
export function locationOf(path: string): Location | undefined {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (clean === getHelpPath) return 'getHelp';
  const fixed = (Object.keys(fixedPaths) as (keyof typeof fixedPaths)[]).find((s) => fixedPaths[s] === clean);
  if (fixed) return fixed;
  const letter = clean.startsWith(lettersPath) ? letterSteps.find((step) => urlOf(step) === clean) : undefined;
  if (letter) return letter;
  return questions.find((q) => `/${q.slug}` === clean)?.id;
}

/** Every address the tool answers (without a trailing slash), e.g. for the offline copy. */
export function appPaths(): string[] {
  return [...Object.values(fixedPaths), getHelpPath, ...questions.map((q) => `/${q.slug}`), ...letterSteps.map(urlOf)];
}
