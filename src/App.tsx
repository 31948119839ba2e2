import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import {
  answersOnPath,
  canVisit,
  isQuestion,
  planResult,
  previousStep,
  wizardMachine,
  type AnswerEvent,
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
import { CheckAnswersPage } from './pages/CheckAnswersPage';
import { GetHelpPage } from './pages/GetHelpPage';
import { QuestionPage } from './pages/QuestionPage';
import { ResultPage } from './pages/ResultPage';
import { StartPage } from './pages/StartPage';
import { GettingReadyPage, IfRefusedPage, MoreHelpPage, NoResultPage } from './pages/result/ResultPages';
import { AccessibilityPage } from './pages/service/AccessibilityPage';
import { ContactPage } from './pages/service/ContactPage';
import { LeaveNoTracePage } from './pages/service/LeaveNoTracePage';
import { PrivacyPage } from './pages/service/PrivacyPage';
import languageNames from '../content/locales/languages.json';
import { operatorFile } from '../content/operator';
import { isLanguage, languageOf, languages } from './i18n';
import { exitUrl } from './exit';
import { chooseLanguage, forgetLanguage } from './language';
import { forget, restore, save } from './persistence';
import { isSidePage, locationOf, pagePaths, urlOf, type SidePage } from './routes';
import { useBrowserHistory } from './useBrowserHistory';
import { audienceOf } from './wording';

export { exitUrl };

export interface Environment {
  storage: Storage | undefined;
  /** Leaves the tool for `url` without leaving this page in the history. */
  leave: (url: string) => void;
  print: () => void;
}

/** Where the person starts: their saved answers, at the address they loaded if the machine allows it. */
function initialState(storage: Storage | undefined) {
  const restored = restore(storage);
  // no window when the start page is rendered at build time (vite-plugins/prerender.ts)
  const here = locationOf(typeof window === 'undefined' ? '/' : window.location.pathname);
  const sidePage = isSidePage(here) ? here : undefined;
  const step: Step =
    here !== undefined && !isSidePage(here) && canVisit(answersOnPath(restored.answers), here) ? here : restored.step;
  return { ...restored, step, sidePage };
}

export function App({ env }: { env: Environment }) {
  const { t, i18n } = useTranslation('common');
  const { t: tPages } = useTranslation('pages');
  const [initial] = useState(() => initialState(env.storage));
  const actorRef = useActorRef(wizardMachine, { input: { answers: initial.answers, step: initial.step } });
  const context = useSelector(actorRef, (s) => s.context);
  const { step, answers } = context;
  const { sidePage, showSidePage, leaveSidePage } = useBrowserHistory(actorRef, step, initial.sidePage);
  // a plain click on a link to a page outside the journey opens it here, keeping the answers
  const navigate = useCallback(
    (href: string) => {
      const here = locationOf(new URL(href, window.location.href).pathname);
      if (!isSidePage(here)) return false;
      showSidePage(here);
      return true;
    },
    [showSidePage],
  );

  // Reload keeps the answers; closing the tab forgets them.
  useEffect(() => {
    const subscription = actorRef.subscribe((s) => save(env.storage, s.context.answers, s.context.step));
    return () => subscription.unsubscribe();
  }, [actorRef, env.storage]);

  // On each new page, focus its heading so screen readers start there (not on first load).
  const view = sidePage ?? step;
  const heading = useRef<HTMLHeadingElement>(null);
  const shownView = useRef(view);
  const [restoreFailed, setRestoreFailed] = useState(initial.failed);
  useEffect(() => {
    if (shownView.current === view) return;
    shownView.current = view;
    setRestoreFailed(false);
    heading.current?.focus();
  }, [view]);

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
    forget(env.storage);
    forgetLanguage(env.storage);
    document.title = t('serviceName'); // the title the history list keeps for the page left behind
    env.leave(exitUrl);
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

  let page: ReactNode;
  let backLink: ReactNode = null;
  if (sidePage) {
    page = isResultPage(sidePage)
      ? resultPageView(sidePage, heading, step === 'result' && plan && kept.nation ? { plan, nation: kept.nation, context: audience } : undefined, leaveSidePage)
      : sidePageView(sidePage, heading, kept.nation);
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
        <StartPage headingRef={heading} startHref={urlOf('audience')} onStart={() => actorRef.send({ type: 'START' })} />
      );
    else if (isQuestion(step))
      page = (
        <QuestionPage
          key={step}
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
    else if (context.assessment && plan)
      page = (
        <ResultPage
          assessment={context.assessment}
          plan={plan}
          answers={kept}
          context={audience}
          headingRef={heading}
          onRestart={restart}
          onPrint={env.print}
        />
      );
  }

  return (
    <NavigationContext.Provider value={navigate}>
      <SkipLink targetId="main-content">{t('skipLink')}</SkipLink>
      <Header
        serviceName={t('serviceName')}
        navigationLabel={tPages('header.navigationLabel')}
        items={[{ label: t('getHelp.link'), href: pagePaths.getHelp, current: sidePage === 'getHelp' }]}
        languageNavigation={
          <LanguageNavigation
            label={languageNames[language].selectLabel}
            current={language}
            choices={languages.map((code) => ({ code, name: languageNames[code].name }))}
            onSelect={selectLanguage}
          />
        }
      />
      <div className="govuk-width-container app-page">
        {operatorFile.phase !== 'live' && (
          <PhaseBanner tag={tPages(`phaseBanner.tag.${operatorFile.phase}`)}>
            <Trans t={tPages} i18nKey="phaseBanner.text" components={{ a: <PageLink href={pagePaths.contact} /> }} />
          </PhaseBanner>
        )}
        <ExitThisPage
          label={t('exitThisPage.label')}
          assistivePrefix={t('exitThisPage.assistive')}
          announce={announceExit}
          onExit={exit}
        />
        {backLink}
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {restoreFailed && (
            <NotificationBanner title={t('notifications.important')}>
              <p className="govuk-notification-banner__heading">{t('notifications.couldNotRestore')}</p>
            </NotificationBanner>
          )}
          {page}
        </main>
      </div>
      <Footer
        linksTitle={tPages('footer.linksTitle')}
        links={footerPages.map((p) => ({ label: tPages(`footer.${p}`), href: pagePaths[p] }))}
      >
        {t('footer.privacy')}
      </Footer>
    </NavigationContext.Provider>
  );
}

/** The pages every footer links to: what a UK public service publishes. */
const footerPages = ['accessibility', 'privacy', 'leaveNoTrace', 'contact'] as const satisfies readonly SidePage[];

/** The pages the result links to (machines/result-plan.ts). */
const resultPages = ['ifRefused', 'gettingReady', 'moreHelp'] as const satisfies readonly SidePage[];
type ResultSidePage = (typeof resultPages)[number];
const isResultPage = (page: SidePage): page is ResultSidePage => (resultPages as readonly SidePage[]).includes(page);

function resultPageView(
  page: ResultSidePage,
  heading: Ref<HTMLHeadingElement>,
  result: { plan: ResultPlan; nation: Nation; context: ReturnType<typeof audienceOf> } | undefined,
  onContinue: () => void,
): ReactNode {
  if (!result) return <NoResultPage headingRef={heading} onContinue={onContinue} />;
  const props = { ...result, headingRef: heading };
  switch (page) {
    case 'ifRefused':
      return <IfRefusedPage {...props} />;
    case 'gettingReady':
      return <GettingReadyPage {...props} />;
    case 'moreHelp':
      return <MoreHelpPage {...props} />;
  }
}

function sidePageView(page: Exclude<SidePage, ResultSidePage>, heading: Ref<HTMLHeadingElement>, nation: Nation | undefined): ReactNode {
  switch (page) {
    case 'getHelp':
      return <GetHelpPage headingRef={heading} {...(nation ? { nation } : {})} />;
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
