import { describe, expect, it } from 'vitest';
import type { Age, Answer, ChildrensServices, Facts, Nation, Status } from '../types';
import { children, childrenCanApply, childrensServicesAt, childrenTurnsOnComplaint } from './children';
import { expectWellFormed, reasonCites, reasonKeys } from './test-support';

// Table tests for children's services advocacy (Children Act 1989 s26A; SSWBA 2014 s178), in the
// order of the table in shared/law/children.md: the first row that matches decides.

type Place = Extract<Nation, 'england' | 'wales'>;
const child = (over: Partial<Facts> = {}, nation: Place = 'england'): Facts => ({ nation, age: '16-17', mha: 'none', ...over });

interface Row {
  name: string;
  facts: Facts;
  status: Status;
  keys: string[];
  cites?: string[];
}

const table: Row[] = [
  // Row 1: no children's services.
  {
    name: "s26A(1): no children's services (not asked) means none: not entitled",
    facts: child({ childrensComplaint: 'yes' }),
    status: 'not-entitled',
    keys: ['children.noServices'],
    cites: ['childrenAct1989 s26A(1)'],
  },
  {
    name: 's26A(1): "none" is the same',
    facts: child({ childrensServices: 'none', childrensComplaint: 'yes' }),
    status: 'not-entitled',
    keys: ['children.noServices'],
  },
  // Row 2: adults who are not care leavers.
  {
    name: 's26A(1)(a): an adult "looked after" is not a child: children\'s services end at 18, care leavers are the adults covered',
    facts: child({ age: '18-plus', childrensServices: 'looked-after', childrensComplaint: 'yes' }),
    status: 'not-entitled',
    keys: ['children.adult'],
    cites: ['childrenAct1989 s26A(1)(a)'],
  },
  {
    name: 'the same for an adult "child in need"',
    facts: child({ age: '18-plus', childrensServices: 'child-in-need' }),
    status: 'not-entitled',
    keys: ['children.adult'],
  },
  // Row 3: not complaining now.
  {
    name: 's26A(1)(b): a looked-after child who does not want to complain now may be offered one if they decide to',
    facts: child({ childrensServices: 'looked-after', childrensComplaint: 'no' }),
    status: 'may-be-offered',
    keys: ['children.ifYouComplain', 'children.lookedAfter'],
    cites: ['childrenAct1989 s26A(1)(b)', 'childrenAct1989 s26A(1)(b)'],
  },
  {
    name: 's178 and the Part 10 Code: in Wales, a looked-after child is also actively offered an advocate',
    facts: child({ childrensServices: 'looked-after', childrensComplaint: 'no' }, 'wales'),
    status: 'may-be-offered',
    keys: ['children.ifYouComplain', 'children.lookedAfter', 'children.activeOfferWales'],
    cites: ['sswba2014 s178', 'sswba2014 s178', 'sswbaPart10Code'],
  },
  {
    name: 'row 3 before row 4: not sure about services, but not complaining, may be offered',
    facts: child({ childrensServices: 'unsure', childrensComplaint: 'no' }),
    status: 'may-be-offered',
    keys: ['children.ifYouComplain'],
  },
  // Row 4: something unsure.
  {
    name: 's26A(1): not sure whether in care, in need or a care leaver, and wanting to complain: may be entitled',
    facts: child({ childrensServices: 'unsure', childrensComplaint: 'yes' }),
    status: 'may-be-entitled',
    keys: ['children.servicesUnsure', 'children.howToAsk'],
  },
  {
    name: 's26A(1)(b): a child in need not sure about complaining: may be entitled',
    facts: child({ age: 'under-16', childrensServices: 'child-in-need', childrensComplaint: 'unsure' }),
    status: 'may-be-entitled',
    keys: ['children.complaintUnsure', 'children.howToAsk', 'children.childInNeed'],
  },
  {
    name: 's26A(1)(a): a care leaver whose wish to complain was not asked: may be entitled (undefined is unsure)',
    facts: child({ age: '18-plus', childrensServices: 'care-leaver' }),
    status: 'may-be-entitled',
    keys: ['children.complaintUnsure', 'children.howToAsk', 'children.careLeaver'],
  },
  // Row 5: entitled.
  {
    name: 's26A(1)(b): a 16-year-old in foster care who wants to complain is entitled (worked case eng-looked-after-complaint)',
    facts: child({ childrensServices: 'looked-after', childrensComplaint: 'yes' }),
    status: 'entitled',
    keys: ['children.entitled', 'children.lookedAfter', 'children.howToAsk'],
    cites: ['childrenAct1989 s26A(1)(b)', 'childrenAct1989 s26A(1)(b)', 'childrenAct1989 s26A(1)(b)'],
  },
  {
    name: 's26A(1)(a), s24D: a care leaver of 20 who wants to complain about leaving-care support is entitled',
    facts: child({ age: '18-plus', childrensServices: 'care-leaver', childrensComplaint: 'yes' }),
    status: 'entitled',
    keys: ['children.entitled', 'children.careLeaver', 'children.howToAsk'],
    cites: ['childrenAct1989 s26A(1)(a)', 'childrenAct1989 s26A(1)(a)', 'childrenAct1989 s26A(1)(a)'],
  },
  {
    name: 'SSWBA s178: in Wales, a care leaver who wants to complain is entitled',
    facts: child({ age: '18-plus', childrensServices: 'care-leaver', childrensComplaint: 'yes' }, 'wales'),
    status: 'entitled',
    keys: ['children.entitled', 'children.careLeaver', 'children.howToAsk'],
    cites: ['sswba2014 s178', 'sswba2014 s178', 'sswba2014 s178'],
  },
];

describe("children's services advocacy (Children Act 1989 s26A; SSWBA 2014 s178)", () => {
  it.each(table)('$name', ({ facts, status, keys, cites }) => {
    const result = children(facts);
    expectWellFormed(result, 'children', /^https:\/\//);
    expect(result.status).toBe(status);
    expect(reasonKeys(result)).toEqual(keys);
    if (cites) expect(reasonCites(result)).toEqual(cites);
  });

  it('is arranged by the council, and names the duty and what is still open', () => {
    expect(children(child({ childrensServices: 'looked-after', childrensComplaint: 'yes' })).arrangedBy).toBe(
      'children.arrangedBy.england',
    );
    expect(children(child({ childrensServices: 'looked-after', childrensComplaint: 'yes' }, 'wales')).arrangedBy).toBe(
      'children.arrangedBy.wales',
    );
    const unsure = children(child({ childrensServices: 'unsure', childrensComplaint: 'unsure' }));
    expect(unsure.open).toEqual(['childrensServices', 'childrensComplaint']);
    expect(unsure.duty?.provision).toBe('s26A(1)');
    expect(children(child()).duty).toBeUndefined();
  });
});

describe('children — every result, and the caution principle', () => {
  const services: (ChildrensServices | undefined)[] = ['looked-after', 'child-in-need', 'care-leaver', 'none', 'unsure', undefined];
  const answers: (Answer | undefined)[] = ['yes', 'no', 'unsure', undefined];
  const cases: Facts[] = (['england', 'wales'] as const).flatMap((nation) =>
    (['under-16', '16-17', '18-plus'] as Age[]).flatMap((age) =>
      services.flatMap((childrensServices) =>
        answers.map((childrensComplaint) => ({ nation, age, mha: 'none', childrensServices, childrensComplaint }) as Facts),
      ),
    ),
  );

  it('gives every combination a cited reason worded for "self" and "helper"', () => {
    for (const facts of cases) expectWellFormed(children(facts), 'children', /^https:\/\//);
  });

  it('never says "not entitled" where a definite answer to an unsure fact gives "entitled"', () => {
    for (const facts of cases) {
      if (children(facts).status !== 'not-entitled') continue;
      if (facts.childrensServices === 'unsure') {
        for (const s of services) expect(children({ ...facts, childrensServices: s }).status).not.toBe('entitled');
      }
      if (facts.childrensComplaint === undefined || facts.childrensComplaint === 'unsure') {
        expect(children({ ...facts, childrensComplaint: 'yes' }).status).not.toBe('entitled');
      }
    }
  });
});

describe('children — what the question registry asks of the rule', () => {
  it('who can be asked: children, and adults under 25 (care leavers), in England and Wales only', () => {
    expect(childrenCanApply({ nation: 'england', age: 'under-16' }, true)).toBe(true);
    expect(childrenCanApply({ nation: 'wales', age: '18-plus' }, true)).toBe(true);
    expect(childrenCanApply({ nation: 'wales', age: '18-plus' }, false)).toBe(false);
    expect(childrenCanApply({ nation: 'scotland', age: '16-17' }, true)).toBe(false);
  });

  it('which situations fit an age: a care leaver is 16 or over, and looked after and in need end at 18', () => {
    expect(childrensServicesAt('under-16', true)).toEqual(['looked-after', 'child-in-need', 'none', 'unsure']);
    expect(childrensServicesAt('16-17', true)).toContain('care-leaver');
    expect(childrensServicesAt('18-plus', true)).toEqual(['care-leaver', 'none', 'unsure']);
    expect(childrensServicesAt('18-plus', false)).toEqual(['none']);
  });

  it('whether they want to complain matters once services are, or may be, involved', () => {
    expect(childrenTurnsOnComplaint({ nation: 'england', age: '16-17', childrensServices: 'looked-after' })).toBe(true);
    expect(childrenTurnsOnComplaint({ nation: 'england', age: '16-17', childrensServices: 'unsure' })).toBe(true);
    expect(childrenTurnsOnComplaint({ nation: 'england', age: '16-17', childrensServices: 'none' })).toBe(false);
    expect(childrenTurnsOnComplaint({ nation: 'england', age: '16-17' })).toBe(false);
  });
});
