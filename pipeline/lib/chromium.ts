// The browser the browser tests drive: Debian's chromium, through playwright-core, which downloads none.
// make test first makes sure it is there (need-chromium.ts): what to do is decided here.

/** Where Debian's package `chromium` puts the browser; the browser tests launch it from here. */
export const CHROMIUM = '/usr/bin/chromium';

/** The Debian package, and the commands that install it. */
export const CHROMIUM_PACKAGE = 'chromium';
export const APT_STEPS = [['update'], ['install', '-y', CHROMIUM_PACKAGE]] as const;

export type ChromiumPlan = 'ready' | 'install' | 'not-root' | 'no-apt-get';

/** What make test does about the browser: nothing, install it with apt-get, or stop and say how. */
export function chromiumPlan(machine: { browser: boolean; root: boolean; aptGet: boolean }): ChromiumPlan {
  if (machine.browser) return 'ready';
  if (!machine.aptGet) return 'no-apt-get';
  return machine.root ? 'install' : 'not-root';
}
