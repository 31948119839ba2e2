import { describe, expect, it } from 'vitest';
import type { Answer, Facts, Nation } from '../types';
import { nhsComplaints } from './nhs-complaints';
import { expectWellFormed } from './test-support';

const person = (nation: Nation): Facts => ({ nation, age: '18-plus', mha: 'none' });

interface Row {
  name: string;
  nation: Nation;
  nhsComplaint: Answer | undefined;
  status: string;
  keys: string[];
  provisions: string[];
  arrangedBy: string;
}

const table: Row[] = [
  // England.
  {
    name: 'LGPIHA 2007 s223A: in England, someone who wants to complain about NHS care is entitled (worked case eng-nhs-complaint)',
    nation: 'england',
    nhsComplaint: 'yes',
    status: 'entitled',
    keys: ['nhsComplaints.england.duty'],
    provisions: ['s223A'],
    arrangedBy: 'nhsComplaints.arrangedBy.england',
  },
  {
    name: 'LGPIHA 2007 s223A: in England, someone unsure whether to complain may be offered it, as it is there if they decide to',
    nation: 'england',
    nhsComplaint: 'unsure',
    status: 'may-be-offered',
    keys: ['nhsComplaints.england.ifYouComplain'],
    provisions: ['s223A'],
    arrangedBy: 'nhsComplaints.arrangedBy.england',
  },
  {
    name: 'LGPIHA 2007 s223A: in England, someone not complaining is not entitled now but can use it later',
    nation: 'england',
    nhsComplaint: 'no',
    status: 'not-entitled',
    keys: ['nhsComplaints.notComplaining'],
    provisions: ['s223A'],
    arrangedBy: 'nhsComplaints.arrangedBy.england',
  },
  {
    name: 'LGPIHA 2007 s223A: an unanswered nhsComplaint is read as "no" (a situation fact)',
    nation: 'england',
    nhsComplaint: undefined,
    status: 'not-entitled',
    keys: ['nhsComplaints.notComplaining'],
    provisions: ['s223A'],
    arrangedBy: 'nhsComplaints.arrangedBy.england',
  },
  // Wales.
  {
    name: 'NHS (Wales) Act 2006 s187 and HSC(QE)(W)A 2020 s16: in Wales, someone who wants to complain is entitled, with Llais providing it',
    nation: 'wales',
    nhsComplaint: 'yes',
    status: 'entitled',
    keys: ['nhsComplaints.wales.duty', 'nhsComplaints.wales.llais', 'nhsComplaints.wales.puttingThingsRight'],
    provisions: ['s187', 's16', ''],
    arrangedBy: 'nhsComplaints.arrangedBy.wales',
  },
  {
    name: 'NHS (Wales) Act 2006 s187 and HSC(QE)(W)A 2020 s16: in Wales, someone unsure whether to complain may be offered it',
    nation: 'wales',
    nhsComplaint: 'unsure',
    status: 'may-be-offered',
    keys: ['nhsComplaints.wales.ifYouComplain', 'nhsComplaints.wales.llais', 'nhsComplaints.wales.puttingThingsRight'],
    provisions: ['s187', 's16', ''],
    arrangedBy: 'nhsComplaints.arrangedBy.wales',
  },
  {
    name: 'NHS (Wales) Act 2006 s187 and HSC(QE)(W)A 2020 s16: in Wales, someone not complaining is not entitled now but can use it later',
    nation: 'wales',
    nhsComplaint: 'no',
    status: 'not-entitled',
    keys: ['nhsComplaints.notComplaining', 'nhsComplaints.wales.llais'],
    provisions: ['s187', 's16'],
    arrangedBy: 'nhsComplaints.arrangedBy.wales',
  },
  {
    name: 'NHS (Wales) Act 2006 s187: an unanswered nhsComplaint is read as "no" in Wales too',
    nation: 'wales',
    nhsComplaint: undefined,
    status: 'not-entitled',
    keys: ['nhsComplaints.notComplaining', 'nhsComplaints.wales.llais'],
    provisions: ['s187', 's16'],
    arrangedBy: 'nhsComplaints.arrangedBy.wales',
  },
  // Scotland (1 December 2026): PASS, an advice and support service, which every health board must secure.
  {
    name: 'PR(S)A 2011 ss17–18: in Scotland, someone who wants to complain about NHS care is entitled to PASS',
    nation: 'scotland',
    nhsComplaint: 'yes',
    status: 'entitled',
    keys: ['nhsComplaints.scotland.pass'],
    provisions: ['ss17–18'],
    arrangedBy: 'nhsComplaints.arrangedBy.scotland',
  },
  {
    name: 'PR(S)A 2011 ss17–18: in Scotland, someone unsure whether to complain may be offered PASS',
    nation: 'scotland',
    nhsComplaint: 'unsure',
    status: 'may-be-offered',
    keys: ['nhsComplaints.scotland.ifYouComplain'],
    provisions: ['ss17–18'],
    arrangedBy: 'nhsComplaints.arrangedBy.scotland',
  },
  {
    name: 'PR(S)A 2011 ss17–18: in Scotland, someone not complaining is not entitled now, and is told PASS is there if they do',
    nation: 'scotland',
    nhsComplaint: 'no',
    status: 'not-entitled',
    keys: ['nhsComplaints.scotland.notComplaining'],
    provisions: ['ss17–18'],
    arrangedBy: 'nhsComplaints.arrangedBy.scotland',
  },
  // Northern Ireland (1 December 2026): the Patient and Client Council, for health and social care.
  {
    name: 'HSC (Reform) Act (NI) 2009 s17(1)(c), (4): in Northern Ireland, someone who wants to complain about health or social care is entitled to help from the Patient and Client Council (worked case ni-nhs-complaint)',
    nation: 'northern-ireland',
    nhsComplaint: 'yes',
    status: 'entitled',
    keys: ['nhsComplaints.northernIreland.pcc', 'nhsComplaints.northernIreland.whichComplaints'],
    provisions: ['s17(1)(c), (4)', ''],
    arrangedBy: 'nhsComplaints.arrangedBy.northernIreland',
  },
  {
    name: 'HSC (Reform) Act (NI) 2009 s17(1)(c), (4): in Northern Ireland, someone unsure whether to complain may be offered it',
    nation: 'northern-ireland',
    nhsComplaint: 'unsure',
    status: 'may-be-offered',
    keys: ['nhsComplaints.northernIreland.ifYouComplain'],
    provisions: ['s17(1)(c), (4)'],
    arrangedBy: 'nhsComplaints.arrangedBy.northernIreland',
  },
  {
    name: 'HSC (Reform) Act (NI) 2009 s17(1)(c): in Northern Ireland, an unanswered question means not complaining now',
    nation: 'northern-ireland',
    nhsComplaint: undefined,
    status: 'not-entitled',
    keys: ['nhsComplaints.northernIreland.notComplaining'],
    provisions: ['s17(1)(c), (4)'],
    arrangedBy: 'nhsComplaints.arrangedBy.northernIreland',
  },
];

describe('Help to complain about NHS care (LGPIHA 2007 s223A; NHS (Wales) Act 2006 s187; HSC(QE)(W)A 2020 s16; PR(S)A 2011 ss17–18; HSC (Reform) Act (NI) 2009 s17)', () => {
  it.each(table)('$name', ({ nation, nhsComplaint, status, keys, provisions, arrangedBy }) => {
    const result = nhsComplaints({ ...person(nation), nhsComplaint });
    expect(result.kind).toBe('nhs-complaints');
    expect(result.status).toBe(status);
    expect(result.reasons.map((r) => r.key)).toEqual(keys);
    expect(result.reasons.map((r) => r.cite.provision)).toEqual(provisions);
    expect(result.arrangedBy).toBe(arrangedBy);
  });

  it('links England to s223A of the 2007 Act, and Wales to s187 of the 2006 Act and s16 of the 2020 Act', () => {
    expect(nhsComplaints({ ...person('england'), nhsComplaint: 'yes' }).reasons[0].cite.url).toBe(
      'https://www.legislation.gov.uk/ukpga/2007/28/section/223A',
    );
    const welsh = nhsComplaints({ ...person('wales'), nhsComplaint: 'yes' }).reasons.map((r) => r.cite.url);
    expect(welsh).toEqual([
      'https://www.legislation.gov.uk/ukpga/2006/42/section/187',
      'https://www.legislation.gov.uk/asc/2020/1/section/16',
      'https://www.legislation.gov.uk/wsi/2011/704',
    ]);
  });

  it('links Scotland to the Patient Rights (Scotland) Act 2011 and Northern Ireland to the 2009 Act and SR 2009/98', () => {
    expect(nhsComplaints({ ...person('scotland'), nhsComplaint: 'yes' }).reasons[0].cite.url).toBe(
      'https://www.legislation.gov.uk/asp/2011/5/section/17',
    );
    expect(nhsComplaints({ ...person('northern-ireland'), nhsComplaint: 'yes' }).reasons.map((r) => r.cite.url)).toEqual([
      'https://www.legislation.gov.uk/nia/2009/1/section/17',
      'https://www.legislation.gov.uk/nisr/2009/98',
    ]);
  });

  it('names the duty only where help is (or may be) owed', () => {
    expect(nhsComplaints({ ...person('northern-ireland'), nhsComplaint: 'yes' }).duty?.provision).toBe('s17(1)(c), (4)');
    expect(nhsComplaints({ ...person('scotland'), nhsComplaint: 'unsure' }).duty?.provision).toBe('ss17–18');
    expect(nhsComplaints({ ...person('england'), nhsComplaint: 'no' }).duty).toBeUndefined();
  });

  it('does not depend on any other fact', () => {
    const busy: Facts = { ...person('england'), mha: 'detained', section: '3', careProcess: 'review', refused: 'yes', nhsComplaint: 'yes' };
    expect(nhsComplaints(busy)).toEqual(nhsComplaints({ ...person('england'), nhsComplaint: 'yes' }));
  });
});

describe('NHS complaints rule: every result is explained and worded', () => {
  const nations: Nation[] = ['england', 'wales', 'scotland', 'northern-ireland'];
  const answers: (Answer | undefined)[] = ['yes', 'no', 'unsure', undefined];
  const cases = nations.flatMap((nation) => answers.map((nhsComplaint) => ({ nation, nhsComplaint })));

  it.each(cases)(
    '$nation, nhsComplaint $nhsComplaint: reasons are cited and worded for "self" and "helper"',
    ({ nation, nhsComplaint }) => {
      const result = nhsComplaints({ ...person(nation), nhsComplaint });
      expectWellFormed(result, 'nhs-complaints', /^https:\/\/www\.legislation\.gov\.uk\//);
    },
  );
});
