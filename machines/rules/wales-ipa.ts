// Social Services and Well-being (Wales) Act 2014 (SSWBA), Part 10 Code of Practice (Advocacy),
// issued under s145; councils must act in accordance with its requirements.
// A council must arrange an Independent Professional Advocate when a person can only overcome the
// barriers to taking part fully in assessment, care and support planning, review or safeguarding
// with help from an appropriate individual, and no appropriate individual is available.
// Applies in Wales only. Spec: ../../shared/law/care-and-support.md. Checked 2026-11-25.

import type { Answer } from '../types';
import { cite } from './citations';
import { because, type ReasonSpec, type Rule, type RuleResult } from './rule';

// The Code's requirement is cited as the Code; its force comes from the Act.
const part10Code = cite('sswbaPart10Code', '');
const s145_codesOfPractice = cite('sswba2014', 's145', 'section/145');

const ARRANGED_BY = 'walesIpa.arrangedBy';

// Undefined answers are "unsure" (../../shared/law/README.md): the wizard should have asked.
const answer = (value: Answer | undefined): Answer => value ?? 'unsure';

function result(status: RuleResult['status'], reasons: [ReasonSpec, ...ReasonSpec[]]): RuleResult {
  return { kind: 'wales-ipa', status, reasons, arrangedBy: ARRANGED_BY };
}

export const walesIpa: Rule = (facts) => {
  if (facts.nation !== 'wales') {
    return result('not-entitled', [because('walesIpa.walesOnly', s145_codesOfPractice)]);
  }

  // Assessment, care and support planning, review or safeguarding: any care process counts,
  // including transition (the Code covers children and adults).
  const process = facts.careProcess ?? 'none';
  if (process === 'none') {
    return result('not-entitled', [because('walesIpa.noCareProcess', part10Code)]);
  }

  // Barriers to taking part fully: understanding, retaining, using or weighing information, or
  // communicating views, wishes and feelings (asked as "substantial difficulty").
  const barriers = answer(facts.substantialDifficulty);
  if (barriers === 'no') {
    return result('not-entitled', [because('walesIpa.noBarriers', part10Code)]);
  }

  // An appropriate individual who can help them take part removes the requirement.
  const appropriateIndividual = answer(facts.appropriateIndividual);
  if (appropriateIndividual === 'yes') {
    return result('not-entitled', [because('walesIpa.hasAppropriateIndividual', part10Code)]);
  }

  const reasons: [ReasonSpec, ...ReasonSpec[]] = [
    because('walesIpa.process', part10Code),
    barriers === 'yes' ? because('walesIpa.barriers', part10Code) : because('walesIpa.barriersUnsure', part10Code),
    appropriateIndividual === 'no'
      ? because('walesIpa.noAppropriateIndividual', part10Code)
      : because('walesIpa.appropriateIndividualUnsure', part10Code),
  ];

  if (barriers === 'unsure' || appropriateIndividual === 'unsure') {
    return result('may-be-entitled', [...reasons, because('walesIpa.codeIsBinding', s145_codesOfPractice)]);
  }

  return result('entitled', [
    because('walesIpa.mustArrange', part10Code),
    ...reasons,
    because('walesIpa.codeIsBinding', s145_codesOfPractice),
  ]);
};

// not modelled: children's complaints and representations advocacy (SSWBA s178, "active offer"),
// which the action list gives as a next step for under-18s.
