/**
 * `npm start`: builds the extension, serves the demo article on 127.0.0.1 and opens Chromium with
 * Crosscheck loaded on it. Without a display (no DISPLAY / WAYLAND_DISPLAY) it runs headless: it
 * loads the demo page, writes a screenshot, prints what the extension found and exits 0. It also
 * runs the command-line tool on the same article, so both faces of Crosscheck are shown.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, INSTALL_HINT, launchWithExtension } from './lib/chromium';
import { serveFolder } from './lib/static-server';
import { startFirefox } from './lib/start-firefox';

const root = resolve(import.meta.dirname, '..');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

function sh(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed.`);
    process.exit(result.status ?? 1);
  }
}

/** `npm start -- --browser firefox` (or `--browser=firefox`); Chromium otherwise. */
function browserArg(argv: string[]): 'chromium' | 'firefox' {
  const i = argv.findIndex((a) => a === '--browser' || a.startsWith('--browser='));
  if (i < 0) return 'chromium';
  const value = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  if (value === 'firefox' || value === 'chromium' || value === 'chrome') return value === 'firefox' ? 'firefox' : 'chromium';
  console.error(`Unknown browser "${value ?? ''}": use --browser chromium or --browser firefox.`);
  process.exit(2);
}

async function main(): Promise<void> {
  if (browserArg(process.argv.slice(2)) === 'firefox') {
    await startFirefox({ root, headless });
    console.log('\nThe command-line tool on the same article (crosscheck match assets/demo/article.html):\n');
    sh('node', ['bin/crosscheck.mjs', 'match', 'assets/demo/article.html']);
    return;
  }
  if (!findChromium()) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  console.log('Building the extension…');
  sh('npx', ['wxt', 'build']);

  const server = await serveFolder(resolve(root, 'assets/demo'));
  const url = `${server.url}/article.html`;
  console.log(`\nDemo article: ${url}`);
  const browser = await launchWithExtension({ headless });
  const page = await browser.context.newPage();
  await page.goto(url);

  if (!headless) {
    console.log('Chromium is open with Crosscheck loaded. Close the browser window to stop.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
    await server.close();
    return;
  }

  // Headless: wait until the content script has painted (or has had ample time to).
  await page
    .waitForFunction(() => (CSS.highlights.get('crosscheck-claim')?.size ?? 0) + (CSS.highlights.get('crosscheck-conflict')?.size ?? 0) > 0, undefined, { timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForTimeout(300);
  // Without the "tabs" permission the worker cannot read tab URLs: the demo is the active tab.
  const found = await browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return [];
    const answer = await chrome.tabs.sendMessage(tab.id, { type: 'page-claims' }, { frameId: 0 });
    return (answer?.claims ?? []) as Array<{ sentence: string; claimText: string; status: string; conflict: boolean }>;
  });
  const shotDir = resolve(root, 'artifacts');
  mkdirSync(shotDir, { recursive: true });
  const shot = resolve(shotDir, 'demo-article.png');
  await page.screenshot({ path: shot, fullPage: false });

  console.log(`\nCrosscheck found ${found.length} known claims on the demo article:`);
  for (const f of found) {
    console.log(`\n  ${f.conflict ? '≠' : '•'} "${f.sentence}"`);
    console.log(`    claim: ${f.claimText}`);
    console.log(`    ${f.status}`);
  }
  console.log(`\nScreenshot: ${shot}`);
  await browser.context.close();
  await server.close();

  console.log('\nThe command-line tool on the same article (crosscheck match assets/demo/article.html):\n');
  sh('node', ['bin/crosscheck.mjs', 'match', 'assets/demo/article.html']);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
