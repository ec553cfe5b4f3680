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


/** Attaches in the page (the module imported there) and returns what `fn` computes afterwards. */
const ATTACH = async ([sel, opts]) => {
  const m = await import('/quotelens.js');
  window.__handle = await m.attach(sel, opts || {});
  return window.__handle.mode;
};

test('odd markup: a quote across <em>, <a> and <br> is one quote; skipped elements stay untouched', async ({ page, base }) => {
  await page.goto(`${base}/t/markup.html`);
  await page.evaluate(ATTACH, ['#a', { mode: 'wrap' }]);
  const pieces = page.locator('#a .ql-quote', { hasText: 'We are' });
  const id = await pieces.first().getAttribute('data-ql-quote');
  const all = page.locator(`#a .ql-quote[data-ql-quote="${id}"]`);
  const n = await all.count();
  assert(n >= 4, `the split quote should have a piece per text node, found ${n}`);
  const joined = (await all.allTextContents()).join('');
  assert(joined === '“We are ready to talk,but not at any price,”', `pieces join to ${JSON.stringify(joined)}`);
  const who = new Set(await all.evaluateAll((els) => els.map((e) => e.dataset.qlSpeaker)));
  assert(who.size === 1 && who.has('Anna Rossi'), `pieces attributed to ${[...who]}`);
  assert(await page.locator('#a em .ql-quote, #a a .ql-quote').count() === 2, 'the pieces inside <em> and <a> are missing');
  assert(await page.locator('#a .ql-quote[tabindex="0"]').evaluateAll((els) => els.filter((e) => e.dataset.qlQuote === document.querySelector('#a em .ql-quote').dataset.qlQuote).length) === 1, 'one tab stop per quote');
  await page.locator('#a em .ql-quote').hover();
  const active = await all.evaluateAll((els) => els.every((e) => e.classList.contains('ql-active')));
  assert(active, 'hovering one piece does not highlight all the pieces of its quote');
  for (const q of ['blockquote', 'li', 'figcaption']) {
    assert(await page.locator(`#a ${q} .ql-quote`).count() >= 1, `no quote found in <${q}>`);
  }
  for (const q of ['pre', 'code', 'script', 'textarea', 'button', '[contenteditable]']) {
    assert(await page.locator(`#a ${q} [class^="ql-"]`).count() === 0, `quotelens marked text inside ${q}`);
  }
  // the direct quote (its sentence, with the words before it, is also a mixed reported quote)
  const emoji = await page.locator('#a .ql-quote:not(.ql-indirect)', { hasText: 'emoji' }).textContent();
  assert(emoji === '“a quote with emoji 🎉 inside,”', `UTF-16 offsets are off after surrogate pairs: ${JSON.stringify(emoji)}`);
  const speakerText = await page.locator('#a .ql-speaker[data-ql-speaker="Anna Rossi"]').first().textContent();
  assert(speakerText.includes('Anna Rossi'), `speaker mention reads ${JSON.stringify(speakerText)}`);
});

test('detach() restores the article exactly: same HTML, same text nodes, listeners intact', async ({ page, base }) => {
  await page.goto(`${base}/t/markup.html`);
  const before = await page.evaluate(() => {
    window.__clicks = 0;
    document.getElementById('link').addEventListener('click', (e) => { e.preventDefault(); window.__clicks++; });
    window.__node = document.querySelector('#a em').firstChild;
    window.__count = document.querySelector('#a').getElementsByTagName('*').length;
    return document.getElementById('a').innerHTML;
  });
  await page.evaluate(ATTACH, ['#a', { mode: 'wrap' }]);
  const during = await page.evaluate(() => document.getElementById('a').innerHTML);
  assert(during !== before && during.includes('ql-quote'), 'attach() did not change the article');
  await page.evaluate(() => window.__handle.detach());
  const after = await page.evaluate(() => document.getElementById('a').innerHTML);
  assert(after === before, 'innerHTML differs after detach()');
  const state = await page.evaluate(() => ({
    connected: window.__node.isConnected && window.__node.parentNode === document.querySelector('#a em'),
    count: document.querySelector('#a').getElementsByTagName('*').length === window.__count,
    ui: document.querySelectorAll('[data-ql-ui], .ql-tooltip').length,
  }));
  assert(state.connected, 'the original text node is not back in place');
  assert(state.count, 'the element count changed');
  assert(state.ui === 0, 'the tooltip or summary was left behind');
  await page.click('#link');
  assert(await page.evaluate(() => window.__clicks) === 1, 'the link lost its click listener');
  // attach again after detach works, and detach twice is harmless
  await page.evaluate(ATTACH, ['#a', { mode: 'wrap' }]);
  await page.evaluate(() => { window.__handle.detach(); window.__handle.detach(); });
  assert(await page.evaluate(() => document.getElementById('a').innerHTML) === before, 'second attach/detach cycle is not exact');
});

test('hostile article text stays text (no element created, no script run)', async ({ page, base }) => {
  await page.goto(`${base}/t/hostile.html`);
  await page.evaluate(() => { window.__alerts = 0; window.alert = () => { window.__alerts++; }; });
  const text = await page.evaluate(() => document.getElementById('a').textContent);
  await page.evaluate(ATTACH, ['#a', { mode: 'wrap', overrides: [{ quote: '<script>alert(2)</script><b onmouseover=alert(3)>bold</b>', speaker: '<img src=z onerror=alert(5)>' }] }]);
  const n = await page.locator('#a .ql-quote').count();
  assert(n >= 2, `expected the hostile quotes highlighted, found ${n}`);
  for (const q of await page.locator('#a .ql-quote').all()) await q.hover();
  await page.waitForTimeout(100);
  const r = await page.evaluate(() => ({
    imgs: document.querySelectorAll('img').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.closest('#a')).length,
    bs: document.querySelectorAll('#a b, .ql-ui b').length,
    text: document.getElementById('a').textContent,
    alerts: window.__alerts,
    tip: document.querySelector('[role="tooltip"]')?.textContent || '',
  }));
  assert(r.imgs === 0 && r.scripts === 0 && r.bs === 0, `markup was created from text: ${JSON.stringify(r)}`);
  assert(r.alerts === 0, 'a script ran');
  assert(r.text === text, 'the article text changed');
  const names = await page.locator('.ql-summary-name').allTextContents();
  assert(names.includes('<img src=z onerror=alert(5)>'), `the hostile override name should show as text: ${names}`);
});

test('an empty article and a 1 MB article do not break the page', async ({ page, base, perf }) => {
  await page.goto(`${base}/t/empty.html`);
  const empty = await page.evaluate(async () => {
    const m = await import('/quotelens.js');
    const a = await m.attach('#empty');
    const b = await m.attach('#blank', { mode: 'highlight' });
    const out = { a: a.analysis.quotes.length, b: b.analysis.quotes.length, html: document.getElementById('empty').innerHTML };
    a.detach(); b.detach();
    return out;
  });
  assert(empty.a === 0 && empty.b === 0 && empty.html === '', `empty articles: ${JSON.stringify(empty)}`);
  const size = await page.evaluate(BIG_ARTICLE, seedParagraphs);
  for (const mode of ['wrap', 'highlight']) {
    const r = await page.evaluate(async (mode) => {
      const m = await import('/quotelens.js');
      const t0 = performance.now();
      const h = await m.attach('#big', { mode, summary: false });
      const ms = performance.now() - t0;
      const quotes = h.analysis.quotes.length;
      const pieces = document.querySelectorAll('#big .ql-quote').length;
      window.__big = h;
      return { ms, quotes, pieces, mode: h.mode };
    }, mode);
    const t0 = Date.now();
    assert(await page.evaluate(() => 1 + 1) === 2, 'the page does not respond');
    const respond = Date.now() - t0;
    perf.push(`perf: 1MB ${r.mode}: page responsive again ${respond} ms after attach`);
    assert(respond < 3000, `the page took ${respond} ms to respond`);
    assert(r.quotes > 1000, `1 MB article (${mode}): only ${r.quotes} quotes found`);
    if (mode === 'wrap') assert(r.pieces >= r.quotes * 0.9, `1 MB article: ${r.pieces} pieces for ${r.quotes} quotes`);
    perf.push(`perf: attach 1MB ${r.mode} ${r.ms.toFixed(1)} ms (${(size / 1024).toFixed(0)} KB text, ${r.quotes} quotes)`);
    await page.evaluate(() => window.__big.detach());
    assert(await page.locator('#big .ql-quote').count() === 0, '1 MB article: detach left pieces');
  }
});

test('seed article attach time in both modes', async ({ page, base, perf }) => {
  await page.goto(`${base}/index.html`);
  await ready(page);
  for (const mode of ['wrap', 'highlight']) {
    const ms = await page.evaluate(async (mode) => {
      const m = await import('/quotelens.js');
      window.quotelens.detach();
      const runs = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        const h = await m.attach('#article-body', { mode, summary: '#ql-summary' });
        runs.push(performance.now() - t0);
        window.quotelens = h;
        if (i < 4) h.detach();
      }
      runs.sort((a, b) => a - b);
      return runs[2];
    }, mode);
    perf.push(`perf: attach seed ${mode} ${ms.toFixed(1)} ms (median of 5)`);
  }
});

test('the demo works under a strict Content-Security-Policy', async ({ page, base }) => {
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const res = await page.goto(`${base}/csp/index.html`);
  assert((res.headers()['content-security-policy'] || '').includes("script-src 'self' 'wasm-unsafe-eval'"), 'the CSP header was not sent');
  await ready(page);
  assert(await page.locator('#article-body .ql-quote').count() >= 10, 'no quotes highlighted under CSP');
  await page.locator('#article-body .ql-quote', { hasText: RUBIO }).first().hover();
  await page.locator('[role="tooltip"]').waitFor({ state: 'visible', timeout: 3000 });
  await page.goto(`${base}/csp/index.html?mode=highlight`);
  await ready(page);
  const events = await page.evaluate(() => window.__csp);
  assert(events.length === 0 && violations.length === 0, `CSP violations: ${[...events, ...violations].join(' | ')}`);
});

test('screenshots of the demo, light and dark, wrap and highlight', async ({ page, base, results }) => {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${base}/index.html`);
    await ready(page);
    await page.locator('#article-body .ql-quote', { hasText: RUBIO }).first().hover();
    await page.locator('[role="tooltip"]').waitFor({ state: 'visible' });
    await page.waitForTimeout(250);
    await page.screenshot({ path: path.join(results, `demo-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${base}/index.html?mode=highlight`);
  await ready(page);
  await page.screenshot({ path: path.join(results, 'demo-highlight-light.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/index.html`);
  await ready(page);
  await page.screenshot({ path: path.join(results, 'demo-phone.png') });
  for (const f of ['demo-light.png', 'demo-dark.png', 'demo-highlight-light.png', 'demo-phone.png']) {
    assert(fs.statSync(path.join(results, f)).size > 10000, `${f} looks empty`);
  }
});

test('keyboard: Tab reaches a quote and shows its tooltip; Escape hides it', async ({ page, base }) => {
  await page.goto(`${base}/index.html`);
  await ready(page);
  let found = false;
  for (let i = 0; i < 40 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.classList.contains('ql-quote'));
  }
  assert(found, 'Tab never reached a quote');
  const r = await page.evaluate(() => {
    const tip = document.querySelector('[role="tooltip"]');
    return { shown: !tip.hidden, described: document.activeElement.getAttribute('aria-describedby') === tip.id, speaker: document.activeElement.dataset.qlSpeaker, text: tip.textContent };
  });
  assert(r.shown && r.described, `focus did not show a described tooltip: ${JSON.stringify(r)}`);
  assert(!r.speaker || r.text.includes(r.speaker), `tooltip ${JSON.stringify(r.text)} does not name ${r.speaker}`);
  await page.keyboard.press('Escape');
  assert(await page.evaluate(() => document.querySelector('[role="tooltip"]').hidden), 'Escape did not hide the tooltip');
});

test('summary: choosing a speaker shows only theirs; the switch turns highlights off; touch tap shows the tooltip', async ({ page, base }) => {
  await page.goto(`${base}/index.html`);
  await ready(page);
  const title = await page.locator('.ql-summary-title').textContent();
  assert(title === 'Chi parla', `Italian article, summary title ${JSON.stringify(title)}`);
  await page.locator('.ql-summary-item', { hasText: 'Marco Rubio' }).click();
  const r = await page.evaluate(() => {
    const q = [...document.querySelectorAll('#article-body .ql-quote')];
    return { on: q.filter((e) => !e.classList.contains('ql-off')).map((e) => e.dataset.qlSpeaker), off: q.filter((e) => e.classList.contains('ql-off')).length };
  });
  assert(r.on.length >= 1 && r.on.every((s) => s === 'Marco Rubio') && r.off > 0, `filter: ${JSON.stringify(r)}`);
  assert(await page.locator('.ql-summary-item[aria-pressed="true"]').count() === 1, 'the chosen speaker is not pressed');
  await page.locator('.ql-all').click();
  await page.locator('.ql-switch').click();
  assert(await page.locator('.ql-switch').getAttribute('aria-checked') === 'false', 'switch state');
  const off = await page.evaluate(() => [...document.querySelectorAll('#article-body .ql-quote, #article-body .ql-speaker')].every((e) => e.classList.contains('ql-off')));
  assert(off, 'the switch did not turn highlights off');
  await page.locator('.ql-switch').click();
  // the summary's next-quote button moves a visible focus and announces the attribution
  await page.locator('.ql-next').click();
  const live = await page.locator('.ql-live').textContent();
  assert(live.length > 10, 'nothing announced');
  await page.keyboard.press('Escape');
  // touch
  const ctx = page.context();
  const phone = await ctx.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(`${base}/index.html`);
  await ready(phone);
  const rubio = phone.locator('#article-body .ql-quote', { hasText: RUBIO }).first();
  await rubio.scrollIntoViewIfNeeded();
  const box = await rubio.boundingBox();
  await phone.dispatchEvent('#article-body .ql-quote >> nth=0', 'pointerdown', { pointerType: 'touch' }).catch(() => {});
  await phone.mouse.click(box.x + 20, box.y + 8);
  const tip = await phone.locator('[role="tooltip"]').textContent();
  assert(await phone.locator('[role="tooltip"]').isVisible() && tip.includes('Marco Rubio'), `tap: tooltip ${JSON.stringify(tip)}`);
  await phone.close();
});

test('options: minConfidence, overrides, show, tooltip, localised UI', async ({ page, base }) => {
  await page.goto(`${base}/t/markup.html`);
  const r = await page.evaluate(async () => {
    const m = await import('/quotelens.js');
    const all = await m.attach('#a');
    const counts = { all: all.analysis.quotes.filter((q) => q.shown).length, title: document.querySelector('.ql-summary-title').textContent };
    all.detach();
    const strict = await m.attach('#a', { minConfidence: 0.95 });
    counts.strict = strict.analysis.quotes.filter((q) => q.shown).length;
    counts.strictPieces = new Set([...document.querySelectorAll('#a .ql-quote')].map((e) => e.dataset.qlQuote)).size;
    strict.detach();
    const ov = await m.attach('#a', { uiLang: 'de', overrides: [
      { quote: '“This is a good day for Europe,”', speaker: 'Jane Doe' },
      { quote: 'Nothing is agreed until everything is agreed', remove: true },
      { quote: '“We will be back…', speaker: 'Sam Roe' },
    ] });
    counts.jane = [...document.querySelectorAll('#a blockquote .ql-quote')].map((e) => e.dataset.qlSpeaker);
    counts.removed = document.querySelectorAll('#a li .ql-quote').length;
    counts.sam = [...document.querySelectorAll('#a figcaption .ql-quote')].map((e) => e.dataset.qlSpeaker);
    counts.de = document.querySelector('.ql-summary-title').textContent;
    ov.detach();
    const bare = await m.attach('#a', { show: { speakers: false, indirect: false }, tooltip: false, summary: false });
    counts.speakers = document.querySelectorAll('#a .ql-speaker').length;
    counts.indirect = document.querySelectorAll('#a .ql-indirect').length;
    document.querySelector('#a .ql-quote').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    counts.tip = !document.querySelector('[role="tooltip"]').hidden;
    counts.summaryHidden = document.querySelector('.ql-summary').hidden;
    bare.detach();
    return counts;
  });
  assert(r.title === 'Who is quoted', `English UI: ${r.title}`);
  assert(r.all >= 5, `expected at least 5 quotes in the markup page, got ${r.all}`);
  assert(r.strict < r.all && r.strictPieces === r.strict, `minConfidence 0.95 left ${r.strict} of ${r.all}`);
  assert(r.jane.length && r.jane.every((s) => s === 'Jane Doe'), `override speaker: ${r.jane}`);
  assert(r.removed === 0, 'override remove left the quote highlighted');
  assert(r.sam.length && r.sam.every((s) => s === 'Sam Roe'), `prefix override: ${r.sam}`);
  assert(r.de === 'Wer zitiert wird', `uiLang de: ${r.de}`);
  assert(r.speakers === 0 && r.indirect === 0, `show: ${r.speakers} speakers, ${r.indirect} indirect`);
  assert(!r.tip && r.summaryHidden, 'tooltip: false / summary: false not honoured');
});

test('<quote-lens> custom element, and several articles on one page', async ({ page, base }) => {
  await page.goto(`${base}/t/element.html`);
  await page.waitForFunction(() => document.getElementById('el').handle && document.getElementById('el2').handle, null, { timeout: 10000 });
  const r = await page.evaluate(() => ({
    quotes: [...document.querySelectorAll('#el .ql-quote')].map((e) => e.dataset.qlSpeaker),
    mode2: document.getElementById('el2').handle.mode,
    speaker2: document.getElementById('el2').handle.analysis.quotes[0]?.speakerName,
    title: document.querySelector('#el + .ql-ui .ql-summary-title')?.textContent,
  }));
  assert(r.quotes.length >= 2 && r.quotes.every((s) => s === 'Laura Chen'), `custom element quotes: ${r.quotes}`);
  assert(r.mode2 === 'highlight' && r.speaker2 === 'Paolo Verdi', `second element: ${JSON.stringify(r)}`);
  assert(r.title === 'Who is quoted', `element summary: ${r.title}`);
  const html = await page.evaluate(() => { const e = document.getElementById('el'); const p = e.parentNode; e.remove(); return { html: e.innerHTML, ui: p.querySelectorAll('.ql-ui').length }; });
  assert(!html.html.includes('ql-') && html.ui === 1, 'removing the element did not detach it');
  await page.goto(`${base}/t/several.html`);
  const s = await page.evaluate(async () => {
    const m = await import('/quotelens.js');
    const a = await m.attach('#one');
    const b = await m.attach('#two');
    const tips = [...document.querySelectorAll('[role="tooltip"]')].map((t) => t.id);
    return { a: a.analysis.quotes[0]?.speakerName, b: b.analysis.quotes[0]?.speakerName, lang: b.analysis.lang, tips, titles: [...document.querySelectorAll('.ql-summary-title')].map((t) => t.textContent) };
  });
  assert(s.a === 'Maria Lopez' && s.b === 'Jean Dupont', `several articles: ${JSON.stringify(s)}`);
  assert(s.tips.length === 2 && s.tips[0] !== s.tips[1], 'tooltip ids are not unique');
  assert(s.titles[1] === 'Qui est cité', `French UI: ${s.titles}`);
});

/** Moves the mouse over the text `needle` (its first characters) in `scope` and returns the tooltip text. */
async function hoverText(page, scope, needle) {
  const pt = await page.evaluate(([scope, needle]) => {
    const root = document.querySelector(scope);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf(needle);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i + 2);
      r.setEnd(n, i + 8);
      r.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const b = r.getClientRects()[0];
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  }, [scope, needle]);
  assert(pt, `text ${needle} not found`);
  await page.mouse.move(pt.x - 30, pt.y - 40);
  await page.mouse.move(pt.x, pt.y, { steps: 3 });
  const tip = page.locator('[role="tooltip"]');
  await tip.waitFor({ state: 'visible', timeout: 3000 }).catch(() => {});
  return (await tip.isVisible()) ? tip.textContent() : '';
}

test('highlight mode on a framework-rendered article: quotelens never mutates it, highlights follow re-renders', async ({ page, base }) => {
  await page.goto(`${base}/t/framework.html?attach=0&every=400&max=1000`);
  await page.waitForFunction(() => window.fw && window.fw.renders >= 2);
  // record every mutation of the article; the framework's own are recognisable (fw.nodes)
  await page.evaluate(() => {
    window.__records = [];
    new MutationObserver((list) => window.__records.push(...list)).observe(document.getElementById('article'), {
      subtree: true, childList: true, characterData: true, attributes: true,
    });
  });
  // the check has teeth: wrapping this article would be caught (in a copy, to keep this one clean)
  const caught = await page.evaluate(async () => {
    const m = await import('/quotelens.js');
    const copy = document.getElementById('article').cloneNode(true);
    copy.id = 'copy';
    document.body.append(copy);
    const recs = [];
    const mo = new MutationObserver((l) => recs.push(...l));
    mo.observe(copy, { subtree: true, childList: true });
    const h = await m.attach(copy, { mode: 'wrap', summary: false });
    await new Promise((r) => setTimeout(r, 0));
    mo.disconnect();
    h.detach();
    copy.remove();
    return recs.length;
  });
  assert(caught > 0, 'the mutation check would not notice wrapping');
  const mode = await page.evaluate(async () => {
    const m = await import('/quotelens.js');
    window.__handle = await m.attach('#article', { mode: 'highlight', summary: '#summary' });
    window.__updates = 0;
    document.getElementById('article').addEventListener('quotelens:update', () => window.__updates++);
    return window.__handle.mode;
  });
  assert(mode === 'highlight', `mode ${mode}`);
  // hover with the framework paused: a render between finding the text and moving the pointer
  // (one variant adds a paragraph at the top) would put another quote under the pointer
  await page.evaluate(() => window.fw.stop());
  let tip = await hoverText(page, '#article', 'Quello che abbiamo');
  assert(tip.includes('Marco Rubio'), `before re-render, tooltip: ${JSON.stringify(tip)}`);
  tip = await hoverText(page, '#article', 'Se l’Europa vuole');
  assert(tip.includes('Putin'), `before re-render, Putin quote tooltip: ${JSON.stringify(tip)}`);
  await page.mouse.move(5, 5);
  // let the framework re-render a few times (and quotelens re-anchor after each burst)
  await page.evaluate(() => window.fw.start(400, 1000));
  const renders = await page.evaluate(() => window.fw.renders);
  await page.waitForFunction((r) => window.fw.renders >= r + 3 && window.__updates >= 1, renders, { timeout: 10000 });
  await page.evaluate(() => window.fw.stop());
  await page.evaluate(() => window.fw.render(1)); // the variant with a new first paragraph: every offset moves
  await page.waitForFunction((n) => window.__updates > n, await page.evaluate(() => window.__updates), { timeout: 5000 });
  const anchored = await page.evaluate(() => {
    const h = window.__handle;
    const ranges = [...h.quoteRanges.values()];
    return { n: ranges.length, connected: ranges.every((r) => r.startContainer.isConnected && r.endContainer.isConnected), registered: [...CSS.highlights.keys()].some((k) => /^ql-c\d$/.test(k) && CSS.highlights.get(k).size > 0) };
  });
  assert(anchored.n >= 10 && anchored.connected && anchored.registered, `ranges not re-anchored: ${JSON.stringify(anchored)}`);
  tip = await hoverText(page, '#article', 'Quello che abbiamo');
  assert(tip.includes('Marco Rubio'), `after re-render, tooltip: ${JSON.stringify(tip)}`);
  tip = await hoverText(page, '#article', 'È un bene che');
  assert(tip.includes('Mark Rutte'), `after re-render, Rutte quote tooltip: ${JSON.stringify(tip)}`);
  // keyboard: the summary's next button focuses a quote and announces it (in the shadow root)
  await page.locator('.ql-next').click();
  const live = await page.locator('.ql-live').textContent();
  assert(live.length > 10 && (await page.evaluate(() => CSS.highlights.get('ql-focus')?.size || 0)) === 1, 'summary navigation did not focus a quote');
  const bad = await page.evaluate(() => {
    const out = [];
    for (const r of window.__records) {
      if (r.type === 'attributes') out.push(`attribute ${r.attributeName} on ${r.target.nodeName}`);
      else if (r.type === 'characterData' && !window.fw.nodes.has(r.target)) out.push('text edited');
      else for (const n of r.addedNodes) if (!window.fw.nodes.has(n)) out.push(`added ${n.nodeName}`);
    }
    return { out, total: window.__records.length };
  });
  assert(bad.total > 0, 'the framework did not mutate the article: the test saw nothing');
  assert(bad.out.length === 0, `quotelens mutated the article: ${bad.out.slice(0, 5).join(', ')}`);
  const host = await page.evaluate(() => {
    const h = document.querySelector('[data-ql-ui]');
    return { outside: !document.getElementById('article').contains(h), shadow: !!h.shadowRoot };
  });
  assert(host.outside && host.shadow, `tooltip host: ${JSON.stringify(host)}`);
  await page.evaluate(() => window.__handle.detach());
  assert(await page.evaluate(() => [...CSS.highlights.values()].every((h) => h.size === 0)), 'detach left highlights registered');
});

test("mode 'auto' picks highlight where CSS.highlights exists, wrap elsewhere", async ({ page, base }) => {
  await page.goto(`${base}/t/markup.html`);
  const withApi = await page.evaluate(ATTACH, ['#a', { mode: 'auto' }]);
  assert(withApi === 'highlight', `auto with the API: ${withApi}`);
  assert(await page.locator('#a .ql-quote').count() === 0, 'highlight mode wrapped the article');
  await page.evaluate(() => window.__handle.detach());
  await page.goto(`${base}/t/markup.html`);
  await page.evaluate(() => { delete CSS.highlights; Object.defineProperty(CSS, 'highlights', { value: undefined, configurable: true }); });
  const without = await page.evaluate(async () => {
    const m = await import('/quotelens.js');
    return [m.supportsHighlights(), (await m.attach('#a', { mode: 'auto' })).mode];
  });
  assert(without[1] === 'wrap', `auto without the API: ${without}`);
});

test('the package folder (npm / CDN) is complete and works on its own', async ({ page, base }) => {
  const dir = path.join(root, 'target/quotelens-widget');
  assert(fs.existsSync(dir), 'target/quotelens-widget is missing: run scripts/build-wasm.sh');
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  for (const f of pkg.files) assert(fs.existsSync(path.join(dir, f)), `package file ${f} is missing`);
  for (const [k, v] of Object.entries(pkg.exports)) {
    const targets = typeof v === 'string' ? [v] : Object.values(v);
    for (const t of targets) assert(fs.existsSync(path.join(dir, t)), `export ${k} -> ${t} is missing`);
  }
  await page.goto(`${base}/t/empty.html`);
  const r = await page.evaluate(async () => {
    const a = document.createElement('article');
    a.id = 'cdn';
    const p = document.createElement('p');
    p.textContent = '“We are ready,” said Anna Rossi.';
    a.append(p);
    document.body.append(a);
    const m = await import('/cdn/quotelens.js');
    const h = await m.attach(a);
    await import('/cdn/quote-lens-element.js');
    return { speaker: h.analysis.quotes[0]?.speakerName, element: !!customElements.get('quote-lens'), css: !!document.querySelector('link[href*="quotelens.css"]') };
  });
  assert(r.speaker === 'Anna Rossi' && r.element && r.css, `package: ${JSON.stringify(r)}`);
});

// ---- runner -----------------------------------------------------------------------------------------

async function main() {
  const filter = process.argv[2] || '';
  const { server, url: base } = await serve([
    { prefix: '/t/', dir: path.join(here, 'pages') },
    { prefix: '/csp/', dir: path.join(root, 'www'), csp: true },
    { prefix: '/cdn/', dir: path.join(root, 'target/quotelens-widget') },
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
