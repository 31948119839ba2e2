// The public face of machines/: the legal core (`assess` and its contract types), the question
// registry and the wizard machine. The UI imports from here only.
export { assess } from './assess';
export { kindsByNation } from './rules/kinds';
export type * from './types';
export { sections } from './types';
export { answerValues, answersOnPath, isComplete, known, pathOf, questionById, questionIds, questions, toFacts } from './questions';
export type { AnswerValue, Answers, Audience, Question, QuestionId } from './questions';
export { canVisit, isActStep, isQuestion, letterOf, letterSteps, nextStep, previousStep, stepAfterLoading, steps } from './flow';
export type { ActStep, LetterStep, Mode, Step } from './flow';
export { citationsOf, isLetterId, letterFor, letterIds, lettersFor, referralFor } from './letters';
export type { Letter, LetterId, LetterPurpose, LetterStatus, Referral, ReferralAdvocate, ReferralTopic } from './letters';
export { questionsVersion } from './questions';
export { wizardMachine } from './wizard';
export { actionItems, orderedItems } from './actions';
export { maxNextSteps, maxOrganisationsOnResult, planResult } from './result-plan';
export type { Headline, PlannedStep, RefusalPlan, ResultPageId, ResultPlan } from './result-plan';
export type { AnswerEvent, WizardContext, WizardEvent, WizardInput, WizardMachine } from './wizard';
