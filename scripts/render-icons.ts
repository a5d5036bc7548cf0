import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * Renders assets/icon.svg into the PNG sizes the manifest lists, with Chromium's own rasteriser
 * so the toolbar icon looks the way the SVG does in a browser. Run after editing the SVG:
 * `npx tsx scripts/render-icons.ts`.
 */

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'assets/icon.svg');
const OUT_DIR = join(ROOT, 'public/icon');
/** The sizes in wxt.config.ts `manifest.icons`. */
const SIZES = [16, 32, 48, 128] as const;
/** Space between renders so one size's anti-aliasing never bleeds into the next clip. */
const GAP = 8;

function sheet(svg: string): string {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  let x = 0;
  const images = SIZES.map((size) => {
    const img = `<img src="${src}" width="${size}" height="${size}" style="position:absolute;left:${x}px;top:0">`;
    x += size + GAP;
    return img;
  }).join('');
  return `<!doctype html><meta charset="utf-8"><style>html,body{margin:0;background:transparent}</style>${images}`;
}

async function main(): Promise<void> {
  const svg = await readFile(SOURCE, 'utf8');
  await mkdir(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 512, height: 160 }, deviceScaleFactor: 1 });
    await page.setContent(sheet(svg));
    await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
    let x = 0;
    for (const size of SIZES) {
      const png = await page.screenshot({ omitBackground: true, clip: { x, y: 0, width: size, height: size } });
      await writeFile(join(OUT_DIR, `${size}.png`), png);
      console.log(`public/icon/${size}.png (${png.length} bytes)`);
      x += size + GAP;
    }
  } finally {
    await browser.close();
  }
}

await main();
