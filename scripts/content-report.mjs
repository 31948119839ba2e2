#!/usr/bin/env node
// What in content/ needs checking again: legal statements and contacts last checked more than
// 12 months ago, and contact details we are less than "probable" about (contacts.md: such details
// are never shown, so the person gets the website instead). Plain Node 20, no build step.
//   npm run content:report                       # as of today
//   npm run content:report -- --today 2027-12-01 # as of another day
// Exits 0 with a report; with --strict it exits 1 when anything is listed (for CI, if wanted).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

const confidenceRank = { unverified: 0, probable: 1, verified: 2 };

/** ISO date a year before `today` (a checked date before it is stale). */
export function yearBefore(today) {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d.toISOString().slice(0, 10);
}

const shorten = (text, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Every dated item: the legal statements (content/provenance.json) and the organisations. */
export function datedItems(provenance, organisations) {
  return [
    ...Object.entries(provenance).map(([key, p]) => ({ kind: 'statement', id: key, checked: p.checked, source: shorten(p.source) })),
    ...organisations.map((o) => ({ kind: 'contact', id: o.id, checked: o.checked, source: shorten(o.source) })),
  ];
}

/** Items whose `checked` date is more than 12 months before `today`. */
export function staleItems(items, today) {
  const limit = yearBefore(today);
  return items.filter((item) => item.checked < limit).sort((a, b) => a.checked.localeCompare(b.checked) || a.id.localeCompare(b.id));
}

/** Each phone, text number, email and web address rated below "probable". */
export function weakContacts(organisations) {
  const rows = [];
  for (const org of organisations) {
    const add = (channel, value, confidence) => {
      if (confidenceRank[confidence] < confidenceRank.probable) rows.push({ id: org.id, channel, value, confidence, checked: org.checked });
    };
    for (const phone of org.phones ?? []) add(phone.lang === 'cy' ? 'phone (Welsh)' : 'phone', phone.number, phone.confidence);
    if (org.text) add('text', `${org.text.how.keyword} to ${org.text.how.number}`, org.text.confidence);
    if (org.email) add('email', org.email.address, org.email.confidence);
    add('web', org.web.url, org.web.confidence);
  }
  return rows;
}

/** A plain-text table with a header row and a rule under it. */
export function table(columns, rows) {
  const cell = (row, c) => String(row[c.key] ?? '');
  const widths = columns.map((c) => Math.max(c.title.length, ...rows.map((r) => cell(r, c).length)));
  const line = (values) =>
    values
      .map((v, i) => v.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.title)),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(columns.map((c) => cell(r, c)))),
  ].join('\n');
}

export function report({ today, provenance, organisations, welshMeta }) {
  const stale = staleItems(datedItems(provenance, organisations), today);
  const weak = weakContacts(organisations);
  const out = [`Content report as of ${today}`, ''];
  out.push(`Checked more than 12 months ago (before ${yearBefore(today)}): ${stale.length}`);
  if (stale.length > 0) {
    out.push(
      table(
        [
          { key: 'checked', title: 'Checked' },
          { key: 'kind', title: 'Type' },
          { key: 'id', title: 'Item' },
          { key: 'source', title: 'Source' },
        ],
        stale,
      ),
    );
  }
  out.push('', `Contact details below "probable" (not shown to people; the website is shown instead): ${weak.length}`);
  if (weak.length > 0) {
    out.push(
      table(
        [
          { key: 'id', title: 'Organisation' },
          { key: 'channel', title: 'Channel' },
          { key: 'value', title: 'Detail' },
          { key: 'confidence', title: 'Confidence' },
          { key: 'checked', title: 'Checked' },
        ],
        weak,
      ),
    );
  }
  if (welshMeta) {
    out.push(
      '',
      `Welsh (cy) catalogue: status ${welshMeta.status}${welshMeta.needsReview ? ', needs review' : ''}.${welshMeta.needsReview ? ` ${welshMeta.reviewNote}` : ''}`,
    );
  }
  return { text: out.join('\n'), listed: stale.length + weak.length };
}

function main(argv) {
  const at = argv.indexOf('--today');
  const today = at >= 0 ? argv[at + 1] : new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today ?? '')) {
    console.error('usage: content-report.mjs [--today YYYY-MM-DD] [--strict]');
    process.exit(2);
  }
  const { text, listed } = report({
    today,
    provenance: readJson('content/provenance.json'),
    organisations: readJson('content/organisations.json'),
    welshMeta: readJson('content/locales/cy/meta.json'),
  });
  console.log(text);
  if (argv.includes('--strict') && listed > 0) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
