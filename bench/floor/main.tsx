import { useMachine } from '@xstate/react';
import { createRoot } from 'react-dom/client';
import { createMachine } from 'xstate';

// The benchmark's floor (bench/README.md): the smallest app that uses the same stack as the tool
// (React, XState, @xstate/react), built with the same Vite setup. What the tool's first load
// weighs is compared with what this weighs.

const machine = createMachine({
  id: 'floor',
  initial: 'start',
  states: {
    // Continue goes round the three states, so the step benchmark can press it as often as it likes.
    start: { on: { NEXT: 'question' } },
    question: { on: { NEXT: 'done', BACK: 'start' } },
    done: { on: { NEXT: 'start', BACK: 'question' } },
  },
});

function Floor() {
  const [state, send] = useMachine(machine);
  return (
    <main>
      <h1>{String(state.value)}</h1>
      <button type="button" onClick={() => send({ type: 'NEXT' })}>
        Continue
      </button>
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Floor />);
