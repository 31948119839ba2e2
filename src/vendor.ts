// The libraries the app is built on. The entry (main.tsx) loads and runs this chunk on its own,
// then the app's own code (boot.tsx) in a later task: running all of it at once would hold the
// main thread for one long task, in which a tap on the start page would wait (bench/README.md,
// "Taking over the pre-rendered page").
export { hydrateRoot, createRoot } from 'react-dom/client';
export { flushSync } from 'react-dom';
export { default as i18next } from 'i18next';
export { initReactI18next } from 'react-i18next';
export { createActor } from 'xstate';
export { useActorRef } from '@xstate/react';
