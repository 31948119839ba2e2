/** The tab's sessionStorage, or undefined where it is blocked (the tool then forgets on reload). */
export function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
