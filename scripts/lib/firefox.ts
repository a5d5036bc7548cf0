import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Where Firefox usually lives; FIREFOX_PATH wins. ESR 140+ has the CSS Custom Highlight API. */
const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

export const FIREFOX_INSTALL_HINT =
  'No Firefox found. Install one (Debian: `sudo apt-get update && sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH to a Firefox 140+ binary.';

export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * The build the tests install; CROSSCHECK_FIREFOX_BUILD points them at another: an MV3 build, or
 * the packaged .zip, which installs the same way.
 */
export const FIREFOX_BUILD = resolve(
  process.env.CROSSCHECK_FIREFOX_BUILD ?? resolve(import.meta.dirname, '../../.output/firefox-mv2'),
);

/** The manifest's browser_specific_settings.gecko.id (wxt.config.ts); the UUID pref is keyed by it. */
export const GECKO_ID = 'crosscheck@crosscheck.example';

/**
 * The extension's internal UUID, fixed through `extensions.webextensions.uuids` so that
 * moz-extension:// URLs are known before the add-on is installed (Firefox otherwise draws a
 * random one per profile, and there is no service worker URL to read it from as in Chromium).
 */
export const FIXED_UUID = '6c1e3a52-7d0b-4c8e-9a41-2f5b8d3c9e10';

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid> */
  origin: string;
  close(): Promise<void>;
}

/**
 * Starts Firefox with the built extension installed as a temporary add-on, over WebDriver BiDi.
 * `--remote-allow-system-access` is what lets the driver navigate to moz-extension:// pages.
 * The prefs keep a closed network from stalling start-up and the first run quiet.
 */
export async function launchFirefoxWithExtension(options: {
  extensionPath?: string;
  headless?: boolean;
  withExtension?: boolean;
} = {}): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_INSTALL_HINT);
  const extensionPath = resolve(options.extensionPath ?? FIREFOX_BUILD);
  const withExtension = options.withExtension !== false;
  // A folder (the build) or a packaged archive (`npm run zip` makes .output/*-firefox.zip).
  const packaged = /\.(zip|xpi)$/i.test(extensionPath);
  if (withExtension && !existsSync(packaged ? extensionPath : join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`npx wxt build -b firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
    },
  });
  if (withExtension) await browser.installExtension(extensionPath);
  return {
    browser,
    origin: `moz-extension://${FIXED_UUID}`,
    close: () => browser.close(),
  };
}

/**
 * Opens an extension page (e.g. "popup.html") in a new tab. Firefox sends no load event for
 * extension documents over BiDi, so `goto` never resolves: navigate without awaiting it and wait
 * until the page's script has drawn something.
 */
export async function openExtensionPage(
  ff: FirefoxWithExtension,
  path: string,
  ready = 'body *',
): Promise<Page> {
  // An evaluation that lands while the tab swaps from about:blank to the extension document can
  // fail inside Firefox's remote agent ("right-hand side of 'in' should be an object, got null"),
  // and that tab can keep failing every evaluation after it: that is the navigation, not the
  // page. Open the page in a fresh tab again until the deadline.
  const deadline = Date.now() + 20_000;
  for (;;) {
    const page = await ff.browser.newPage();
    void page.goto(`${ff.origin}/${path}`).catch(() => undefined);
    try {
      await page.waitForFunction(
        (origin, selector) => location.origin === origin && document.querySelector(selector) !== null,
        { timeout: Math.max(1, deadline - Date.now()), polling: 50 },
        ff.origin,
        ready,
      );
      return page;
    } catch (error) {
      await page.close().catch(() => undefined);
      if (Date.now() >= deadline || !fromRemoteAgent(error)) throw error;
    }
  }
}

/**
 * Whether an error is, or was caused by, a protocol error of Firefox's remote agent: puppeteer
 * reports it from `waitForFunction` as "Waiting failed" with the protocol error as its cause.
 */
function fromRemoteAgent(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e.name === 'ProtocolError' || /Protocol error/.test(e.message)) return true;
  }
  return false;
}
