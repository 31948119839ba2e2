import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pressTimeoutMs, watchShiftPresses } from './shift-presses';

// The Exit this page shortcut as GOV.UK Frontend counts it, key by key (the browser suite checks
// the same with real key presses: tests/browser/reliability.browser.test.ts). jsdom has no
// PointerEvent: a MouseEvent of type pointerdown carries what the watcher reads.

const key = (type: 'keydown' | 'keyup', name: string, shiftKey: boolean) =>
  document.dispatchEvent(new KeyboardEvent(type, { key: name, shiftKey, bubbles: true }));

/** Shift pressed and released on its own. */
const shift = () => {
  key('keydown', 'Shift', true);
  key('keyup', 'Shift', false);
};
/** Shift held while `name` is pressed (Shift+Tab, a capital letter). */
const shiftWith = (name: string) => {
  key('keydown', 'Shift', true);
  key('keydown', name, true);
  key('keyup', name, true);
  key('keyup', 'Shift', false);
};

describe('watchShiftPresses', () => {
  const handlers = { onPress: vi.fn(), onExpire: vi.fn(), onExit: vi.fn() };
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    for (const handler of Object.values(handlers)) handler.mockClear();
    stop = watchShiftPresses(document, handlers);
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('exits on the third press of Shift on its own, saying how many are left after the first two', () => {
    shift();
    shift();
    expect(handlers.onPress.mock.calls).toEqual([[2], [1]]);
    expect(handlers.onExit).not.toHaveBeenCalled();
    shift();
    expect(handlers.onExit).toHaveBeenCalledOnce();
  });

  it('never counts Shift held for another key: Shift+Tab, capitals', () => {
    for (let i = 0; i < 3; i++) shiftWith('Tab');
    for (let i = 0; i < 3; i++) shiftWith('A');
    expect(handlers.onPress).not.toHaveBeenCalled();
    expect(handlers.onExit).not.toHaveBeenCalled();
  });

  it('never counts Shift+Tab when Shift is let go first, or when the Tab keyup never comes', () => {
    for (let i = 0; i < 3; i++) {
      key('keydown', 'Shift', true);
      key('keydown', 'Tab', true);
      key('keyup', 'Shift', false);
      key('keyup', 'Tab', false);
    }
    for (let i = 0; i < 3; i++) {
      key('keydown', 'Shift', true);
      key('keydown', 'Tab', true);
      key('keyup', 'Shift', false);
    }
    expect(handlers.onExit).not.toHaveBeenCalled();
  });

  it('never counts Shift held for a click', () => {
    for (let i = 0; i < 3; i++) {
      key('keydown', 'Shift', true);
      document.dispatchEvent(new MouseEvent('pointerdown', { shiftKey: true, bubbles: true }));
      key('keyup', 'Shift', false);
    }
    expect(handlers.onExit).not.toHaveBeenCalled();
  });

  it('starts again after any other key or a click between presses', () => {
    shift();
    shift();
    key('keydown', 'a', false);
    key('keyup', 'a', false);
    expect(handlers.onExpire).toHaveBeenCalledOnce();
    shift();
    shift();
    document.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    shift();
    expect(handlers.onExit).not.toHaveBeenCalled();
    shift();
    shift();
    expect(handlers.onExit).toHaveBeenCalledOnce();
  });

  it('gives each press 5 seconds: the count starts again after that', () => {
    shift();
    vi.advanceTimersByTime(pressTimeoutMs - 1);
    shift();
    vi.advanceTimersByTime(pressTimeoutMs - 1);
    shift();
    expect(handlers.onExit).toHaveBeenCalledOnce();
    shift();
    shift();
    vi.advanceTimersByTime(pressTimeoutMs);
    expect(handlers.onExpire).toHaveBeenCalledOnce();
    shift();
    expect(handlers.onExit).toHaveBeenCalledOnce();
  });
});
