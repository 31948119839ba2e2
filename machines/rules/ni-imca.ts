// Mental Capacity Act (Northern Ireland) 2016, ss35–36, 86 and 91, as commenced for deprivation
// of liberty from 2 December 2019 by SR 2019/163 (with the transitional rule in art 3).
// When a person aged 16 or over who lacks capacity is deprived of their liberty, the people doing
// it are protected from liability only if an Independent Mental Capacity Advocate (IMCA) has been
// instructed and consulted — unless the person declined one or it is an emergency. In effect an
// "opt-out" IMCA, whether or not family exist. The HSC trust must have IMCAs available and
// instruct one.
// Applies in Northern Ireland only. Spec: ../../shared/law/scotland-and-ni.md. Checked 2026-12-01.

import type { Citation, Dols, OpenPoint, Status } from '../types';
import { cite } from './citations';
import { kindExists } from './kinds';
import { because, isUnsure, type Known, type Reasons, type Rule, type RuleResult } from './rule';

const s9_1_sixteenAndLacksCapacity = cite('mcani2016', 's9(1)', 'section/9');
const s35_2_3_imcaConditions = cite('mcani2016', 's35(2)–(3)', 'section/35');
const s35_4_declinedOrEmergency = cite('mcani2016', 's35(4)', 'section/35');
const s36_1_a_deprivationOfLiberty = cite('mcani2016', 's36(1)(a)', 'section/36');
const s86_1_trustArrangements = cite('mcani2016', 's86(1)', 'section/86');
const s91_trustInstructs = cite('mcani2016', 's91', 'section/91');
const art3_transitional1986Order = cite('mcaniCommencementOrder2019', 'art 3', 'article/3');
const mentalHealthOrder1986 = cite('mhNiOrder1986', '');

const ARRANGED_BY = 'niImca.arrangedBy';

// A deprivation of liberty authorisation is being sought or is in place.
const deprivationOfLiberty: readonly Dols[] = ['being-assessed', 'authorised'];

// Only a clear "no" rules out lacking capacity: undefined is "unsure" (../../shared/law/README.md),
// and an authorisation itself rests on a finding that the person lacks capacity.
const mayLackCapacity = (facts: Known) => facts.lacksCapacity !== 'no';

export type NiImcaBasis = 'under16' | 'detained' | 'deprivationOfLiberty' | 'mhaUnsure' | 'dolsUnsure' | 'notDeprived';

function result(status: Status, reasons: Reasons, basis: NiImcaBasis, open: OpenPoint[] = [], duty?: Citation): RuleResult {
  return { kind: 'ni-imca', status, reasons, arrangedBy: ARRANGED_BY, basis, open, ...(duty ? { duty } : {}) };
}

const imcaSafeguard = (): Reasons => [
  because('niImca.deprivationOfLiberty', s35_2_3_imcaConditions),
  because('niImca.optOut', s35_4_declinedOrEmergency),
  because('niImca.trustMustArrange', s86_1_trustArrangements),
  because('niImca.trustMustInstruct', s91_trustInstructs),
];

export const niImca: Rule = (facts) => {
  // s9(1): the 2016 Act's protection, and so its IMCA safeguard, is for people aged 16 or over.
  if (facts.age === 'under-16') return result('not-entitled', [because('niImca.under16', s9_1_sixteenAndLacksCapacity)], 'under16');

  // SR 2019/163 art 3: people liable to be detained under the 1986 Order are outside the 2016
  // Act's deprivation of liberty scheme for now; and the 1986 Order has no statutory IMHA.
  if (facts.mha === 'detained') {
    return result(
      'not-entitled',
      [because('niImca.detainedUnder1986Order', art3_transitional1986Order), because('niImca.noStatutoryImha', mentalHealthOrder1986)],
      'detained',
    );
  }

  const dols = facts.dols ?? 'none';

  if (deprivationOfLiberty.includes(dols) && mayLackCapacity(facts)) {
    // Not sure whether they are detained: detained people are outside the scheme, so check first.
    if (facts.mha === 'unsure') {
      return result(
        'may-be-entitled',
        [because('niImca.mhaUnsure', art3_transitional1986Order), ...imcaSafeguard()],
        'mhaUnsure',
        ['mha'],
        s91_trustInstructs,
      );
    }
    return result('entitled', imcaSafeguard(), 'deprivationOfLiberty', [], s91_trustInstructs);
  }

  if (dols === 'unsure' && mayLackCapacity(facts)) {
    const reasons: Reasons = [because('niImca.deprivationOfLibertyUnsure', s36_1_a_deprivationOfLiberty)];
    const open: OpenPoint[] = ['dols'];
    if (isUnsure(facts.lacksCapacity)) {
      reasons.push(because('niImca.capacityUnsure', s9_1_sixteenAndLacksCapacity));
      open.push('lacksCapacity');
    }
    return result('may-be-entitled', reasons, 'dolsUnsure', open, s91_trustInstructs);
  }

  // Otherwise the person has capacity, or no deprivation of liberty arises — say which.
  if (facts.lacksCapacity === 'no') {
    const reasons: Reasons = [because('niImca.hasCapacity', s9_1_sixteenAndLacksCapacity)];
    if (dols === 'none') reasons.push(because('niImca.noDeprivationOfLiberty', s36_1_a_deprivationOfLiberty));
    return result('not-entitled', reasons, 'notDeprived');
  }
  return result('not-entitled', [because('niImca.noDeprivationOfLiberty', s36_1_a_deprivationOfLiberty)], 'notDeprived');
};

/**
 * The Mental Health (Northern Ireland) Order 1986 gives a detained person no statutory IMHA, at any
 * age: the action list says so plainly and points to the trust's advocacy service.
 */
export const detainedWithoutStatutoryImha = (facts: Known): boolean => kindExists('ni-imca', facts.nation) && facts.mha === 'detained';

// — what the question registry asks of this rule —

/** The 2016 Act's deprivation of liberty scheme can apply: Northern Ireland, 16 or over (s9(1)), not detained (art 3). */
export const niDeprivationOfLibertyCanApply = (k: Known): boolean =>
  kindExists('ni-imca', k.nation) && k.age !== undefined && k.age !== 'under-16' && k.mha !== undefined && k.mha !== 'detained';

/** Whether they can make the decision matters once a deprivation of liberty is, or may be, in play. */
export const niImcaTurnsOnCapacity = (k: Known): boolean =>
  niDeprivationOfLibertyCanApply(k) && (k.dols === 'being-assessed' || k.dols === 'authorised' || k.dols === 'unsure');

// not modelled: the other "relevant acts" of s36(1)(b)–(e) (attendance requirements, community
// residence requirements, serious treatment): SR 2019/163 commences the Act only for deprivation
// of liberty (and research, money and valuables, offences).
