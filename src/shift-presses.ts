// The keyboard shortcut of GOV.UK "Exit this page": Shift pressed three times on its own, each
// press within 5 seconds of the one before. It follows GOV.UK Frontend's algorithm
// (components/exit-this-page/exit-this-page.mjs, `handleKeypress`): a press counts on the Shift
// `keyup`, and only if the key released just before it was not held with Shift (Shift+Tab and
// Shift+A each end with a keyup that has `shiftKey`, so the Shift keyup after them does not
// count); a keyup of any other key while the count runs starts it again; each press restarts the
// 5-second timer. No DOM or React here: the app's ExitThisPage component and the entry
// (src/main.tsx, before the app has arrived) both use it.
//
// Two additions make "Shift on its own" hold where GOV.UK Frontend's keyup alone cannot see it:
// - a pointer press (Shift+click, a tap) counts as another key: it starts the count again, and a
//   Shift held during it is not a press of Shift on its own;
// - so does the keydown of any other key, so that Shift+Tab does not count even when the Tab's
//   keyup never reaches the page (focus moved into the browser's own controls) or Shift is
//   released before Tab.

export const pressesToExit = 3;
export const pressTimeoutMs = 5000;

export interface ShiftPressHandlers {
  /** After a press that does not exit yet: how many more are needed (2, then 1). */
  onPress: (pressesLeft: number) => void;
  /** A count that had started ended without exiting: the time ran out, or another key came between. */
  onExpire: () => void;
  /** The third press. */
  onExit: () => void;
}

/** Watches `target` (the document) for the shortcut; returns a function that stops watching. */
export function watchShiftPresses(target: Document, handlers: ShiftPressHandlers): () => void {
  let count = 0;
  let lastKeyWasModified = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stopTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const expire = () => {
    stopTimer();
    count = 0;
    handlers.onExpire();
  };

  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key === 'Shift' && !lastKeyWasModified) {
      count += 1;
      stopTimer();
      if (count >= pressesToExit) {
        count = 0;
        handlers.onExit();
      } else {
        handlers.onPress(pressesToExit - count);
        timer = setTimeout(expire, pressTimeoutMs);
      }
    } else if (timer !== undefined) {
      expire();
    }
    lastKeyWasModified = event.shiftKey;
  };

  const onOtherInput = (event: KeyboardEvent | PointerEvent) => {
    if (event.type === 'keydown' && (event as KeyboardEvent).key === 'Shift') return;
    if (event.shiftKey) lastKeyWasModified = true;
    if (timer !== undefined) expire();
  };

  target.addEventListener('keyup', onKeyUp, true);
  target.addEventListener('keydown', onOtherInput, true);
  target.addEventListener('pointerdown', onOtherInput, true);
  return () => {
    stopTimer();
    target.removeEventListener('keyup', onKeyUp, true);
    target.removeEventListener('keydown', onOtherInput, true);
    target.removeEventListener('pointerdown', onOtherInput, true);
  };
}
