/**
 * Renders the listing icon, `media/listing/icon.svg`, to the 256×256 PNG the Marketplace and Open VSX need
 * (`media/icon.png`, committed). Run after editing the drawing: `node scripts/render-icon.mjs`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './harness/browser.mjs';
import { repoRoot } from './harness/paths.mjs';

const SIZE = 256;
const svg = fs.readFileSync(path.join(repoRoot, 'media', 'listing', 'icon.svg'), 'utf8');
const browser = await launchBrowser({ viewport: { width: SIZE, height: SIZE } });
try {
  await browser.page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const png = await browser.page.locator('svg').screenshot({ omitBackground: true });
  fs.writeFileSync(path.join(repoRoot, 'media', 'icon.png'), png);
  console.log(`media/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
} finally {
  await browser.close();
}
