// ESLint: the JavaScript and TypeScript recommendations everywhere; React's rules of hooks and the
// JSX accessibility checks on the UI (src/); formatting is Prettier's job (eslint-config-prettier
// turns off the rules that would fight it). Run: npm run lint
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ui = ['src/**/*.{ts,tsx}', 'tests/**/*.tsx'];

export default tseslint.config(
  { ignores: ['dist/', 'bench/out/', 'screenshots/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  { ...jsxA11y.flatConfigs.recommended, files: ui },
  { ...reactHooks.configs.flat['recommended-latest'], files: ui },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a value deliberately left unused (e.g. a field taken out of an object).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The service worker's template: the build fills in these names (vite-plugins/service-worker.ts).
    files: ['vite-plugins/service-worker.template.js'],
    languageOptions: {
      globals: { ...globals.serviceworker, __VERSION__: 'readonly', __PRECACHE__: 'readonly', __APP_PATHS__: 'readonly' },
    },
  },
  prettier,
);
