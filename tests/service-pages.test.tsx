import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, render, waitFor } from '@testing-library/react';
import type { Ref } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cy } from '../content/locales/cy';
import { en } from '../content/locales/en';
import { operatorFile, operatorName, type OperatorFile } from '../content/operator';
import { operatorFileProblems } from '../content/operator-schema';
import defaultOperatorFile from '../content/operator.json';
import { changeLanguage, createI18n } from '../src/i18n';
import { AccessibilityPage, accessibilityLinks } from '../src/pages/service/AccessibilityPage';
import { ContactPage } from '../src/pages/service/ContactPage';
import { PrivacyPage } from '../src/pages/service/PrivacyPage';
import { formatDate } from '../src/pages/service/parts';
import { appPaths, locationOf, pagePaths } from '../src/routes';
import { checkOperatorFile } from '../vite-plugins/operator';
import { flatten } from './support/catalogues';
import { answer, heading, renderTool, resetBrowser, screen, t, text, within } from './support/ui';

// The pages a UK public service publishes (accessibility statement, privacy notice, leave no trace,
// contact and feedback): linked from every footer, each at an address of its own, and everything
// about who runs the tool read from content/operator.json, which the build checks.

const pages = (key: string, options: Record<string, unknown> = {}) => t(key, { ns: 'pages', ...options });

const footerPages = [
  { key: 'accessibility', path: '/accessibility', title: 'accessibility.title' },
  { key: 'privacy', path: '/privacy', title: 'privacy.title' },
  { key: 'leaveNoTrace', path: '/leave-no-trace', title: 'leaveNoTrace.title' },
  { key: 'contact', path: '/contact', title: 'contact.title' },
] as const;

const footer = () => screen.getByRole('contentinfo');

beforeEach(resetBrowser);
afterEach(cleanup);

describe('the footer on every page', () => {
  it('links to the four pages, on the start page, a question, and the pages themselves', async () => {
    const { user } = renderTool();
    const expectFooterLinks = () => {
      const links = within(footer()).getAllByRole('link');
      expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual(footerPages.map((p) => [pages(`footer.${p.key}`), p.path]));
    };
    expectFooterLinks();
    await user.click(screen.getByRole('button', { name: text('start.button') }));
    expectFooterLinks();
    await user.click(within(footer()).getByRole('link', { name: pages('footer.privacy') }));
    expectFooterLinks();
  });

  it.each(footerPages)(
    'opens $key in place: its own address and title, its heading focused, and Back returns to the question',
    async (p) => {
      const { user } = renderTool();
      await user.click(screen.getByRole('button', { name: text('start.button') }));
      await answer(user, 'audience', 'myself', {});
      const question = window.location.pathname;
      await user.click(within(footer()).getByRole('link', { name: pages(`footer.${p.key}`) }));
      expect(window.location.pathname).toBe(p.path);
      expect(heading().textContent).toBe(pages(p.title));
      expect(document.activeElement).toBe(heading());
      expect(document.title).toBe(text('pageTitle', { page: pages(p.title) }));
      await user.click(screen.getByRole('link', { name: text('back') }));
      await waitFor(() => expect(window.location.pathname).toBe(question));
    },
  );

  it.each(footerPages)('opens $key at its own address (a deep link), keeping the answers', (p) => {
    window.history.replaceState(null, '', p.path);
    renderTool();
    expect(heading().textContent).toBe(pages(p.title));
    expect(window.location.pathname).toBe(p.path);
  });
});

describe('the addresses', () => {
  it('gives each page a path the offline copy and the server know', () => {
    for (const p of footerPages) {
      expect(pagePaths[p.key]).toBe(p.path);
      expect(locationOf(p.path)).toBe(p.key);
      expect(locationOf(`${p.path}/`)).toBe(p.key);
      expect(appPaths()).toContain(p.path);
    }
  });
});

describe('the phase banner', () => {
  it('shows the phase from content/operator.json and leads to the feedback route', async () => {
    const { user } = renderTool();
    const tag = screen.getByText(pages(`phaseBanner.tag.${operatorFile.phase}`));
    const banner = tag.closest('.govuk-phase-banner') as HTMLElement;
    const link = within(banner).getByRole('link');
    expect(link.getAttribute('href')).toBe('/contact');
    await user.click(link);
    expect(heading().textContent).toBe(pages('contact.title'));
    expect(screen.getByRole('heading', { level: 2, name: pages('contact.feedbackHeading') })).toBeTruthy();
  });
});

describe('the header', () => {
  it('marks Get help now as the current page while it is shown', async () => {
    const { user } = renderTool();
    const getHelp = () => screen.getByRole('link', { name: text('getHelp.link') });
    expect(getHelp().getAttribute('aria-current')).toBeNull();
    await user.click(getHelp());
    expect(getHelp().getAttribute('aria-current')).toBe('page');
  });
});

function renderPage(
  Page: (props: { operator: OperatorFile; headingRef: Ref<HTMLHeadingElement> }) => React.ReactNode,
  operator: OperatorFile,
  i18n = createI18n(),
) {
  return render(
    <I18nextProvider i18n={i18n}>
      <Page operator={operator} headingRef={{ current: null }} />
    </I18nextProvider>,
  );
}

const named: OperatorFile = {
  ...operatorFile,
  operator: { name: { en: 'Example Advocacy Trust', cy: 'Ymddiriedolaeth Eiriolaeth Enghreifftiol' }, website: 'https://example.org/' },
  contact: { email: 'feedback@example.org', url: 'https://example.org/feedback' },
  repository: 'https://example.org/code/advocacy-check',
};

describe('who runs the tool, from content/operator.json', () => {
  it('ships with honest defaults: no operator and no contact invented, dates set', () => {
    expect(operatorFile).toMatchObject({ operator: null, contact: null, repository: null });
    expect(operatorName(operatorFile, 'en')).toBeUndefined();
  });

  it('says plainly, with no operator, that no one has been named and there is no way to contact anyone yet', () => {
    renderPage(ContactPage, operatorFile);
    expect(screen.getByText(pages('operator.none'))).toBeTruthy();
    expect(screen.getByText(pages('report.none'))).toBeTruthy();
    expect(document.querySelector('a[href^="mailto:"]')).toBeNull();
  });

  it('names the operator and gives their email, web page and the code repository once they are set', () => {
    renderPage(ContactPage, named);
    expect(screen.getByText(pages('operator.runsThis', { name: 'Example Advocacy Trust' }))).toBeTruthy();
    expect(screen.getByRole('link', { name: 'feedback@example.org' }).getAttribute('href')).toBe('mailto:feedback@example.org');
    expect(screen.getByRole('link', { name: 'https://example.org/feedback' }).getAttribute('href')).toBe('https://example.org/feedback');
    expect(screen.getByRole('link', { name: 'https://example.org/' }).getAttribute('href')).toBe('https://example.org/');
    expect(screen.getByRole('link', { name: 'https://example.org/code/advocacy-check' })).toBeTruthy();
    expect(screen.getByText(pages('report.noPersonalDetails'))).toBeTruthy();
    expect(screen.queryByText(pages('report.none'))).toBeNull();
  });

  it("uses the operator's Welsh name in Welsh, and the English one where it has none", async () => {
    expect(operatorName(named, 'cy')).toBe('Ymddiriedolaeth Eiriolaeth Enghreifftiol');
    expect(operatorName({ ...named, operator: { name: { en: 'Example Advocacy Trust' } } }, 'cy')).toBe('Example Advocacy Trust');
    const i18n = createI18n();
    await changeLanguage(i18n, 'cy');
    renderPage(AccessibilityPage, named, i18n);
    expect(screen.getByText(cy.pages.operator.runsThis.replace('{{name}}', 'Ymddiriedolaeth Eiriolaeth Enghreifftiol'))).toBeTruthy();
    expect(screen.getAllByText(/1 Rhagfyr 2026/).length).toBe(2); // when it was tested, and the statement's dates
  });
});

describe('the accessibility statement', () => {
  it('states the standard, the known problems, how it was tested and when, how to report, and the enforcement bodies', () => {
    renderPage(AccessibilityPage, operatorFile);
    const body = document.body.textContent ?? '';
    expect(body).toContain('WCAG');
    expect(body).toContain('2.2');
    for (const item of en.pages.accessibility.known) expect(body).toContain(item);
    expect(body).toContain(pages('accessibility.welshDraft')); // the Welsh catalogue is still a draft
    expect(body).toContain(pages('accessibility.tested', { date: formatDate(operatorFile.accessibilityStatement.lastTested, 'en') }));
    expect(screen.getByRole('heading', { level: 2, name: pages('accessibility.reportHeading') })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Accessibility Regulations 2018/ }).getAttribute('href')).toBe(accessibilityLinks.regulations);
    expect(accessibilityLinks.regulations).toContain('/uksi/2018/952');
    expect(screen.getByRole('link', { name: /Equality Advisory and Support Service/ }).getAttribute('href')).toBe(accessibilityLinks.eass);
    expect(screen.getByRole('link', { name: /Equality Commission for Northern Ireland/ }).getAttribute('href')).toBe(
      accessibilityLinks.ecni,
    );
    expect(screen.getByRole('link', { name: 'AbilityNet' }).getAttribute('href')).toBe(accessibilityLinks.abilityNet);
    expect(body).toContain(pages('accessibility.ehrc'));
    expect(body).toContain(
      pages('accessibility.dates', {
        prepared: formatDate(operatorFile.accessibilityStatement.prepared, 'en'),
        reviewed: formatDate(operatorFile.accessibilityStatement.lastReviewed, 'en'),
      }),
    );
  });
});

describe('the privacy notice', () => {
  it('covers the answers in the tab, the offline copy, phone numbers, history, cookies and other websites, and links to leave no trace', () => {
    renderPage(PrivacyPage, operatorFile);
    const h2s = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    for (const key of ['answersHeading', 'offlineHeading', 'phoneHeading', 'historyHeading', 'cookiesHeading', 'trackingHeading']) {
      expect(h2s).toContain(pages(`privacy.${key}`));
    }
    expect(screen.getByText(pages('privacy.cookies'))).toBeTruthy();
    expect(screen.getByRole('link', { name: pages('footer.leaveNoTrace').toLowerCase() }).getAttribute('href')).toBe('/leave-no-trace');
  });
});

describe('dates', () => {
  it('are written out in the page language', () => {
    expect(formatDate('2026-12-01', 'en')).toBe('1 December 2026');
    expect(formatDate('2026-12-01', 'cy')).toBe('1 Rhagfyr 2026');
  });
});

describe('the operator file is checked', () => {
  const valid = JSON.stringify(defaultOperatorFile);
  const edited = (change: (file: Record<string, unknown>) => void) => {
    const file = JSON.parse(valid) as Record<string, unknown>;
    change(file);
    return JSON.stringify(file);
  };

  it('accepts the file as shipped, and a complete one', () => {
    expect(operatorFileProblems(valid)).toEqual([]);
    expect(operatorFileProblems(JSON.stringify(named))).toEqual([]);
  });

  it('rejects a mistyped email, a web address without https, a contact with no operator, dates out of order, and unknown fields', () => {
    const withOperator = (f: Record<string, unknown>) => (f.operator = { name: { en: 'Example Advocacy Trust' } });
    expect(operatorFileProblems(edited((f) => (withOperator(f), (f.contact = { email: 'feedback-at-example.org' }))))).toEqual([
      'contact.email: should be an email address',
    ]);
    expect(operatorFileProblems(edited((f) => (withOperator(f), (f.contact = { url: 'http://example.org' }))))).toEqual([
      'contact.url: should be an https:// web address',
    ]);
    expect(operatorFileProblems(edited((f) => (withOperator(f), (f.contact = {}))))).toEqual([
      'contact: give an email address, a web address, or both',
    ]);
    expect(operatorFileProblems(edited((f) => (f.contact = { email: 'feedback@example.org' })))).toEqual([
      'contact: a contact needs an operator: say who runs the tool as well',
    ]);
    expect(
      operatorFileProblems(
        edited((f) => (f.accessibilityStatement = { prepared: '2026-12-02', lastReviewed: '2026-12-01', lastTested: '2026-12-01' })),
      ),
    ).toEqual(['accessibilityStatement.lastReviewed: lastReviewed cannot be before prepared']);
    expect(operatorFileProblems(edited((f) => (f.phase = 'gamma')))).toEqual(['phase: should be one of "alpha", "beta", "live"']);
    expect(operatorFileProblems(edited((f) => (f.privacyNotice = { updated: '1/12/2026' })))).toEqual([
      'privacyNotice.updated: should be a date written YYYY-MM-DD',
    ]);
    expect(operatorFileProblems(edited((f) => (f.operatorEmail = 'x@example.org')))).toEqual([
      '(the file): unknown field "operatorEmail" (check the spelling against content/README.md)',
    ]);
    expect(operatorFileProblems('{ "phase": "beta", }')).toEqual([expect.stringMatching(/^not valid JSON/)]);
  });

  describe('by the build', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'operator-check-'));
      mkdirSync(join(root, 'content'));
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    function runCheck(text: string): string | undefined {
      writeFileSync(join(root, 'content', 'operator.json'), text);
      const plugin = checkOperatorFile();
      (plugin.configResolved as (config: { root: string }) => void)({ root });
      let failure: string | undefined;
      const context = {
        addWatchFile: () => undefined,
        error: (message: string) => {
          failure = message;
          throw new Error(message);
        },
      };
      try {
        (plugin.buildStart as unknown as (this: typeof context) => void).call(context);
      } catch {
        // the build stops here; the message is what the operator reads
      }
      return failure;
    }

    it('lets a valid file through and stops on an invalid one, saying what is wrong', () => {
      expect(runCheck(valid)).toBeUndefined();
      const failure = runCheck(edited((f) => (f.contact = { email: 'not an email' })));
      expect(failure).toMatch(/content\/operator\.json is not valid/);
      expect(failure).toMatch(/contact\.email/);
    });
  });
});

describe('the pages catalogue', () => {
  it('has the same <a> links in every Welsh string as in the English one', () => {
    const welsh = flatten(cy.pages);
    const count = (s: string) => (s.match(/<a>/g) ?? []).length;
    const differ = [...flatten(en.pages)].filter(([key, value]) => count(value) !== count(welsh.get(key) ?? '')).map(([key]) => key);
    expect(differ).toEqual([]);
    expect([...flatten(en.pages).values()].filter((v) => v.includes('<a>')).length).toBeGreaterThan(5);
  });
});

describe('Get help now lists each contact readably', () => {
  it('puts a phone note on a line of its own, never "….: 999"', () => {
    window.history.replaceState(null, '', '/get-help');
    renderTool();
    const main = screen.getByRole('main');
    expect(main.textContent).not.toMatch(/[.!?]: /);
    const call999 = within(main).getByRole('link', { name: '999' });
    const line = call999.closest('li')!;
    expect(line.textContent).toContain(t('contact.notes.emergency', { ns: 'organisations' }));
    expect(line.textContent!.indexOf('999')).toBeLessThan(line.textContent!.indexOf(t('contact.notes.emergency', { ns: 'organisations' })));
  });
});
