import type { Answers } from '../../../machines';

// The people the browser journeys follow, written as data: the answers they give (question id →
// option value). The order the questions come in is the registry's (machines/questions.ts); each
// persona answers exactly the questions on their path, no more, so a change in the flow shows up
// here as a failing journey rather than a silently shorter one.

export interface Persona {
  id: string;
  story: string;
  answers: Answers;
}

const noCareNoComplaint = { careProcess: 'none', nhsComplaint: 'no' } as const;

/** Keeps the persona names as keys while typing every persona as a plain `Persona`. */
const define = <Name extends string>(all: Record<Name, Persona>) => all;

export const personas = define({
  detainedS3England: {
    id: 'detained-s3-england',
    story: 'I am detained under section 3 in a hospital in England',
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
  },
  heldS136England: {
    id: 'held-s136-england',
    story: 'I am held under section 136 in England and nobody has talked about special treatments',
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
  },
  informalWales: {
    id: 'informal-inpatient-wales',
    story: 'I am in a hospital in Wales voluntarily for my mental health',
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
  },
  daughterCareHomeNoOne: {
    id: 'daughter-care-home-no-one',
    story: 'A daughter helps her mother, who lacks capacity about a long care home move, and feels there is no one right to consult',
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
      someoneToConsult: 'no',
      ...noCareNoComplaint,
      refused: 'no',
    },
  },
  daughterCareHomeConsulted: {
    id: 'daughter-care-home-consulted',
    story: 'The same daughter, who counts herself as the right person to consult',
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
  },
  detainedScotland: {
    id: 'detained-scotland',
    story: 'I am detained in a hospital in Scotland',
    answers: { audience: 'myself', nation: 'scotland', age: '25-plus', mha: 'detained', nhsComplaint: 'no', refused: 'no' },
  },
  refusedImha: {
    id: 'refused-imha',
    story: 'I am detained under section 3 in England and was told I cannot have an IMHA',
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
  },
  notSure: {
    id: 'not-sure',
    story: 'A friend who is not sure of most answers',
    answers: {
      audience: 'someone-else',
      nation: 'england',
      age: '25-plus',
      mha: 'unsure',
      dols: 'unsure',
      decision: 'none',
      treatmentDiscussed: 'none',
      attorneyOrDeputy: 'unsure',
      careProcess: 'none',
      nhsComplaint: 'unsure',
      refused: 'no',
    },
  },
  detainedS4Wales: {
    id: 'detained-s4-wales',
    story: 'I am detained under section 4 in Wales',
    answers: {
      audience: 'myself',
      nation: 'wales',
      age: '25-plus',
      mha: 'detained',
      section: '4',
      decision: 'none',
      ...noCareNoComplaint,
      refused: 'no',
    },
  },
  dolsUnpaidRepresentative: {
    id: 'dols-unpaid-representative',
    story: 'A carer at work helps a man in a care home under a DoLS authorisation whose brother is his representative',
    answers: {
      audience: 'professional',
      nation: 'england',
      age: '25-plus',
      mha: 'none',
      treatmentDiscussed: 'none',
      dols: 'authorised',
      representative: 'unpaid',
      attorneyOrDeputy: 'no',
      decision: 'none',
      ...noCareNoComplaint,
      refused: 'no',
    },
  },
  careActNoOneToHelp: {
    id: 'care-act-no-one-to-help',
    story: 'I am having a needs assessment, would find it very hard to take part, and have no one to help',
    answers: {
      audience: 'myself',
      nation: 'england',
      age: '25-plus',
      mha: 'none',
      treatmentDiscussed: 'none',
      dols: 'none',
      decision: 'none',
      careProcess: 'needs-assessment',
      substantialDifficulty: 'yes',
      appropriateIndividual: 'no',
      nhsComplaint: 'no',
      refused: 'no',
    },
  },
  northernIreland: {
    id: 'northern-ireland-deprivation-of-liberty',
    story:
      'A son helps his father in a care home in Northern Ireland, who lacks capacity and is being assessed for a deprivation of liberty',
    answers: {
      audience: 'someone-else',
      nation: 'northern-ireland',
      age: '25-plus',
      mha: 'none',
      dols: 'being-assessed',
      lacksCapacity: 'yes',
      nhsComplaint: 'no',
      refused: 'no',
    },
  },
  detainedNorthernIreland: {
    id: 'detained-northern-ireland',
    story: 'I am detained in a hospital in Northern Ireland',
    answers: { audience: 'myself', nation: 'northern-ireland', age: '25-plus', mha: 'detained', nhsComplaint: 'no' },
  },
  // Law v2 (1 December 2026): children's services, complaints help in Northern Ireland, s136 in Wales.
  lookedAfterComplaint: {
    id: 'looked-after-complaint',
    story: 'I am 16, in foster care in England, and want to complain about a decision to move me',
    answers: {
      audience: 'myself',
      nation: 'england',
      age: '16-17',
      mha: 'none',
      treatmentDiscussed: 'none',
      decision: 'none',
      careProcess: 'none',
      childrensServices: 'looked-after',
      childrensComplaint: 'yes',
      nhsComplaint: 'no',
      refused: 'no',
    },
  },
  careLeaver: {
    id: 'care-leaver',
    story: 'I am 20, left care in Wales, and want to complain about my leaving care support',
    answers: {
      audience: 'myself',
      nation: 'wales',
      age: '18-24',
      mha: 'none',
      treatmentDiscussed: 'none',
      dols: 'none',
      decision: 'none',
      careProcess: 'none',
      childrensServices: 'care-leaver',
      childrensComplaint: 'yes',
      nhsComplaint: 'no',
      refused: 'no',
    },
  },
  complaintNorthernIreland: {
    id: 'complaint-northern-ireland',
    story: 'I want to complain about my hospital care in Northern Ireland',
    answers: {
      audience: 'myself',
      nation: 'northern-ireland',
      age: '25-plus',
      mha: 'none',
      dols: 'none',
      nhsComplaint: 'yes',
      refused: 'no',
    },
  },
  // Issue 11: the result on a phone, for these four and the refused patient above.
  sectionUnsure: {
    id: 'section-unsure',
    story: 'I am detained in a hospital in England and do not know which section I am on',
    answers: {
      audience: 'myself',
      nation: 'england',
      age: '25-plus',
      mha: 'detained',
      section: 'unsure',
      treatmentDiscussed: 'none',
      decision: 'none',
      ...noCareNoComplaint,
      refused: 'no',
    },
  },
  placeOfSafety136: {
    id: 'place-of-safety-136',
    story: 'The police took me to a place of safety under section 136 in England',
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
  },
  heldS136Wales: {
    id: 'held-s136-wales',
    story: 'A friend helps someone held under section 136 in Wales',
    answers: {
      audience: 'someone-else',
      nation: 'wales',
      age: '25-plus',
      mha: 'detained',
      section: '136',
      treatmentDiscussed: 'none',
      decision: 'none',
      careProcess: 'none',
      nhsComplaint: 'no',
      refused: 'no',
    },
  },
});

export const allPersonas: readonly Persona[] = Object.values(personas);
