// Runs test/**/*.test.ts in real browsers. Which engines is decided by scripts/test.mjs (the
// PARTNERSHIP_ENGINES variable), which also starts and stops what WebKit needs.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { testRoutes } from './test/server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { frameworkPlugins } from './scripts/wtr-frameworks.mjs';
import { frameCommand } from './scripts/wtr-frames.mjs';

const engines = (process.env.PARTNERSHIP_ENGINES || 'chromium').split(',').filter(Boolean);

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        args: [
          ...CHROMIUM_ARGS,
          // Several test pages share one browser: keep background pages painting (fixtures wait for frames).
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT || 4444),
      path: '/',
      capabilities: {
        'webkitgtk:browserOptions': {
          binary: process.env.WEBKIT_BROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
};

/**
 * `executeServerCommand('forced-colors', { active })`: Chromium's forced-colours emulation through the
 * DevTools protocol. (The commands' own emulateMedia goes through puppeteer's emulateMediaFeatures,
 * whose list of features, in the version installed, does not have forced-colors: it did nothing.)
 */
const emulations = new WeakMap(); // page → its DevTools session (an emulation lasts as long as its session)
const forcedColors = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    const page = session.browser.getPage?.(session.id);
    if (!page) throw new Error('forced-colors emulation is for Chromium only');
    if (!emulations.has(page)) emulations.set(page, await page.createCDPSession());
    await emulations.get(page).send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }],
    });
    return true;
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testRoutes()],
  // No `target: 'auto'`: with it, esbuild would also rewrite plain .js files for some engines, and the
  // built bundle must reach the browser byte for byte (its Subresource Integrity hash is tested).
  plugins: [
    // src/ as the library build has it, hydration included (see __HYDRATION__ in src/text-modules.d.ts).
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', define: { __HYDRATION__: 'true' } }),
    forcedColors,
    frameCommand,
    ...frameworkPlugins(),
  ],
  browsers: engines.map((name) => launchers[name]()),
  // One test file at a time in each browser: WebKit's driver drives one session at a time, and in
  // Chromium a second page is a background page, where requestAnimationFrame does not run (the
  // layout-shift tests wait for frames). Chromium alone takes no longer this way (21 s either way).
  concurrency: 1,
  concurrentBrowsers: engines.includes('webkit') ? 1 : 3,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
};
