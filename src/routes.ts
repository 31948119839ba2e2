import { isQuestion, letterOf, letterSteps, questionById, questions, type Step } from '../machines';

// Each step has a path, so browser back and forward, reload and bookmarks work. Question paths are
// the slugs in the question registry. Pages outside the journey (Get help now, the pages the result
// links to, and the pages a public service publishes, linked from every footer) have paths of their
// own: opening one keeps the answers and the step as they are.

export const pagePaths = {
  getHelp: '/get-help',
  // made from the result, for what does not fit on it (machines/result-plan.ts)
  ifRefused: '/if-you-are-refused',
  gettingReady: '/getting-ready',
  moreHelp: '/more-places-to-get-help',
  accessibility: '/accessibility',
  privacy: '/privacy',
  leaveNoTrace: '/leave-no-trace',
  contact: '/contact',
} as const;

/** A page outside the journey. */
export type SidePage = keyof typeof pagePaths;

export const sidePages = Object.keys(pagePaths) as SidePage[];

export const getHelpPath = pagePaths.getHelp;

export type Location = Step | SidePage;

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

export const isSidePage = (location: Location | undefined): location is SidePage =>
  location !== undefined && Object.hasOwn(pagePaths, location);

export function urlOf(step: Step): string {
  if (isQuestion(step)) return `/${questionById(step).slug}`;
  const letter = letterOf(step);
  return letter !== undefined ? `${lettersPath}${letter}` : fixedPaths[step as keyof typeof fixedPaths];
}

/** The step or page a path names, or undefined for a path the tool does not know. */
export function locationOf(path: string): Location | undefined {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const page = sidePages.find((p) => pagePaths[p] === clean);
  if (page) return page;
  const fixed = (Object.keys(fixedPaths) as (keyof typeof fixedPaths)[]).find((s) => fixedPaths[s] === clean);
  if (fixed) return fixed;
  const letter = clean.startsWith(lettersPath) ? letterSteps.find((step) => urlOf(step) === clean) : undefined;
  if (letter) return letter;
  return questions.find((q) => `/${q.slug}` === clean)?.id;
}

/** Every address the tool answers (without a trailing slash), e.g. for the offline copy. */
export function appPaths(): string[] {
  return [...Object.values(fixedPaths), ...Object.values(pagePaths), ...questions.map((q) => `/${q.slug}`), ...letterSteps.map(urlOf)];
}
