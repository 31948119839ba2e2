import type { AdvocateKind, Answers, Assessment, Status } from '../../machines';

// The people the UI journeys follow, written as data: the answers they give (question id →
// option value, never wording) and what the result page must tell them. Each persona answers
// exactly the questions on their path.

export interface Persona {
  story: string;
  answers: Answers;
  route: Assessment['route'];
  legalAdvice?: boolean;
  statuses: Partial<Record<AdvocateKind, Status>>;
}

const noCareNoComplaint = { careProcess: 'none', nhsComplaint: 'no' } as const;

export const personas = {
  detainedS3England: {
    story: 'someone detained under section 3 in England has a right to an IMHA (MHA 1983 s130C(2)(a))',
    answers: {
      audience: 'myself',
      nation: 'england',
      age: '25-plus',
      mha: 'detained',
      section: '3',
      decision: 'none',
      ...noCareNoComplaint,
      refused: 'no',
    },
    route: 'statutory',
    statuses: { imha: 'entitled', imca: 'not-entitled', 'imca-dols': 'not-entitled', 'care-act': 'not-entitled' },
  },
  heldS136England: {
    story: 'someone held under section 136 in England has no right to an IMHA (s130C(2)(a) excludes s136)',
    answers: {
      audience: 'myself',
      nation: 'england',
      age: '25-plus',
      mha: 'detained',
      section: '136',
      treatmentDiscussed: 'none',
      decision: 'none',
      ...noCareNoComplaint,
    },
    route: 'non-statutory',
    statuses: { imha: 'not-entitled' },
  },
  placeOfSafety: {
    story: 'someone the police took to a place of safety, who then says section 136, has no right to an IMHA in England (s130C(2)(a))',
    answers: {
      audience: 'myself',
      nation: 'england',
      age: '25-plus',
      mha: 'place-of-safety',
      section: '136',
      treatmentDiscussed: 'none',
      decision: 'none',
      ...noCareNoComplaint,
    },
    route: 'non-statutory',
    statuses: { imha: 'not-entitled' },
  },
  informalWales: {
    story: 'an informal in-patient in Wales has a right to an IMHA (MHA 1983 s130J)',
    answers: {
      audience: 'myself',
      nation: 'wales',
      age: '25-plus',
      mha: 'informal-inpatient',
      dols: 'none',
      decision: 'none',
      ...noCareNoComplaint,
      refused: 'no',
    },
    route: 'statutory',
    statuses: { imha: 'entitled', 'wales-ipa': 'not-entitled' },
  },
  daughterConsulted: {
    story:
      'a daughter helping her mother, who lacks capacity about a long care home move, is herself someone to consult, so no IMCA (MCA 2005 s39(4))',
    answers: {
      audience: 'someone-else',
      nation: 'england',
      age: '25-plus',
      mha: 'none',
      treatmentDiscussed: 'none',
      dols: 'none',
      decision: 'accommodation',
      lacksCapacity: 'yes',
      longStay: 'yes',
      attorneyOrDeputy: 'no',
      someoneToConsult: 'yes',
      ...noCareNoComplaint,
    },
    route: 'non-statutory',
    statuses: { imca: 'not-entitled', imha: 'not-entitled' },
  },
  detainedScotland: {
    story: 'someone detained in Scotland has a right to independent advocacy (MHCTSA 2003 s259)',
    answers: { audience: 'myself', nation: 'scotland', age: '25-plus', mha: 'detained', nhsComplaint: 'no', refused: 'no' },
    route: 'statutory',
    statuses: { 'scotland-advocacy': 'entitled' },
  },
  refusedImha: {
    story: 'someone detained under section 3 who was refused an IMHA is shown how to complain and get legal advice first',
    answers: {
      audience: 'myself',
      nation: 'england',
      age: '25-plus',
      mha: 'detained',
      section: '3',
      decision: 'none',
      ...noCareNoComplaint,
      refused: 'yes',
    },
    route: 'statutory',
    legalAdvice: true,
    statuses: { imha: 'entitled' },
  },
  notSure: {
    story: 'a friend who is not sure of the Mental Health Act status is told the person may have a right',
    answers: {
      audience: 'someone-else',
      nation: 'england',
      age: '25-plus',
      mha: 'unsure',
      dols: 'unsure',
      attorneyOrDeputy: 'unsure',
      decision: 'none',
      treatmentDiscussed: 'none',
      careProcess: 'none',
      nhsComplaint: 'unsure',
      refused: 'no',
    },
    route: 'check',
    statuses: { imha: 'may-be-entitled' },
  },
} satisfies Record<string, Persona>;
