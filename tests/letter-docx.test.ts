// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cy } from '../content/locales/cy';
import { assess, letterFor } from '../machines';
import { createI18n } from '../src/i18n';
import { letterDocx } from '../src/letters/docx';
import { draftLetter, plainText } from '../src/letters/draft';

// The Word file is made in the test as the browser makes it, then read back: unzipped (its
// word/document.xml holds what was typed and the law), and opened in LibreOffice, which converts it
// to a PDF whose text is the letter's. Needs LibreOffice (`soffice`), `unzip` and poppler's
// `pdftotext` (.ci/run installs them).

const refusedS3 = assess({
  nation: 'england',
  age: '18-plus',
  mha: 'detained',
  section: '3',
  decision: 'none',
  careProcess: 'none',
  nhsComplaint: 'no',
  refused: 'yes',
});
const today = new Date(Date.UTC(2026, 11, 1));

async function wordFile(language: 'en' | 'cy', name: string): Promise<{ file: string; text: string }> {
  const i18n = createI18n();
  for (const [ns, resources] of Object.entries(cy)) i18n.addResourceBundle('cy', ns, resources);
  const letter = letterFor(refusedS3, 'imha-complaint')!;
  const doc = draftLetter(i18n.getFixedT(language), letter, { personName: name, place: 'Ward 4' }, 'self', today, language);
  const blob = await letterDocx(doc);
  const dir = mkdtempSync(join(tmpdir(), 'docx-'));
  const file = join(dir, `${doc.fileName}.docx`);
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  return { file, text: plainText(doc) };
}

const unzip = (file: string, entry: string) => execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8' });

/** Converts with LibreOffice in a profile of its own (so runs side by side do not share one). */
function toPdfText(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'soffice-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
    stdio: 'pipe',
    timeout: 240_000,
  });
  const pdf = join(
    dir,
    file
      .split('/')
      .pop()!
      .replace(/\.docx$/, '.pdf'),
  );
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the letter as a Word file', { timeout: 300_000 }, () => {
  it('is a .docx whose document.xml holds the name typed in and the citations', async () => {
    const { file, text } = await wordFile('en', 'Jane Example');
    expect(file).toMatch(/letter-complaint-imha-2026-12-01\.docx$/);
    const xml = unzip(file, 'word/document.xml');
    expect(xml).toContain('Jane Example');
    expect(xml).toContain('Mental Health Act 1983, s130C(2)(a)');
    expect(xml).toContain('Mental Health Act 1983, s130D');
    // gaps are highlighted, so they stand out to be filled in by hand
    expect(xml).toContain('[date of the decision]');
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>/);
    expect(text).toContain('Jane Example');
    expect(unzip(file, 'docProps/core.xml')).toContain(
      '<dc:title>Letter asking again for an Independent Mental Health Advocate (IMHA), and complaining</dc:title>',
    );
  });

  it('opens in LibreOffice, and the PDF it makes has the letter text', async () => {
    const { file, text } = await wordFile('en', 'Jane Example');
    const pdf = words(toPdfText(file));
    expect(pdf).toContain('Jane Example');
    expect(pdf).toContain('Mental Health Act 1983, s130C(2)(a)');
    // every paragraph of the letter, in order
    let from = 0;
    for (const paragraph of text
      .split('\n\n')
      .flatMap((p) => p.split('\n'))
      .map((p) => words(p.replace(/^- /, '')))) {
      const at = pdf.indexOf(paragraph.slice(0, 40), from);
      expect(at, `"${paragraph}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });

  it('works in Welsh too', async () => {
    const { file } = await wordFile('cy', 'Siân Enghraifft');
    expect(file).toMatch(/llythyr-cwyn-imha-2026-12-01\.docx$/);
    const xml = unzip(file, 'word/document.xml');
    expect(xml).toContain('Siân Enghraifft');
    expect(xml).toContain('Deddf Iechyd Meddwl 1983, s130C(2)(a)');
    expect(unzip(file, 'word/styles.xml')).toContain('cy-GB');
  });
});
