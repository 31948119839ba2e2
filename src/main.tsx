import { createRoot } from 'react-dom/client';
import { finishPendingExit, leaveWithoutTrace } from './exit';
import { createI18n } from './i18n';
import { startInChosenLanguage } from './language';
import { sessionStore } from './persistence';
import { Root } from './Root';
import './styles/app.css';

const storage = sessionStore();
const root = document.getElementById('root');

// A copy of the tool shown again by Back after "Exit this page" (from the back-forward cache
// or a fresh load) finishes leaving instead of showing the journey.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) finishPendingExit(storage);
});

if (root && !finishPendingExit(storage)) {
  const i18n = createI18n();
  // Welsh (chosen with ?lang=cy or earlier in this tab) is loaded before the first render.
  void startInChosenLanguage(i18n, storage, window.location.search).then(() =>
    createRoot(root).render(
      <Root
        i18n={i18n}
        env={{
          storage,
          leave: (url) => leaveWithoutTrace(url, storage),
          print: () => window.print(),
        }}
      />,
    ),
  );
}
