// Writes content/provenance.json: for every legal statement in the catalogue (each key of the
// `reasons` and `actions` namespaces, and each advocate's `kinds.<kind>.about` in `result`), when
// it was checked and where it comes from. The source is the law file the statement rests on and,
// where a rule or a step attaches one, the provision it cites (found by running `assess` over many
// sets of facts). Entries already in the file keep their `checked` date; sources are always
// derived again (change the mapping below, not the file). Run: npm run content:provenance

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { en } from '../content/locales/en';
import { assess, sections } from '../machines';
import type { AdvocateKind, Citation, Facts } from '../machines';
import { careAct } from '../machines/rules/care-act';
import { children } from '../machines/rules/children';
import { imca } from '../machines/rules/imca';
import { imcaDols } from '../machines/rules/imca-dols';
import { imha } from '../machines/rules/imha';
import { nhsComplaints } from '../machines/rules/nhs-complaints';
import { niImca } from '../machines/rules/ni-imca';
import type { Rule } from '../machines/rules/rule';
import { scotlandAdvocacy } from '../machines/rules/scotland-advocacy';
import { walesIpa } from '../machines/rules/wales-ipa';

// Every rule, run in every nation too (assess runs only the nation's own), for the "X only" reasons.
const allRules: Rule[] = [imha, imca, imcaDols, careAct, walesIpa, scotlandAdvocacy, niImca, nhsComplaints, children];

const file = resolve('content/provenance.json');
const checked = '2026-12-01';

interface Provenance {
  checked: string;
  source: string;
}

const flatKeys = (node: unknown, prefix = ''): string[] =>
  typeof node === 'object' && node !== null && !Array.isArray(node)
    ? Object.entries(node).flatMap(([k, v]) => flatKeys(v, `${prefix}${k}.`))
    : [prefix.slice(0, -1)];

const withoutAudience = (key: string) => key.replace(/_(self|helper)$/, '');

/** The statements that need provenance, as "namespace:key" without the audience suffix. */
export function legalStatementKeys(): string[] {
  const keys = new Set<string>();
  for (const ns of ['reasons', 'actions'] as const) for (const key of flatKeys(en[ns])) keys.add(`${ns}:${withoutAudience(key)}`);
  for (const kind of Object.keys(en.result.kinds)) {
    if (flatKeys(en.result.kinds[kind as keyof typeof en.result.kinds]).some((k) => withoutAudience(k) === 'about')) {
      keys.add(`result:kinds.${kind}.about`);
    }
  }
  return [...keys];
}

// ---------------------------------------------------------------------------------------------
// Which law file each statement rests on, by its key (../shared/law/*.md).

const lawFileByReasonPrefix: Record<string, string> = {
  imha: 'law/imha.md',
  imca: 'law/imca.md',
  imcaDols: 'law/imca.md',
  careAct: 'law/care-and-support.md',
  walesIpa: 'law/care-and-support.md',
  scotlandAdvocacy: 'law/scotland-and-ni.md',
  niImca: 'law/scotland-and-ni.md',
  nhsComplaints: 'law/complaints-and-legal-help.md',
  children: 'law/children.md',
};

const lawFileByKind: Record<AdvocateKind, string> = {
  imha: 'law/imha.md',
  imca: 'law/imca.md',
  'imca-dols': 'law/imca.md',
  'care-act': 'law/care-and-support.md',
  'wales-ipa': 'law/care-and-support.md',
  'scotland-advocacy': 'law/scotland-and-ni.md',
  'ni-imca': 'law/scotland-and-ni.md',
  'nhs-complaints': 'law/complaints-and-legal-help.md',
  children: 'law/children.md',
};

// Most specific first.
const lawFileByActionPrefix: [string, string][] = [
  ['ask.check.substantialDifficulty', 'law/care-and-support.md'],
  ['ask.check.appropriateIndividual', 'law/care-and-support.md'],
  ['ask.check.careProcess', 'law/care-and-support.md'],
  ['ask.check.', 'law/imca.md'],
  ['ask.imha.', 'law/imha.md'],
  ['ask.imcaDols.', 'law/imca.md'],
  ['ask.imca.', 'law/imca.md'],
  ['ask.careAct.', 'law/care-and-support.md'],
  ['ask.walesIpa.', 'law/care-and-support.md'],
  ['ask.scotlandAdvocacy.', 'law/scotland-and-ni.md'],
  ['ask.niImca.', 'law/scotland-and-ni.md'],
  ['ask.nhsComplaints.', 'law/complaints-and-legal-help.md'],
  ['ask.check.childrens', 'law/children.md'],
  ['ask.children.', 'law/children.md'],
  ['legal.', 'law/complaints-and-legal-help.md'],
  ['rights.tribunal.', 'law/complaints-and-legal-help.md'],
  ['rights.dols.', 'law/imca.md'],
  ['rights.familyConsulted', 'law/imca.md'],
  ['rights.children.', 'law/children.md'],
  ['rights.tribunalWhen.', 'law/complaints-and-legal-help.md'],
  ['rights.scotland.', 'law/scotland-and-ni.md'],
  ['rights.northernIreland.', 'law/scotland-and-ni.md'],
  ['rights.england.informalInpatient', 'law/imha.md'],
  ['groups.', 'law/README.md'],
  ['questions.', 'law/non-statutory.md'],
  ['nonStatutory.', 'law/non-statutory.md'],
  ['selfAdvocacy.', 'law/non-statutory.md'],
];

function lawFileOf(id: string): string {
  const [ns, key = ''] = id.split(':');
  if (ns === 'reasons') return lawFileByReasonPrefix[key.split('.')[0] ?? ''] ?? 'law/README.md';
  if (ns === 'result') return lawFileByKind[key.split('.')[1] as AdvocateKind] ?? 'law/README.md';
  return lawFileByActionPrefix.find(([prefix]) => key.startsWith(prefix))?.[1] ?? 'law/README.md';
}

// ---------------------------------------------------------------------------------------------
// The provisions the rules and steps cite, found by assessing many sets of facts.

const domains: { [K in keyof Facts]-?: readonly (Facts[K] | undefined)[] } = {
  nation: ['england', 'wales', 'scotland', 'northern-ireland'],
  age: ['under-16', '16-17', '18-plus'],
  mha: ['detained', 'cto', 'guardianship', 'conditional-discharge', 'informal-inpatient', 'none', 'unsure'],
  section: [undefined, ...sections],
  treatmentDiscussed: [undefined, 's57', 'ect', 'none', 'unsure'],
  lacksCapacity: [undefined, 'yes', 'no', 'unsure'],
  decision: [undefined, 'serious-medical-treatment', 'accommodation', 'accommodation-review', 'safeguarding', 'none', 'unsure'],
  treatmentFor: [undefined, 'physical', 'mental'],
  longStay: [undefined, 'yes', 'no', 'unsure'],
  requiredByMha: [undefined, 'yes', 'no', 'unsure'],
  someoneToConsult: [undefined, 'yes', 'no', 'unsure'],
  attorneyOrDeputy: [undefined, 'yes', 'no', 'unsure'],
  dols: [undefined, 'being-assessed', 'authorised', 'none', 'unsure'],
  representative: [undefined, 'unpaid', 'paid', 'none', 'unsure'],
  careProcess: [undefined, 'needs-assessment', 'carers-assessment', 'care-plan', 'review', 'safeguarding', 'transition', 'none', 'unsure'],
  substantialDifficulty: [undefined, 'yes', 'no', 'unsure'],
  appropriateIndividual: [undefined, 'yes', 'no', 'unsure'],
  nhsPlacementLikely: [undefined, 'yes', 'no', 'unsure'],
  disagreement: [undefined, 'yes', 'no', 'unsure'],
  mentalDisorder: [undefined, 'yes', 'no', 'unsure'],
  childrensServices: [undefined, 'looked-after', 'child-in-need', 'care-leaver', 'none', 'unsure'],
  childrensComplaint: [undefined, 'yes', 'no', 'unsure'],
  nhsComplaint: [undefined, 'yes', 'no', 'unsure'],
  refused: [undefined, 'yes', 'no', 'unsure'],
};

/** A small deterministic generator, so the file is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function randomFacts(next: () => number): Facts {
  const facts: Record<string, unknown> = {};
  for (const [field, values] of Object.entries(domains)) {
    const value = values[Math.floor(next() * values.length)];
    if (value !== undefined) facts[field] = value;
  }
  return facts as unknown as Facts;
}

const citationText = (c: Citation) => {
  const name = en.instruments[c.instrument];
  return c.provision ? `${name}, ${c.provision}` : name;
};

function citedProvisions(samples: number): Map<string, Set<string>> {
  const cited = new Map<string, Set<string>>();
  const add = (id: string, c: Citation | undefined) => {
    const set = cited.get(id) ?? new Set<string>();
    if (c) set.add(citationText(c));
    cited.set(id, set);
  };
  const next = random(20261125);
  for (let i = 0; i < samples; i++) {
    const facts = randomFacts(next);
    for (const rule of allRules) for (const reason of rule(facts).reasons) add(`reasons:${reason.key}`, reason.cite);
    const assessment = assess(facts);
    for (const advocate of assessment.advocates) {
      for (const reason of advocate.reasons) add(`reasons:${reason.key}`, reason.source);
      add(`reasons:${advocate.arrangedByKey}`, undefined);
      // what an advocate is rests on the provisions that give the right
      if (advocate.status === 'entitled') add(`result:kinds.${advocate.kind}.about`, advocate.reasons[0]?.source);
    }
    for (const action of assessment.actions) add(`actions:${action.key}`, action.source);
  }
  return cited;
}

function sourceOf(id: string, cited: Map<string, Set<string>>): string {
  const provisions = [...(cited.get(id) ?? [])].sort();
  return provisions.length > 0 ? `${lawFileOf(id)}; ${provisions.join(' | ')}` : lawFileOf(id);
}

export default function main(): void {
  const previous: Record<string, Provenance> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Provenance>)
    : {};
  const cited = citedProvisions(Number(process.env.SAMPLES ?? 100_000));
  const out: Record<string, Provenance> = {};
  for (const id of legalStatementKeys().sort()) {
    const before = previous[id];
    out[id] = { checked: before?.checked ?? checked, source: sourceOf(id, cited) };
  }
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  const unreached = legalStatementKeys().filter((id) => !cited.has(id));
  console.log(`content/provenance.json: ${Object.keys(out).length} statements; ${unreached.length} not reached by assess (law file only):`);
  for (const id of unreached) console.log(`  ${id}`);
}
