import { useActorRef, useSelector } from '@xstate/react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import {
  answersOnPath,
  canVisit,
  isActStep,
  isQuestion,
  letterOf,
  planResult,
  previousStep,
  wizardMachine,
  type AnswerEvent,
  type Answers,
  type Nation,
  type QuestionId,
  type ResultPlan,
  type Step,
} from '../machines';
import { BackLink } from './components/BackLink';
import { ExitThisPage } from './components/ExitThisPage';
import { Footer } from './components/Footer';
import { Header } from './components/Header';
import { LanguageNavigation } from './components/LanguageNavigation';
import { NotificationBanner } from './components/NotificationBanner';
import { NavigationContext, PageLink } from './components/PageLink';
import { PhaseBanner } from './components/PhaseBanner';
import { SkipLink } from './components/SkipLink';
import { UpdateBanner } from './components/UpdateBanner';
import { CheckAnswersPage } from './pages/CheckAnswersPage';
import { GetHelpPage } from './pages/GetHelpPage';
import { LoadingPage } from './pages/LoadingPage';
import { QuestionPage } from './pages/QuestionPage';
import { ResultPage } from './pages/ResultPage';
import { StartPage } from './pages/StartPage';
import { GettingReadyPage, IfRefusedPage, MoreHelpPage, NoResultPage } from './pages/result/ResultPages';
import { AccessibilityPage } from './pages/service/AccessibilityPage';
import { ContactPage } from './pages/service/ContactPage';
import { LeaveNoTracePage } from './pages/service/LeaveNoTracePage';
import { PrivacyPage } from './pages/service/PrivacyPage';
import { ActOnResult } from './pages/parts/ActOnResult';
import { forgetDetails } from './letters/details';
import languageNames from '../content/locales/languages.json';
import { operatorFile } from '../content/operator';
import { isLanguage, languageOf, languages } from './i18n';
import { afterPaint } from './after-paint';
import { exitUrl } from './exit';
import { chooseLanguage, forgetLanguage } from './language';
import { forget, restore, save } from './persistence';
import { isSidePage, locationOf, pagePaths, urlOf, type SidePage } from './routes';
import { useBrowserHistory } from './useBrowserHistory';
import { audienceOf } from './wording';

export { exitUrl };

// Letters, the referral summary, the answers summary and continuing from a saved file: a chunk of
// their own (src/pages/act), fetched the first time one is opened.
const ActPage = lazy(() => import('./pages/act'));

export interface Environment {
  storage: Storage | undefined;
  /** The address the tool is opened at; by default the page's own (set when rendering at build time). */
  path?: string;
  /**
   * Leaves the tool for the neutral site (`exitUrl`, a constant) without leaving this page in the
   * history: the one entry left behind is titled `neutralTitle`.
   */
  leave: (neutralTitle: string) => void;
  print: () => void;
}

/** Why the page shown on load is not the one asked for (or not all that was asked for). */
type Notice = 'couldNotRestore' | 'needsEarlierAnswers' | 'notFound';

/** Whether this page was loaded by Back or Forward (not typed, followed or bookmarked). */
const loadedByHistory = () =>
  typeof performance !== 'undefined' &&
  typeof performance.getEntriesByType === 'function' &&
  (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type === 'back_forward';

/**
 * Where the person starts: their saved answers, at the address they loaded if the machine allows
 * it, and what to tell them if that could not be: the saved answers were unusable, the address
 * needs earlier answers, or the tool has no page there.
 */
function initialState(storage: Storage | undefined, path: string) {
  const restored = restore(storage);
  const here = locationOf(path);
  const sidePage = isSidePage(here) ? here : undefined;
  const allowed = here !== undefined && !isSidePage(here) && canVisit(answersOnPath(restored.answers), here);
  const step: Step = allowed ? here : restored.step;
  let notice: Notice | undefined;
  if (restored.failed) notice = 'couldNotRestore';
  else if (here === undefined) notice = 'notFound';
  else if (!sidePage && !allowed && !loadedByHistory()) notice = 'needsEarlierAnswers';
  // Personal details typed for a letter last only as long as the answers do.
  if (Object.keys(restored.answers).length === 0) forgetDetails(storage);
  return { answers: restored.answers, step, sidePage, notice };
}

/**
 * The tool. `loading` is only for the build: the "this page is loading" page index.html shows at
 * addresses it has no page for while the app itself is on its way (src/first-screen.ts).
 */
export function App({ env, loading = false }: { env: Environment; loading?: boolean }) {
  const { t, i18n } = useTranslation('common');
  const { t: tPages } = useTranslation('pages');
  const [initial] = useState(() => initialState(env.storage, env.path ?? window.location.pathname));
  const actorRef = useActorRef(wizardMachine, { input: { answers: initial.answers, step: initial.step } });
  const context = useSelector(actorRef, (s) => s.context);
  const { step, answers } = context;
  const { sidePage, showSidePage, leaveSidePage } = useBrowserHistory(actorRef, step, initial.sidePage);
  // a plain click on a link to a page outside the journey opens it here, keeping the answers
  const navigate = useCallback(
    (href: string) => {
      const here = locationOf(new URL(href, window.location.href).pathname);
      // a letter linked from the result (machines/result-plan.ts places them)
      const letter = here && !isSidePage(here) ? letterOf(here) : undefined;
      if (letter) {
        actorRef.send({ type: 'OPEN_LETTER', letter });
        return true;
      }
      if (!isSidePage(here)) return false;
      showSidePage(here);
      return true;
    },
    [showSidePage, actorRef],
  );

  // Reload keeps the answers; closing the tab forgets them. If they cannot be kept, the person is told.
  // They are written once the new page is painted (src/after-paint.ts), or as the page is left if
  // that comes first: the person waits for the next question, not for the storage.
  const [notSaved, setNotSaved] = useState(false);
  const unsaved = useRef(false);
  useEffect(() => {
    const saveNow = () => {
      if (!unsaved.current) return;
      unsaved.current = false;
      const { answers, step } = actorRef.getSnapshot().context;
      setNotSaved(!save(env.storage, answers, step));
    };
    const subscription = actorRef.subscribe((s) => {
      // Start again clears the answers: the details typed for a letter go with them.
      if (Object.keys(s.context.answers).length === 0) forgetDetails(env.storage);
      if (unsaved.current) return; // already waiting: it saves the answers as they are then
      unsaved.current = true;
      afterPaint(saveNow);
    });
    window.addEventListener('pagehide', saveNow);
    return () => {
      saveNow();
      subscription.unsubscribe();
      window.removeEventListener('pagehide', saveNow);
    };
  }, [actorRef, env.storage]);

  // On each new page, focus its heading so screen readers start there (not on first load).
  const view = sidePage ?? step;
  const heading = useRef<HTMLHeadingElement | null>(null);
  const shownView = useRef(view);
  const [notice, setNotice] = useState(initial.notice);
  // A page from a chunk still loading has no heading yet: it takes focus when it arrives.
  const focusWhenShown = useRef(false);
  const setHeading = useCallback((element: HTMLHeadingElement | null) => {
    heading.current = element;
    if (element && focusWhenShown.current) {
      focusWhenShown.current = false;
      element.focus();
    }
  }, []);
  // A note for the page the person lands on (e.g. answers opened from a file), gone on the next.
  const [pageNote, setPageNote] = useState<{ view: string; text: string } | undefined>(undefined);
  useEffect(() => {
    if (shownView.current === view) return;
    shownView.current = view;
    setNotice(undefined);
    if (heading.current) heading.current.focus();
    else focusWhenShown.current = true;
  }, [view]);
  // Unusable saved answers are removed once the person has been told, so the message does not
  // come back on every reload.
  useEffect(() => {
    if (initial.notice === 'couldNotRestore') forget(env.storage);
  }, [initial.notice, env.storage]);

  // A new language is like a new page: the heading takes focus, so reading starts again there
  // (the link that was pressed has become plain text).
  const language = languageOf(i18n);
  const shownLanguage = useRef(language);
  useEffect(() => {
    if (shownLanguage.current === language) return;
    shownLanguage.current = language;
    heading.current?.focus();
  }, [language]);
  const selectLanguage = useCallback(
    (code: string) => {
      if (isLanguage(code)) void chooseLanguage(i18n, env.storage, code);
    },
    [i18n, env.storage],
  );

  const exit = useCallback(() => {
    unsaved.current = false; // the answers are forgotten, not saved
    forget(env.storage);
    forgetDetails(env.storage);
    forgetLanguage(env.storage);
    document.title = t('serviceName'); // nothing of this page in the tab's title meanwhile
    env.leave(t('serviceName')); // and the title the history list keeps for the entry left behind
  }, [env, t]);
  const announceExit = useCallback(
    (left: number, expired: boolean) => (expired ? t('exitThisPage.expired') : t('exitThisPage.pressMore', { count: left })),
    [t],
  );

  const kept = answersOnPath(answers);
  const audience = audienceOf(kept);
  // where each step of the result is shown: the result page and the pages it links to
  const plan = useMemo(() => (context.assessment ? planResult(context.assessment) : undefined), [context.assessment]);
  const restart = () => actorRef.send({ type: 'RESTART' });
  const back = () => actorRef.send({ type: 'BACK' });
  const openSavedAnswers = () => actorRef.send({ type: 'OPEN_SAVED_ANSWERS' });
  const loadSavedAnswers = (loaded: Answers, note: string) => {
    forgetDetails(env.storage); // the details typed were for the answers being replaced
    actorRef.send({ type: 'LOAD_SAVED_ANSWERS', answers: loaded });
    setPageNote({ view: actorRef.getSnapshot().context.step, text: note });
  };

  let page: ReactNode;
  let backLink: ReactNode = null;
  if (loading) {
    page = <LoadingPage headingRef={heading} />;
  } else if (sidePage) {
    page = isResultPage(sidePage) ? (
      <ResultSidePageView
        page={sidePage}
        headingRef={heading}
        result={step === 'result' && plan && kept.nation ? { plan, nation: kept.nation, context: audience } : undefined}
        onContinue={leaveSidePage}
      />
    ) : (
      <SidePageView
        page={sidePage}
        headingRef={heading}
        nation={kept.nation}
        continueFromSaved={step === 'start' ? { href: urlOf('savedAnswers'), onClick: openSavedAnswers } : undefined}
      />
    );
    backLink = (
      <BackLink href={urlOf(step)} onClick={leaveSidePage}>
        {t('back')}
      </BackLink>
    );
  } else {
    if (step !== 'start') {
      backLink = (
        <BackLink href={urlOf(previousStep(kept, step, context.changing))} onClick={back}>
          {t('back')}
        </BackLink>
      );
    }
    if (step === 'start')
      page = (
        <StartPage
          headingRef={heading}
          startHref={urlOf('audience')}
          onStart={() => actorRef.send({ type: 'START' })}
          continueFromSaved={{ href: urlOf('savedAnswers'), onClick: openSavedAnswers }}
        />
      );
    else if (isQuestion(step))
      page = (
        <QuestionPage
          id={step}
          answers={answers}
          headingRef={heading}
          onAnswer={(value) => actorRef.send({ type: `answer.${step}`, value } as AnswerEvent)}
        />
      );
    else if (step === 'checkAnswers')
      page = (
        <CheckAnswersPage
          answers={answers}
          headingRef={heading}
          onChange={(question: QuestionId) => actorRef.send({ type: 'CHANGE', question })}
          onConfirm={() => actorRef.send({ type: 'CONFIRM' })}
          onRestart={restart}
        />
      );
    else if (isActStep(step))
      page = (
        <Suspense fallback={<p className="govuk-body">{t('letters:page.loading')}</p>}>
          <ActPage
            step={step}
            answers={kept}
            assessment={context.assessment}
            plan={plan}
            context={audience}
            storage={env.storage}
            headingRef={setHeading}
            onPrint={env.print}
            onLoad={loadSavedAnswers}
          />
        </Suspense>
      );
    else if (context.assessment && plan) {
      const assessment = context.assessment;
      page = (
        <ResultPage
          assessment={assessment}
          plan={plan}
          answers={kept}
          context={audience}
          headingRef={heading}
          onRestart={restart}
          onPrint={env.print}
          act={(buttons) => (
            <ActOnResult
              assessment={assessment}
              answers={kept}
              otherLetters={plan.otherLetters}
              context={audience}
              onOpenReferral={() => actorRef.send({ type: 'OPEN_REFERRAL' })}
              onOpenSummary={() => actorRef.send({ type: 'OPEN_SUMMARY' })}
            >
              {buttons}
            </ActOnResult>
          )}
        />
      );
    }
  }

  // The page's frame is the same from step to step: made again only when what it shows changes,
  // so a step renders the new page and nothing around it (bench/README.md, "Step latency").
  const onGetHelp = sidePage === 'getHelp';
  const header = useMemo(
    () => (
      <>
        <SkipLink targetId="main-content">{t('skipLink')}</SkipLink>
        <Header
          serviceName={t('serviceName')}
          navigationLabel={tPages('header.navigationLabel')}
          items={[{ label: t('getHelp.link'), href: pagePaths.getHelp, current: onGetHelp }]}
          languageNavigation={
            <LanguageNavigation
              label={languageNames[language].selectLabel}
              current={language}
              choices={languages.map((code) => ({ code, name: languageNames[code].name }))}
              onSelect={selectLanguage}
            />
          }
        />
      </>
    ),
    [t, tPages, onGetHelp, language, selectLanguage],
  );
  const banners = useMemo(
    () => (
      <>
        {operatorFile.phase !== 'live' && (
          <PhaseBanner tag={tPages(`phaseBanner.tag.${operatorFile.phase}`)}>
            <Trans t={tPages} i18nKey="phaseBanner.text" components={{ a: <PageLink href={pagePaths.contact} /> }} />
          </PhaseBanner>
        )}
        <ExitThisPage label={t('exitThisPage.label')} assistivePrefix={t('exitThisPage.assistive')} announce={announceExit} onExit={exit} />
      </>
    ),
    [t, tPages, announceExit, exit],
  );
  const footer = useMemo(
    () => (
      <Footer
        linksTitle={tPages('footer.linksTitle')}
        links={footerPages.map((p) => ({ label: tPages(`footer.${p}`), href: pagePaths[p] }))}
      >
        {t('footer.privacy')}
      </Footer>
    ),
    [t, tPages],
  );

  return (
    <NavigationContext.Provider value={navigate}>
      {header}
      <div className="govuk-width-container app-page">
        {banners}
        {backLink}
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <UpdateBanner view={view} />
          {pageNote && pageNote.view === view && (
            <NotificationBanner title={t('notifications.important')}>
              <p className="govuk-notification-banner__heading">{pageNote.text}</p>
            </NotificationBanner>
          )}
          {notice && (
            <NotificationBanner title={t('notifications.important')}>
              <p className="govuk-notification-banner__heading">{t(`notifications.${notice}`)}</p>
            </NotificationBanner>
          )}
          {notSaved && (
            // an alert: it comes after a Continue, while focus moves to the new page's heading below it
            <NotificationBanner title={t('notifications.important')} alert>
              <p className="govuk-notification-banner__heading">{t('notifications.notSaved')}</p>
            </NotificationBanner>
          )}
          {page}
        </main>
      </div>
      {footer}
    </NavigationContext.Provider>
  );
}

/** The pages every footer links to: what a UK public service publishes. */
const footerPages = ['accessibility', 'privacy', 'leaveNoTrace', 'contact'] as const satisfies readonly SidePage[];

/** The pages the result links to (machines/result-plan.ts). */
const resultPages = ['ifRefused', 'gettingReady', 'moreHelp'] as const satisfies readonly SidePage[];
type ResultSidePage = (typeof resultPages)[number];
const isResultPage = (page: SidePage): page is ResultSidePage => (resultPages as readonly SidePage[]).includes(page);

function ResultSidePageView({
  page,
  headingRef,
  result,
  onContinue,
}: {
  page: ResultSidePage;
  headingRef: Ref<HTMLHeadingElement>;
  result: { plan: ResultPlan; nation: Nation; context: ReturnType<typeof audienceOf> } | undefined;
  onContinue: () => void;
}): ReactNode {
  if (!result) return <NoResultPage headingRef={headingRef} onContinue={onContinue} />;
  const props = { ...result, headingRef };
  switch (page) {
    case 'ifRefused':
      return <IfRefusedPage {...props} />;
    case 'gettingReady':
      return <GettingReadyPage {...props} />;
    case 'moreHelp':
      return <MoreHelpPage {...props} />;
  }
}

function SidePageView({
  page,
  headingRef: heading,
  nation,
  continueFromSaved,
}: {
  page: Exclude<SidePage, ResultSidePage>;
  headingRef: Ref<HTMLHeadingElement>;
  nation: Nation | undefined;
  continueFromSaved: { href: string; onClick: () => void } | undefined;
}): ReactNode {
  switch (page) {
    case 'getHelp':
      return <GetHelpPage headingRef={heading} {...(nation ? { nation } : {})} {...(continueFromSaved ? { continueFromSaved } : {})} />;
    case 'accessibility':
      return <AccessibilityPage headingRef={heading} operator={operatorFile} />;
    case 'privacy':
      return <PrivacyPage headingRef={heading} operator={operatorFile} />;
    case 'leaveNoTrace':
      return <LeaveNoTracePage headingRef={heading} />;
    case 'contact':
      return <ContactPage headingRef={heading} operator={operatorFile} />;
  }
}
