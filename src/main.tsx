import { createRoot } from 'react-dom/client';
import { createI18n } from './i18n';
import { sessionStore } from './persistence';
import { Root } from './Root';
import './styles/app.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <Root
      i18n={createI18n()}
      env={{
        storage: sessionStore(),
        leave: (url) => window.location.replace(url),
        print: () => window.print(),
      }}
    />,
  );
}
