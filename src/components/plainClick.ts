import type { MouseEvent } from 'react';

/**
 * Whether a click on a link is a plain one, which the app handles in place. A click with Ctrl, Cmd,
 * Shift or Alt, or with another button, is left to the browser, so the link opens in a new tab or
 * window (or is downloaded) as any link would; its address names the same page.
 */
export const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/** An onClick for a link the app follows in place on a plain click, and the browser on any other. */
export const inPlace =
  (follow: () => void) =>
  (event: MouseEvent<HTMLAnchorElement>): void => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    follow();
  };
