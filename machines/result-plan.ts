// The result, shaped for a person to act on: what it is about (one advocate leads), the one reason
// in their own terms, what to do now, at most five next steps, and the pages the rest goes to.
// It decides only where each step of the action list is shown, and which organisations are shown
// with it. Every legal conclusion it reads — the statuses, what kind of offer, which row put the
// person outside an advocate's field, which steps continue another or have a time limit running —
// comes from the rules and the action planner; nothing here decides the law.

import { lettersFor, type Letter } from './letters';
import type { Action, AdvocateKind, AdvocateResult, Assessment, Offer, Reason, Status } from './types';

/** The pages a result links to, for what does not fit on it. */
export type ResultPageId = 'ifRefused' | 'gettingReady' | 'moreHelp';

/** One step as shown: the step and the steps that continue it (`partOf`), and the organisations to show with it there. */
export interface PlannedStep {
  actions: [Action, ...Action[]];
  /** Organisations shown with the step on its page: each organisation at most once on a page. */
  contacts: string[];
  /** The page the step points to, for the steps it leads to (the refusal page). */
  page?: ResultPageId;
  /** The letters that do what the step says (machines/letters.ts), shown with it on the result page. */
  letters?: Letter[];
}

/** The headline's facts: which route, and which advocates it names. */
export type Headline =
  | { route: 'statutory'; kinds: AdvocateKind[] }
  | { route: 'check'; kind: AdvocateKind; status: Extract<Status, 'may-be-entitled' | 'may-be-offered'>; offer?: Offer }
  | { route: 'non-statutory' };

/** The three stages of "if you're told you can't have one", in the order a person takes them. */
export interface RefusalPlan {
  /** Why a refusal may be wrong (a statement, shown as the page's introduction, not as a step). */
  intro?: Action;
  write: PlannedStep[];
  complain: PlannedStep[];
  advice: PlannedStep[];
}

export interface ResultPlan {
  headline: Headline;
  /** The advocate the result is about: the first with a right, then "may"; with no right, the first whose reasons are about the person's situation. */
  lead?: AdvocateResult;
  /** The one plain reason: the lead's first. */
  reason?: Reason;
  /** What to do now: the first step, and any step with a time limit already running. */
  now: PlannedStep[];
  /** After a refusal, the first "now" step: asking again in writing (a letter can go with it). */
  askInWriting?: PlannedStep;
  /** The next steps on the result page, at most `maxNextSteps`. */
  next: PlannedStep[];
  /** The lead's reasons for "Why" (at most `maxWhy`); all of them are in "The law this is based on". */
  why: Reason[];
  /** Every other advocate checked, in the nation's order. */
  others: AdvocateResult[];
  /** The letters no step on the result page or the refusal page goes with (an advocate whose step is on another page). */
  otherLetters: Letter[];
  /** What each linked page holds; a page with nothing is not linked. */
  pages: {
    ifRefused?: RefusalPlan;
    gettingReady: PlannedStep[];
    /** Steps that did not fit on the result page, then more places to get help. */
    moreHelp: PlannedStep[];
    /** Organisations named in the result page's steps that are not shown there (at most three are, with what to do now and places to get help). */
    namedOnResult: string[];
  };
}

export const maxNextSteps = 5;
export const maxOrganisationsOnResult = 3;
export const maxWhy = 3;

// ---------------------------------------------------------------------------------------------

/**
 * Steps that add to another without changing what to do first: who else can ask an IMHA to visit.
 * They are shown with "other things you can do", off the result page (which stays short on a phone).
 */
const supplementary = (action: Action) => action.id === 'ask-imha-visit';

/** The steps, each with the steps that continue it, in the planner's order. */
function asSteps(actions: readonly Action[]): [Action, ...Action[]][] {
  const ids = new Set(actions.map((a) => a.id));
  const steps: [Action, ...Action[]][] = [];
  const byId = new Map<string, [Action, ...Action[]]>();
  for (const action of actions) {
    const parent = action.partOf !== undefined && ids.has(action.partOf) ? byId.get(action.partOf) : undefined;
    if (parent) {
      parent.push(action);
      continue;
    }
    const s: [Action, ...Action[]] = [action];
    steps.push(s);
    byId.set(action.id, s);
  }
  return steps;
}

const first = <T>(items: readonly T[], ...tests: ((item: T) => boolean)[]): T | undefined => {
  for (const test of tests) {
    const found = items.find(test);
    if (found) return found;
  }
  return undefined;
};

function leadOf(advocates: readonly AdvocateResult[]): AdvocateResult | undefined {
  return first(
    advocates,
    (a) => a.status === 'entitled',
    (a) => a.status === 'may-be-entitled',
    (a) => a.status === 'may-be-offered',
    (a) => a.status === 'not-entitled' && !a.outside,
  );
}

function headlineOf(assessment: Assessment, lead: AdvocateResult | undefined): Headline {
  if (assessment.route === 'statutory') {
    return { route: 'statutory', kinds: assessment.advocates.filter((a) => a.status === 'entitled').map((a) => a.kind) };
  }
  if (assessment.route === 'check' && lead && (lead.status === 'may-be-entitled' || lead.status === 'may-be-offered')) {
    return { route: 'check', kind: lead.kind, status: lead.status, ...(lead.offer ? { offer: lead.offer } : {}) };
  }
  return { route: 'non-statutory' };
}

/** Which stage of the refusal page a legal-help step belongs to, by the planner's ids. */
function refusalStage(action: Action): keyof Omit<RefusalPlan, 'intro'> | 'intro' | 'pointer' {
  if (action.id === 'legal-no-service-is-unlawful') return 'intro';
  if (action.id === 'legal-if-refused') return 'pointer';
  if (action.id.startsWith('legal-ask-in-writing-')) return 'write';
  if (action.id.startsWith('legal-complain')) return 'complain';
  if (action.id.startsWith('legal-solicitor') || action.id.startsWith('legal-aid-') || action.id === 'legal-citizens-advice')
    return 'advice';
  throw new Error(`a legal-help step with no place on the refusal page: ${action.id}`);
}

/** Gives each step the organisations not already shown on its page (`shown` is the page's, and grows). */
function withContacts(steps: [Action, ...Action[]][], shown: Set<string>): PlannedStep[] {
  return steps.map((actions) => {
    const contacts = [...new Set(actions.flatMap((a) => a.contacts))].filter((id) => !shown.has(id));
    for (const id of contacts) shown.add(id);
    return { actions, contacts };
  });
}

const contactsOf = (actions: readonly Action[]) => [...new Set(actions.flatMap((a) => a.contacts))];

/** Where every step of the assessment's action list is shown. */
export function planResult(assessment: Assessment): ResultPlan {
  const lead = leadOf(assessment.advocates);
  const steps = asSteps(assessment.actions.filter((a) => !supplementary(a)));
  const extra = assessment.actions.filter(supplementary).map((a): [Action, ...Action[]] => [a]);
  const groupOf = (s: [Action, ...Action[]]) => s[0].group;
  const has = (s: [Action, ...Action[]], test: (a: Action) => boolean) => s.some(test);

  // — the refusal page: every legal-help step but the pointer to it —
  const legal = steps.filter((s) => groupOf(s) === 'legal-help');
  const pointer = legal.find((s) => refusalStage(s[0]) === 'pointer');
  const stage = (name: 'write' | 'complain' | 'advice') => legal.filter((s) => refusalStage(s[0]) === name);
  const introStep = legal.find((s) => refusalStage(s[0]) === 'intro');

  // — what to do now —
  const ask = steps.filter((s) => groupOf(s) === 'ask');
  const rights = steps.filter((s) => groupOf(s) === 'rights');
  const nonStatutory = steps.filter((s) => groupOf(s) === 'non-statutory');
  const writeSteps = stage('write');
  const askInWriting = assessment.legalAdvice
    ? first(
        writeSteps,
        (s) => s[0].kind === lead?.kind,
        () => true,
      )
    : undefined;
  const firstStep =
    askInWriting ??
    first([...ask, ...rights], (s) => s[0].kind !== undefined && s[0].kind === lead?.kind) ??
    ask[0] ??
    (assessment.route === 'non-statutory' ? nonStatutory[0] : undefined);
  const deadlines = [...ask, ...rights].filter((s) => has(s, (a) => a.deadline === true) && s !== firstStep);
  const nowSteps = [...(firstStep ? [firstStep] : []), ...deadlines];
  const onNow = new Set(nowSteps);

  // — the next steps: the statutory steps, then (with no right) the places to get help, as long as
  // the organisations shown on the page stay within the limit —
  // The lead's own steps first, then the other advocates', then the rights that come with the
  // situation, the general ones (no advocate named) last: those are the ones a long list moves on.
  const isLead = (s: [Action, ...Action[]]) => s[0].kind !== undefined && s[0].kind === lead?.kind;
  const candidates = [
    ...ask.filter(isLead),
    ...rights.filter(isLead),
    ...ask.filter((s) => !isLead(s)),
    ...rights.filter((s) => !isLead(s) && s[0].kind !== undefined),
    ...rights.filter((s) => s[0].kind === undefined),
  ].filter((s) => !onNow.has(s));
  const shownOnResult = new Set<string>();
  const now: PlannedStep[] = nowSteps.map((actions) => {
    const contacts = contactsOf(actions)
      .filter((id) => !shownOnResult.has(id))
      .slice(0, maxOrganisationsOnResult - shownOnResult.size);
    for (const id of contacts) shownOnResult.add(id);
    return { actions, contacts };
  });
  const room = maxNextSteps - (pointer && !askInWriting ? 1 : 0);
  const nextSteps = candidates.slice(0, room);
  const overflow = candidates.slice(room);
  // The statutory next steps name their organisations; the cards are on "more places to get help",
  // so the result page keeps its few cards for what to do now and, with no right, places to get help.
  const next: PlannedStep[] = nextSteps.map((actions) => ({ actions, contacts: [] }));
  const helpOnResult: [Action, ...Action[]][] = [];
  if (assessment.route === 'non-statutory') {
    for (const s of nonStatutory) {
      if (onNow.has(s)) continue;
      const fresh = contactsOf(s).filter((id) => !shownOnResult.has(id));
      if (next.length + helpOnResult.length >= room || shownOnResult.size + fresh.length > maxOrganisationsOnResult) break;
      for (const id of fresh) shownOnResult.add(id);
      helpOnResult.push(s);
      next.push({ actions: s, contacts: fresh });
    }
  }

  // — the other pages: each organisation at most once on each —
  const onResult = new Set<[Action, ...Action[]]>([...nowSteps, ...nextSteps, ...helpOnResult]);
  const namedOnResult = contactsOf([...onResult].flat()).filter((id) => !shownOnResult.has(id));
  const moreHelpShown = new Set<string>(namedOnResult);
  const moreHelp = withContacts([...extra, ...overflow, ...nonStatutory.filter((s) => !onResult.has(s))], moreHelpShown);
  const gettingReady = withContacts(
    steps.filter((s) => groupOf(s) === 'questions' || groupOf(s) === 'self-advocacy'),
    new Set(),
  );
  let ifRefused: RefusalPlan | undefined;
  if (pointer) {
    const shown = new Set<string>();
    ifRefused = {
      ...(introStep ? { intro: introStep[0] } : {}),
      write: withContacts(writeSteps, shown),
      complain: withContacts(stage('complain'), shown),
      advice: withContacts(stage('advice'), shown),
    };
  }

  // After a refusal, what comes if they still say no goes with asking again in writing, and leads
  // to the refusal page; otherwise it is the last of the next steps.
  if (askInWriting && pointer && now[0]) now[0] = { ...now[0], actions: [...now[0].actions, ...pointer], page: 'ifRefused' };
  else if (pointer) next.push({ actions: pointer, contacts: [], page: 'ifRefused' });

  // Each letter goes with the step that says to do what it does: after a refusal, the letter that
  // asks again and complains with asking again in writing; the letter asking for an advocate with
  // the step that says how to ask for one — one letter for each advocate on the result page. On the
  // refusal page, asking again in writing has the letter that asks without complaining.
  const letters = lettersFor(assessment);
  const onResultPage = new Set<Letter>();
  const withLetters = (step: PlannedStep, purpose: Letter['purpose'] | undefined, placed: Set<Letter>): PlannedStep => {
    const { kind } = step.actions[0];
    const mine = letters.filter((l) => l.kind === kind && l.purpose === purpose && ![...placed].some((p) => p.kind === kind));
    for (const l of mine) placed.add(l);
    return mine.length > 0 ? { ...step, letters: mine } : step;
  };
  const purposeOf = (step: PlannedStep) => (step.actions[0].group === 'ask' ? 'request' : undefined);
  const nowWithLetters = now.map((step, i) =>
    withLetters(step, askInWriting !== undefined && i === 0 ? 'complaint' : purposeOf(step), onResultPage),
  );
  const nextWithLetters = next.map((step) => withLetters(step, purposeOf(step), onResultPage));
  const askInWritingPlanned = askInWriting ? nowWithLetters[0] : undefined;
  const onRefusalPage = new Set<Letter>();
  if (ifRefused) ifRefused = { ...ifRefused, write: ifRefused.write.map((step) => withLetters(step, 'request', onRefusalPage)) };
  return {
    headline: headlineOf(assessment, lead),
    ...(lead ? { lead, reason: lead.reasons[0] } : {}),
    now: nowWithLetters,
    ...(askInWritingPlanned ? { askInWriting: askInWritingPlanned } : {}),
    next: nextWithLetters,
    why: lead ? lead.reasons.slice(0, maxWhy) : [],
    others: assessment.advocates.filter((a) => a !== lead),
    otherLetters: letters.filter((l) => !onResultPage.has(l) && !onRefusalPage.has(l)),
    pages: { ...(ifRefused ? { ifRefused } : {}), gettingReady, moreHelp, namedOnResult },
  };
}
