// Every message make test shows before the tests run (pipeline/lib/need-chromium.ts).

const INSTALL = (pkg: string) => `apt-get update && apt-get install -y ${pkg}`;

export const testMessage = {
  chromiumFound: (browser: string) => `found at ${browser}, for the browser tests`,
  chromiumInstalling: (browser: string, pkg: string) =>
    `chromium  ${browser} is missing; the browser tests need it: installing Debian's package ${pkg} (${INSTALL(pkg)})`,
  chromiumInstalled: (browser: string, pkg: string) => `installed Debian's package ${pkg}: ${browser}`,
  chromiumMissing: (browser: string, pkg: string, why: 'not-root' | 'no-apt-get') =>
    why === 'not-root'
      ? `${browser} is missing, and the browser tests need it; not root, so not installing it: ` +
        `run sudo sh -c '${INSTALL(pkg)}' (Debian's package ${pkg}), then make test again; no test was run`
      : `${browser} is missing, and the browser tests need it; apt-get is not on PATH, so not installing it: ` +
        `install Debian's package ${pkg} (${INSTALL(pkg)} as root on Debian or Ubuntu) or your system's ` +
        `chromium so that ${browser} runs it, then make test again; no test was run`,
  aptFailed: (command: string, status: number | null, pkg: string) =>
    `${command} failed (status ${status}); install Debian's package ${pkg} yourself (${INSTALL(pkg)}), ` +
    'then make test again; no test was run',
  stillMissing: (browser: string, pkg: string) =>
    `apt-get installed ${pkg}, but ${browser} is still missing; expected the package to put the browser there: ` +
    'check dpkg -L chromium; no test was run',
};
