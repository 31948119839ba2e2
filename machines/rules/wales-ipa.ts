// Social Services and Well-being (Wales) Act 2014 (SSWBA), Part 10 Code of Practice (Advocacy),
// issued under s145; councils must act in accordance with its requirements.
// A council must arrange an Independent Professional Advocate when a person can only overcome the
// barriers to taking part fully in assessment, care and support planning, review or safeguarding
// with help from an appropriate individual, and no appropriate individual is available.
// Applies in Wales only (kinds.ts). Spec: ../../shared/law/care-and-support.md. Checked 2026-12-01.

import type { Answer, Citation, OpenPoint, Status } from '../types';
import { cite } from './citations';
import { kindExists } from './kinds';
import { because, type Known, type Reasons, type Rule, type RuleResult } from './rule';

// The Code's requirement is cited as the Code; its force comes from the Act.
export const part10Code = cite('sswbaPart10Code', '');
const s145_codesOfPractice = cite('sswba2014', 's145', 'section/145');

const ARRANGED_BY = 'walesIpa.arrangedBy';

// Undefined answers are "unsure" (../../shared/law/README.md): the wizard should have asked.
const answer = (value: Answer | undefined): Answer => value ?? 'unsure';
const processOf = (facts: Known) => facts.careProcess ?? 'none'; // a situation fact

export type WalesIpaBasis = 'noCareProcess' | 'noBarriers' | 'appropriateIndividual' | 'unsure' | 'entitled';

function result(status: Status, reasons: Reasons, basis: WalesIpaBasis, open: OpenPoint[] = [], duty?: Citation): RuleResult {
  return { kind: 'wales-ipa', status, reasons, arrangedBy: ARRANGED_BY, basis, open, ...(duty ? { duty } : {}) };
}

export const walesIpa: Rule = (facts) => {
  // 1. Assessment, care and support planning, review or safeguarding: any care process counts,
  // including transition (the Code covers children and adults).
  const process = processOf(facts);
  if (process === 'none') return result('not-entitled', [because('walesIpa.noCareProcess', part10Code)], 'noCareProcess');

  // 2. Barriers to taking part fully: understanding, retaining, using or weighing information, or
  // communicating views, wishes and feelings (asked as "substantial difficulty").
  const barriers = answer(facts.substantialDifficulty);
  if (barriers === 'no') return result('not-entitled', [because('walesIpa.noBarriers', part10Code)], 'noBarriers');

  // 3. An appropriate individual who can help them take part removes the requirement.
  const appropriateIndividual = answer(facts.appropriateIndividual);
  if (appropriateIndividual === 'yes') {
    return result('not-entitled', [because('walesIpa.hasAppropriateIndividual', part10Code)], 'appropriateIndividual');
  }

  const reasons: Reasons = [
    because(process === 'unsure' ? 'walesIpa.processUnsure' : 'walesIpa.process', part10Code),
    barriers === 'yes' ? because('walesIpa.barriers', part10Code) : because('walesIpa.barriersUnsure', part10Code),
    appropriateIndividual === 'no'
      ? because('walesIpa.noAppropriateIndividual', part10Code)
      : because('walesIpa.appropriateIndividualUnsure', part10Code),
  ];

  // 4. Something they were not sure of decides it.
  const open: OpenPoint[] = [];
  if (process === 'unsure') open.push('careProcess');
  if (barriers === 'unsure') open.push('substantialDifficulty');
  if (appropriateIndividual === 'unsure') open.push('appropriateIndividual');
  if (open.length > 0) {
    return result('may-be-entitled', [...reasons, because('walesIpa.codeIsBinding', s145_codesOfPractice)], 'unsure', open, part10Code);
  }

  // 5. Every condition is met.
  return result(
    'entitled',
    [because('walesIpa.mustArrange', part10Code), ...reasons, because('walesIpa.codeIsBinding', s145_codesOfPractice)],
    'entitled',
    [],
    part10Code,
  );
};

// — what the question registry asks of this rule —

const walesIpaInPlay = (k: Known) => kindExists('wales-ipa', k.nation) && processOf(k) !== 'none';

/** Barriers to taking part matter once the council is (or may be) doing something the Code covers. */
export const walesIpaTurnsOnBarriers = (k: Known): boolean => walesIpaInPlay(k);

/** Whether there is an appropriate individual matters unless barriers have been ruled out. */
export const walesIpaTurnsOnAppropriateIndividual = (k: Known): boolean => walesIpaInPlay(k) && k.substantialDifficulty !== 'no';

// not modelled: the active offer of an Independent Professional Advocate to looked-after children
// and children in child protection (Part 10 Code): see the `children` rule.
