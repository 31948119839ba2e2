import { isQuestion, questionById, questions, type Step } from '../machines';

// Each step has a path, so browser back and forward, reload and bookmarks work. Question paths are
// the slugs in the question registry. Get help now is a page of its own outside the journey.

export const getHelpPath = '/get-help';

export type Location = Step | 'getHelp';

const fixedPaths = { start: '/', checkAnswers: '/check-answers', result: '/result' } as const;

export function urlOf(step: Step): string {
  return isQuestion(step) ? `/${questionById(step).slug}` : fixedPaths[step];
}

/** The step or page a path names, or undefined for a path the tool does not know. */
export function locationOf(path: string): Location | undefined {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (clean === getHelpPath) return 'getHelp';
  const fixed = (Object.keys(fixedPaths) as (keyof typeof fixedPaths)[]).find((s) => fixedPaths[s] === clean);
  if (fixed) return fixed;
  return questions.find((q) => `/${q.slug}` === clean)?.id;
}

/** Every address the tool answers (without a trailing slash), e.g. for the offline copy. */
export function appPaths(): string[] {
  return [...Object.values(fixedPaths), getHelpPath, ...questions.map((q) => `/${q.slug}`)];
}
