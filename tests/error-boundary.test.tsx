import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { heading, renderTool, resetBrowser, screen, text } from './support/ui';

// An unexpected error shows a plain message and a way to start again, never a blank page.

vi.mock('../src/pages/StartPage', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/pages/StartPage')>();
  return {
    StartPage: (props: Parameters<typeof original.StartPage>[0]) => {
      // a failure that something saved brings about, until the saved answers are cleared
      if (window.sessionStorage.getItem('advocacy-check')) throw new Error('a page that fails to render');
      return original.StartPage(props);
    },
  };
});

beforeEach(resetBrowser);
afterEach(cleanup);

describe('the error boundary', () => {
  it('shows a plain message with Start again, which clears the answers and starts afresh', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
    window.sessionStorage.setItem('advocacy-check', JSON.stringify({ version: 1, answers: { audience: 'myself' }, step: 'start' }));
    const { user } = renderTool();
    expect(heading().textContent).toBe(text('failure.title'));
    await user.click(screen.getByRole('link', { name: text('startAgain') }));
    expect(heading().textContent).toBe(text('start.title'));
    expect(window.sessionStorage.getItem('advocacy-check')).toBeNull();
  });
});
