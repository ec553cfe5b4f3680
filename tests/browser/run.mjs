// Browser tests of the quotelens widget: headless Debian Chromium driven by playwright-core.
// Serves www/ itself; prints one line per test (ok / FAIL), a few `perf:` figures, and as its last
// line `browser: N passed, M failed` (exit status 1 on failures). Screenshots go to test-results/.
// Usage: node tests/browser/run.mjs [name-filter]

import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(path.join(root, 'tools/node/package.json'));
const { chromium } = require('playwright-core');

const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

class Failure extends Error {}
function assert(cond, msg) {
  if (!cond) throw new Failure(msg);
}
const perf = [];

// ---- helpers ----------------------------------------------------------------------------------------

const RUBIO = '“Quello che abbiamo cercato di fare';

async function ready(page) {
  await page.waitForSelector('html[data-ql-ready]', { timeout: 15000 });
}

/** A ~1 MB article: the seed article's paragraphs repeated, built in the page as text nodes. */
const BIG_ARTICLE = (seedParagraphs) => {
  const host = document.createElement('article');
  host.id = 'big';
  let size = 0;
  while (size < 1024 * 1024) {
    for (const t of seedParagraphs) {
      const p = document.createElement('p');
      p.textContent = t;
      host.append(p);
      size += t.length + 1;
    }
  }
  document.body.append(host);
  return size;
};
const seedParagraphs = fs.readFileSync(path.join(root, 'seeds/000_51be7fdfb486c944.txt'), 'utf8').split('\n').filter((l) => l.trim());

// ---- tests ------------------------------------------------------------------------------------------

test('seed article: quotes highlighted, hovering the Rubio quote shows Marco Rubio', async ({ page, base }) => {
  await page.goto(`${base}/index.html`);
  await ready(page);
  const n = await page.locator('#article-body .ql-quote').count();
  assert(n >= 10, `expected at least 10 .ql-quote pieces, found ${n}`);
  const rubio = page.locator('#article-body .ql-quote', { hasText: RUBIO }).first();
  assert(await rubio.count() === 1, 'no .ql-quote piece holds the Rubio quote');
  const text = await rubio.textContent();
  assert(text.startsWith(RUBIO), `the Rubio piece starts with ${JSON.stringify(text.slice(0, 40))}`);
  assert(await rubio.getAttribute('data-ql-speaker') === 'Marco Rubio', 'the Rubio quote is not attributed to Marco Rubio');
  await rubio.hover();
  const tip = page.locator('[role="tooltip"]');
  await tip.waitFor({ state: 'visible', timeout: 3000 });
  const tipText = await tip.textContent();
  assert(tipText.includes('Marco Rubio'), `tooltip says ${JSON.stringify(tipText)}`);
  const id = await tip.getAttribute('id');
  assert(id && (await rubio.getAttribute('aria-describedby')) === id, 'the hovered quote is not aria-describedby the tooltip');
  const mentionsLit = await page.locator('#article-body .ql-speaker.ql-lit[data-ql-speaker="Marco Rubio"]').count();
  assert(mentionsLit >= 1, 'the speaker mentions do not light up');
  const speakers = await page.locator('#article-body .ql-speaker').count();
  assert(speakers >= 3, `expected speaker mentions marked, found ${speakers}`);
});


// ---- runner -----------------------------------------------------------------------------------------

async function main() {
  const filter = process.argv[2] || '';
  const { server, url: base } = await serve([
    { prefix: '/t/', dir: path.join(here, 'pages') },
    { prefix: '/csp/', dir: path.join(root, 'www'), csp: true },
    { prefix: '/', dir: path.join(root, 'www') },
  ]);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'quotelens-chromium-'));
  let context;
  let passed = 0;
  let failed = 0;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    for (const t of tests.filter((x) => x.name.includes(filter))) {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss().catch(() => {}); });
      const started = Date.now();
      try {
        await t.fn({ page, base, context, errors, results, seedParagraphs, BIG_ARTICLE, perf });
        assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
        passed++;
        console.log(`ok   ${t.name} (${Date.now() - started} ms)`);
      } catch (e) {
        failed++;
        console.log(`FAIL ${t.name}\n     ${e instanceof Failure ? e.message : e.stack || e}`);
      } finally {
        await page.close().catch(() => {});
      }
    }
  } catch (e) {
    failed++;
    console.log(`FAIL browser could not start: ${e.stack || e}`);
  } finally {
    await context?.close().catch(() => {});
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  for (const line of perf) console.log(line);
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

await main();
