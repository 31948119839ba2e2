import { useActorRef, useSelector } from '@xstate/react';
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  answersOnPath,
  canVisit,
  isActStep,
  isQuestion,
  previousStep,
  wizardMachine,
  type AnswerEvent,
  type Answers,
  type QuestionId,
  type Step,
} from '../machines';
import { BackLink } from './components/BackLink';
import { ExitThisPage } from './components/ExitThisPage';
import { Footer } from './components/Footer';
import { Header } from './components/Header';
import { LanguageSelect } from './components/LanguageSelect';
import { NotificationBanner } from './components/NotificationBanner';
import { SkipLink } from './components/SkipLink';
import { CheckAnswersPage } from './pages/CheckAnswersPage';
import { GetHelpPage } from './pages/GetHelpPage';
import { QuestionPage } from './pages/QuestionPage';
import { ResultPage } from './pages/ResultPage';
import { StartPage } from './pages/StartPage';
import { ActOnResult } from './pages/parts/ActOnResult';
import { forgetDetails } from './letters/details';
import languageNames from '../content/locales/languages.json';
import { isLanguage, languageOf, languages } from './i18n';
import { exitUrl } from './exit';
import { chooseLanguage, forgetLanguage } from './language';
import { forget, restore, save } from './persistence';
import { getHelpPath, locationOf, urlOf } from './routes';
import { useBrowserHistory } from './useBrowserHistory';
import { audienceOf } from './wording';

export { exitUrl };

// Letters, the referral summary, the answers summary and continuing from a saved file: a chunk of
// their own (src/pages/act), fetched the first time one is opened.
const ActPage = lazy(() => import('./pages/act'));

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
  const step: Step =
    here !== undefined && here !== 'getHelp' && canVisit(answersOnPath(restored.answers), here) ? here : restored.step;
  // Personal details typed for a letter last only as long as the answers do.
  if (Object.keys(restored.answers).length === 0) forgetDetails(storage);
  return { ...restored, step, onGetHelp: here === 'getHelp' };
}

export function App({ env }: { env: Environment }) {
  const { t, i18n } = useTranslation('common');
  const [initial] = useState(() => initialState(env.storage));
  const actorRef = useActorRef(wizardMachine, { input: { answers: initial.answers, step: initial.step } });
  const context = useSelector(actorRef, (s) => s.context);
  const { step, answers } = context;
  const { onGetHelp, showGetHelp, leaveGetHelp } = useBrowserHistory(actorRef, step, initial.onGetHelp);

  // Reload keeps the answers; closing the tab forgets them.
  useEffect(() => {
    const subscription = actorRef.subscribe((s) => {
      save(env.storage, s.context.answers, s.context.step);
      // Start again clears the answers: the details typed for a letter go with them.
      if (Object.keys(s.context.answers).length === 0) forgetDetails(env.storage);
    });
    return () => subscription.unsubscribe();
  }, [actorRef, env.storage]);

  // On each new page, focus its heading so screen readers start there (not on first load).
  const view = onGetHelp ? 'getHelp' : step;
  const heading = useRef<HTMLHeadingElement | null>(null);
  const shownView = useRef(view);
  const [restoreFailed, setRestoreFailed] = useState(initial.failed);
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
  const [notice, setNotice] = useState<{ view: string; text: string } | undefined>(undefined);
  useEffect(() => {
    if (shownView.current === view) return;
    shownView.current = view;
    setRestoreFailed(false);
    if (heading.current) heading.current.focus();
    else focusWhenShown.current = true;
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
    forgetDetails(env.storage);
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
  const restart = () => actorRef.send({ type: 'RESTART' });
  const back = () => actorRef.send({ type: 'BACK' });
  const openSavedAnswers = () => actorRef.send({ type: 'OPEN_SAVED_ANSWERS' });
  const loadSavedAnswers = (loaded: Answers, note: string) => {
    forgetDetails(env.storage); // the details typed were for the answers being replaced
    actorRef.send({ type: 'LOAD_SAVED_ANSWERS', answers: loaded });
    setNotice({ view: actorRef.getSnapshot().context.step, text: note });
  };

  let page: ReactNode;
  let backLink: ReactNode = null;
  if (onGetHelp) {
    page = (
      <GetHelpPage
        headingRef={heading}
        {...(kept.nation ? { nation: kept.nation } : {})}
        {...(step === 'start' ? { continueFromSaved: { href: urlOf('savedAnswers'), onClick: openSavedAnswers } } : {})}
      />
    );
    backLink = (
      <BackLink href={urlOf(step)} onClick={leaveGetHelp}>
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
    else if (isActStep(step))
      page = (
        <Suspense fallback={<p className="govuk-body">{t('letters:page.loading')}</p>}>
          <ActPage
            step={step}
            answers={kept}
            assessment={context.assessment}
            context={audience}
            storage={env.storage}
            headingRef={setHeading}
            onPrint={env.print}
            onLoad={loadSavedAnswers}
          />
        </Suspense>
      );
    else if (context.assessment)
      page = (
        <ResultPage
          assessment={context.assessment}
          context={audience}
          headingRef={heading}
          onRestart={restart}
          onPrint={env.print}
          act={
            <ActOnResult
              assessment={context.assessment}
              answers={kept}
              context={audience}
              onOpenLetter={(letter) => actorRef.send({ type: 'OPEN_LETTER', letter })}
              onOpenReferral={() => actorRef.send({ type: 'OPEN_REFERRAL' })}
              onOpenSummary={() => actorRef.send({ type: 'OPEN_SUMMARY' })}
            />
          }
        />
      );
  }

  return (
    <>
      <SkipLink targetId="main-content">{t('skipLink')}</SkipLink>
      <Header
        serviceName={t('serviceName')}
        getHelp={{ label: t('getHelp.link'), href: getHelpPath, onClick: showGetHelp }}
        languageSelect={
          <LanguageSelect
            label={languageNames[language].selectLabel}
            current={language}
            choices={languages.map((code) => ({ code, name: languageNames[code].name }))}
            onSelect={selectLanguage}
          />
        }
      />
      <div className="govuk-width-container app-page">
        <ExitThisPage
          label={t('exitThisPage.label')}
          assistivePrefix={t('exitThisPage.assistive')}
          announce={announceExit}
          onExit={exit}
        />
        {backLink}
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {notice && notice.view === view && (
            <NotificationBanner title={t('notifications.important')}>
              <p className="govuk-notification-banner__heading">{notice.text}</p>
            </NotificationBanner>
          )}
          {restoreFailed && (
            <NotificationBanner title={t('notifications.important')}>
              <p className="govuk-notification-banner__heading">{t('notifications.couldNotRestore')}</p>
            </NotificationBanner>
          )}
          {page}
        </main>
      </div>
      <Footer>
        <p className="govuk-body-s">{t('footer.privacy')}</p>
      </Footer>
    </>
  );
}
