// quotelens: highlights the quotations in an article and who said each one.
//
//   import { attach } from './quotelens.js';
//   const handle = await attach('article', { mode: 'auto' });
//   handle.analysis.quotes;   // plain objects
//   handle.detach();          // the article's DOM is exactly as before
//
// The DOM walk, the analysis, the wrapping (and its exact undoing) and the Ranges of the highlight
// mode are Rust (src/wasm.rs, through web-sys). This shell decides what to mark, and draws the
// tooltip and the "who is quoted" summary. Article text only ever reaches the DOM as text.

import init, { Lens } from './pkg/quotelens.js';

export const version = '0.1.0';

let wasm = null;
/** Loads and instantiates the WebAssembly module (once). `attach` calls it; call it early to preload. */
export function ready(wasmUrl) {
  return (wasm ??= init(wasmUrl ? { module_or_path: wasmUrl } : undefined));
}

const PALETTE = 10;

const STRINGS = {
  en: { title: 'Who is quoted', quotes: (n) => (n === 1 ? '1 quote' : `${n} quotes`), all: 'Show everyone',
    highlights: 'Highlights', sure: 'sure', likely: 'likely', uncertain: 'uncertain', unknown: 'Unknown speaker',
    indirect: 'reported speech', direct: 'quotation', attribution: 'attribution', prev: 'Previous quote',
    next: 'Next quote', none: 'No quotes found.', only: (n) => `Show only quotes by ${n}`,
    pos: (i, n) => `${i} of ${n}`, said: 'said' },
  it: { title: 'Chi parla', quotes: (n) => (n === 1 ? '1 citazione' : `${n} citazioni`), all: 'Mostra tutti',
    highlights: 'Evidenziazioni', sure: 'sicura', likely: 'probabile', uncertain: 'incerta', unknown: 'Autore sconosciuto',
    indirect: 'discorso indiretto', direct: 'citazione', attribution: 'attribuzione', prev: 'Citazione precedente',
    next: 'Citazione successiva', none: 'Nessuna citazione trovata.', only: (n) => `Mostra solo le citazioni di ${n}`,
    pos: (i, n) => `${i} di ${n}`, said: 'ha detto' },
  fr: { title: 'Qui est cité', quotes: (n) => (n === 1 ? '1 citation' : `${n} citations`), all: 'Afficher tout le monde',
    highlights: 'Surlignage', sure: 'sûre', likely: 'probable', uncertain: 'incertaine', unknown: 'Locuteur inconnu',
    indirect: 'discours rapporté', direct: 'citation', attribution: 'attribution', prev: 'Citation précédente',
    next: 'Citation suivante', none: 'Aucune citation trouvée.', only: (n) => `Afficher seulement les citations de ${n}`,
    pos: (i, n) => `${i} sur ${n}`, said: 'a dit' },
  es: { title: 'Quién habla', quotes: (n) => (n === 1 ? '1 cita' : `${n} citas`), all: 'Mostrar a todos',
    highlights: 'Resaltado', sure: 'segura', likely: 'probable', uncertain: 'incierta', unknown: 'Autor desconocido',
    indirect: 'estilo indirecto', direct: 'cita', attribution: 'atribución', prev: 'Cita anterior',
    next: 'Cita siguiente', none: 'No se encontraron citas.', only: (n) => `Mostrar solo las citas de ${n}`,
    pos: (i, n) => `${i} de ${n}`, said: 'dijo' },
  de: { title: 'Wer zitiert wird', quotes: (n) => (n === 1 ? '1 Zitat' : `${n} Zitate`), all: 'Alle zeigen',
    highlights: 'Hervorhebungen', sure: 'sicher', likely: 'wahrscheinlich', uncertain: 'unsicher', unknown: 'Unbekannte Person',
    indirect: 'indirekte Rede', direct: 'Zitat', attribution: 'Zuordnung', prev: 'Vorheriges Zitat',
    next: 'Nächstes Zitat', none: 'Keine Zitate gefunden.', only: (n) => `Nur Zitate von ${n} zeigen`,
    pos: (i, n) => `${i} von ${n}`, said: 'sagte' },
  pt: { title: 'Quem é citado', quotes: (n) => (n === 1 ? '1 citação' : `${n} citações`), all: 'Mostrar todos',
    highlights: 'Destaques', sure: 'segura', likely: 'provável', uncertain: 'incerta', unknown: 'Autor desconhecido',
    indirect: 'discurso indireto', direct: 'citação', attribution: 'atribuição', prev: 'Citação anterior',
    next: 'Próxima citação', none: 'Nenhuma citação encontrada.', only: (n) => `Mostrar só as citações de ${n}`,
    pos: (i, n) => `${i} de ${n}`, said: 'disse' },
};

const DEFAULTS = {
  lang: 'auto', mode: 'wrap', tooltip: true, summary: true, minConfidence: 0, overrides: [],
  uiLang: null, css: true, debounce: 200,
};

let uid = 0;

/** Whether the CSS Custom Highlight API is available (what `mode: 'auto'` checks). */
export function supportsHighlights() {
  return typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';
}

/**
 * Finds the quotes in `target` (an element or a selector) and highlights them.
 * @returns {Promise<Handle>}
 */
export async function attach(target, options = {}) {
  const root = typeof target === 'string' ? document.querySelector(target) : target;
  if (!root || root.nodeType !== 1) throw new Error(`quotelens: no element for ${String(target)}`);
  await ready(options.wasm);
  return new Handle(root, options);
}

/** Confidence in words: the key of a localised string. */
export function confidenceWord(c) {
  return c >= 0.8 ? 'sure' : c >= 0.6 ? 'likely' : 'uncertain';
}

function initials(name) {
  const words = (name || '').split(/[\s\u00a0-]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length >= 2) return (words[0][0] + words[words.length - 1][0]).toUpperCase();
  const w = words[0] || name || '?';
  return w.slice(0, 2);
}

// quote text for matching overrides: marks, dashes and trailing punctuation off, spaces collapsed
const norm = (s) => String(s).replace(/\s+/g, ' ').replace(/^[\s"'“”„«»‘’‚‹›—–-]+|[\s"'“”„«»‘’‚‹›—–.,;:!?…-]+$/g, '');

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

function ensureCss(doc) {
  if (doc.querySelector('link[data-ql-css], link[href*="quotelens.css"]')) return;
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('./quotelens.css', import.meta.url).href;
  link.setAttribute('data-ql-css', '');
  doc.head.append(link);
}

// CSS.highlights is one registry per document: handles share one Highlight per name and add or
// remove only their own ranges.
const highlights = new Map();
function hl(name, priority = 0) {
  let h = highlights.get(name);
  if (!h) {
    h = new Highlight();
    h.priority = priority;
    highlights.set(name, h);
    CSS.highlights.set(name, h);
  }
  return h;
}

class Handle {
  constructor(root, options) {
    this.root = root;
    this.options = { ...DEFAULTS, ...options, show: { quotes: true, speakers: true, indirect: true, ...(options.show || {}) } };
    const mode = this.options.mode;
    this.mode = mode === 'auto' ? (supportsHighlights() ? 'highlight' : 'wrap') : mode === 'highlight' && supportsHighlights() ? 'highlight' : 'wrap';
    this.id = ++uid;
    this.filter = null; // speaker index shown alone
    this.on = true;
    this.cursor = -1; // keyboard position among the visible quotes
    this.active = null;
    this.pinned = false;
    this.listeners = [];
    this.registered = []; // [highlight, range] pairs (highlight mode)
    if (this.options.css) ensureCss(root.ownerDocument);
    const t0 = performance.now();
    this.lens = new Lens(root);
    this.analyse();
    this.buildUi();
    this.paint();
    this.timing = performance.now() - t0;
    if (this.mode === 'highlight') this.observe();
  }

  // ---- analysis -------------------------------------------------------------------------------

  analyse() {
    const o = this.options;
    const text = this.lens.text;
    const raw = this.lens.analyze(this.language(), o.show.indirect !== false);
    const speakers = raw.speakers.map((s, i) => ({
      index: i, name: s.name, kind: s.kind, roles: s.roles || [], mentions: s.mentions || [], quotes: 0, colour: null,
    }));
    const byName = new Map(speakers.map((s) => [s.name, s]));
    const overrides = (o.overrides || []).map((r) => ({ ...r, key: norm(r.quote || '') })).filter((r) => r.key);
    const quotes = [];
    for (const q of raw.quotes) {
      const quote = {
        index: 0, start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: q.kind,
        speaker: q.speaker ?? null, speakerName: q.speakerName ?? null, mention: q.mention ?? null,
        cue: q.cue || null, cueText: q.cue ? text.slice(q.cue[0], q.cue[1]) : null, rule: q.rule,
        confidence: q.confidence, shown: true,
      };
      const key = norm(quote.text);
      const ov = overrides.find((r) => r.key === key || ((/(…|\.\.\.)$/).test(r.quote.trim()) && key.startsWith(norm(r.quote.trim().replace(/(…|\.\.\.)$/, '')))));
      if (ov) {
        if (ov.remove) continue;
        if (ov.speaker) {
          let s = byName.get(ov.speaker);
          if (!s) {
            s = { index: speakers.length, name: ov.speaker, kind: 'person', roles: ov.roles || [], mentions: [], quotes: 0, colour: null };
            speakers.push(s);
            byName.set(s.name, s);
          }
          Object.assign(quote, { speaker: s.index, speakerName: s.name, mention: null, rule: 'override', confidence: 1 });
        }
      }
      const isDirect = quote.kind === 'direct';
      quote.shown = (isDirect ? o.show.quotes !== false : o.show.indirect !== false) && quote.confidence >= (o.minConfidence || 0);
      quotes.push(quote);
    }
    quotes.forEach((q, i) => { q.index = i; if (q.shown && q.speaker != null) speakers[q.speaker].quotes++; });
    // colours: most quoted first
    speakers.filter((s) => s.quotes > 0)
      .sort((a, b) => b.quotes - a.quotes || a.index - b.index)
      .forEach((s, i) => { s.colour = `ql-c${i % PALETTE}`; });
    const mentions = raw.mentions.map((m, i) => ({ index: i, start: m.start, end: m.end, kind: m.kind, speaker: m.speaker, text: text.slice(m.start, m.end) }));
    this.analysis = { lang: raw.lang, text, quotes, speakers, mentions };
    this.visible = quotes.filter((q) => q.shown);
    const ui = o.uiLang || (o.lang !== 'auto' && o.lang) || raw.lang || this.root.ownerDocument.documentElement.lang;
    this.t = STRINGS[String(ui).slice(0, 2)] || STRINGS.en;
  }

  /** The language to analyse in: the option, else the article's `lang` (nearest), else detected. */
  language() {
    const o = this.options.lang;
    if (o && o !== 'auto') return o === 'detect' ? undefined : o;
    const declared = (this.root.closest('[lang]')?.getAttribute('lang') || '').slice(0, 2).toLowerCase();
    return STRINGS[declared] ? declared : undefined;
  }

  colourOf(q) {
    return q.speaker != null ? this.analysis.speakers[q.speaker].colour || 'ql-cx' : 'ql-cx';
  }

  /** The marks to paint: visible quotes, and mentions of speakers who have one. Outer first. */
  marks() {
    const { speakers, mentions } = this.analysis;
    const out = [];
    for (const q of this.visible) out.push({ type: 'q', item: q, start: q.start, end: q.end });
    if (this.options.show.speakers !== false) {
      const attributing = new Set(this.visible.map((q) => q.mention).filter((m) => m != null));
      for (const m of mentions) {
        const s = speakers[m.speaker];
        if (!s || !s.colour) continue;
        if (m.kind === 'pronoun' && !attributing.has(m.index)) continue;
        out.push({ type: 'm', item: m, start: m.start, end: m.end });
      }
    }
    out.sort((a, b) => a.start - b.start || b.end - a.end || (a.type < b.type ? 1 : -1));
    return out;
  }

  // ---- painting -------------------------------------------------------------------------------

  paint() {
    if (this.mode === 'wrap') this.wrap();
    else this.register();
    this.renderSummary();
  }

  wrap() {
    const { speakers } = this.analysis;
    const marks = this.marks();
    const spec = marks.map((m) => {
      if (m.type === 'q') {
        const q = m.item;
        const cls = `ql-quote ${this.colourOf(q)}${q.kind !== 'direct' ? ' ql-indirect' : ''}`;
        return { start: m.start, end: m.end, class: cls,
          attrs: [['data-ql-speaker', q.speakerName || ''], ['data-ql-quote', String(q.index)]], first: [['tabindex', '0']] };
      }
      const s = speakers[m.item.speaker];
      return { start: m.start, end: m.end, class: `ql-speaker ${s.colour}`,
        attrs: [['data-ql-speaker', s.name], ['data-ql-mention', String(m.item.index)]] };
    });
    const pieces = this.lens.wrap(spec);
    this.quotePieces = new Map();
    this.speakerPieces = new Map();
    marks.forEach((m, i) => {
      if (m.type === 'q') this.quotePieces.set(m.item.index, pieces[i]);
      else {
        const list = this.speakerPieces.get(m.item.speaker) || [];
        list.push(...pieces[i]);
        this.speakerPieces.set(m.item.speaker, list);
      }
    });
    this.listen(this.root, 'mouseover', (e) => { const p = this.pieceOf(e.target); if (p && !this.pinned) this.show(+p.dataset.qlQuote, p, e); });
    this.listen(this.root, 'mouseout', (e) => {
      const p = this.pieceOf(e.target);
      if (p && !this.pinned && !(e.relatedTarget && this.pieceOf(e.relatedTarget)?.dataset.qlQuote === p.dataset.qlQuote)) this.hide();
    });
    this.listen(this.root, 'focusin', (e) => { const p = this.pieceOf(e.target); if (p) this.show(+p.dataset.qlQuote, p); });
    this.listen(this.root, 'focusout', (e) => { if (this.pieceOf(e.target)) { this.pinned = false; this.hide(); } });
    this.listen(this.root, 'click', (e) => {
      const p = this.pieceOf(e.target);
      if (!p) return;
      this.pinned = true;
      this.show(+p.dataset.qlQuote, p, e);
    });
    this.listenDocument();
  }

  pieceOf(node) {
    const p = node && node.nodeType === 1 ? node.closest('.ql-quote') : null;
    return p && this.root.contains(p) && this.on && !p.classList.contains('ql-off') ? p : null;
  }

  register() {
    const marks = this.marks();
    const spans = new Uint32Array(marks.length * 2);
    marks.forEach((m, i) => { spans[2 * i] = m.start; spans[2 * i + 1] = m.end; });
    const ranges = this.lens.ranges(spans);
    this.quoteRanges = new Map();
    this.speakerRanges = new Map();
    marks.forEach((m, i) => {
      const r = ranges[i];
      if (!r) return;
      if (m.type === 'q') this.quoteRanges.set(m.item.index, r);
      else {
        const list = this.speakerRanges.get(m.item.speaker) || [];
        list.push(r);
        this.speakerRanges.set(m.item.speaker, list);
      }
    });
    // text node -> offset, for the caret-from-point hit test
    const nodes = this.lens.nodes();
    const starts = this.lens.starts();
    this.nodeStart = new Map();
    nodes.forEach((n, i) => this.nodeStart.set(n, starts[i]));
    this.byStart = this.visible.filter((q) => this.quoteRanges.has(q.index));
    this.applyHighlights();
    if (!this.hitListening) {
      this.hitListening = true;
      let frame = 0;
      let last = null;
      this.listen(document, 'pointermove', (e) => {
        if (e.pointerType === 'touch') return;
        last = e;
        if (!frame) frame = requestAnimationFrame(() => { frame = 0; this.hover(last); });
      });
      this.listen(document, 'click', (e) => {
        if (!this.root.contains(e.target)) return;
        const q = this.hit(e.clientX, e.clientY);
        if (q) { this.pinned = true; this.show(q.index, null, e); }
      });
      this.listenDocument();
    }
  }

  /** (Re)registers this handle's ranges in the shared Highlights, honouring the switch and the filter. */
  applyHighlights() {
    this.unregister();
    if (!this.on) return;
    const add = (name, range, prio) => { const h = hl(name, prio); h.add(range); this.registered.push([h, range]); };
    for (const q of this.visible) {
      const r = this.quoteRanges.get(q.index);
      if (!r || !this.passes(q.speaker)) continue;
      add(q.kind === 'direct' ? this.colourOf(q) : `ql-i-${this.colourOf(q).slice(3)}`, r, 1);
    }
    for (const [s, list] of this.speakerRanges) {
      if (!this.passes(s)) continue;
      for (const r of list) add(`ql-m-${this.analysis.speakers[s].colour.slice(3)}`, r, 2);
    }
  }

  unregister() {
    for (const [h, r] of this.registered) h.delete(r);
    this.registered = [];
  }

  passes(speaker) {
    return this.filter == null || this.filter === speaker;
  }

  hit(x, y) {
    const doc = this.root.ownerDocument;
    let node, offset;
    if (doc.caretPositionFromPoint) {
      const p = doc.caretPositionFromPoint(x, y);
      if (p) ({ offsetNode: node, offset } = p);
    } else if (doc.caretRangeFromPoint) {
      const r = doc.caretRangeFromPoint(x, y);
      if (r) { node = r.startContainer; offset = r.startOffset; }
    }
    let base = node && this.nodeStart.get(node);
    if (base == null && this.dirty && node && this.root.contains(node)) {
      // the article changed and the debounced re-anchoring has not run yet: run it now
      this.refresh();
      base = this.nodeStart.get(node);
    }
    if (base == null) return null;
    const pos = base + offset;
    let best = null;
    for (const q of this.byStart) {
      if (q.start > pos) break;
      if (q.end >= pos && this.passes(q.speaker) && (!best || q.end - q.start < best.end - best.start)) {
        // the caret sits between characters: check the pointer is really over the quote's text
        const rects = this.quoteRanges.get(q.index).getClientRects();
        for (const r of rects) {
          if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) { best = q; break; }
        }
      }
    }
    return best;
  }

  hover(e) {
    this.lastPointer = e;
    if (this.pinned || !this.on) return;
    const q = this.hit(e.clientX, e.clientY);
    if (q) {
      if (!this.active || this.active.index !== q.index) this.show(q.index, null, e);
    } else if (this.active) this.hide();
  }

  // ---- tooltip ----------------------------------------------------------------------------------

  buildUi() {
    const doc = this.root.ownerDocument;
    const host = el('div', 'ql-ui');
    host.setAttribute('data-ql-ui', '');
    this.host = host;
    let container = host;
    if (this.mode === 'highlight') {
      container = host.attachShadow({ mode: 'open' });
      const link = doc.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL('./quotelens.css', import.meta.url).href;
      container.append(link);
    }
    this.container = container;
    const tip = el('div', 'ql-tooltip');
    tip.id = `ql-tip-${this.id}`;
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    this.tip = tip;
    this.live = el('p', 'ql-live');
    this.live.setAttribute('aria-live', 'polite');
    const panel = el('section', 'ql-summary');
    this.panel = panel;
    panel.hidden = this.options.summary === false;
    container.append(panel, tip, this.live);
    const where = this.options.summary;
    const target = typeof where === 'string' ? doc.querySelector(where) : where && where.nodeType === 1 ? where : null;
    if (target && !this.root.contains(target)) target.append(host);
    else this.root.after(host);
  }

  show(index, piece, event) {
    const q = this.analysis.quotes[index];
    if (!q) return;
    this.setActive(q);
    if (this.options.tooltip === false) return;
    const t = this.t;
    const tip = this.tip;
    const s = q.speaker != null ? this.analysis.speakers[q.speaker] : null;
    tip.replaceChildren();
    const head = el('div', 'ql-tip-head');
    const badge = el('span', `ql-badge ${this.colourOf(q)}`, s ? initials(s.name) : '?');
    badge.setAttribute('aria-hidden', 'true');
    head.append(badge, el('span', 'ql-tip-name', s ? s.name : t.unknown));
    tip.append(head);
    if (s && s.roles.length) tip.append(el('div', 'ql-tip-role', s.roles.join(', ')));
    const meta = el('div', 'ql-tip-meta');
    meta.append(el('span', 'ql-tip-kind', q.kind === 'direct' ? t.direct : t.indirect));
    if (q.cueText) meta.append(el('span', 'ql-tip-cue', `“${q.cueText}”`));
    tip.append(meta);
    if (s) {
      const word = confidenceWord(q.confidence);
      const conf = el('div', `ql-tip-conf ql-conf-${word}`);
      const dots = el('span', 'ql-dots');
      dots.setAttribute('aria-hidden', 'true');
      for (let i = 0; i < 3; i++) dots.append(el('span', i < { sure: 3, likely: 2, uncertain: 1 }[word] ? 'ql-dot ql-dot-on' : 'ql-dot'));
      conf.append(dots, el('span', null, `${t.attribution}: ${t[word]}`));
      tip.append(conf);
    }
    tip.hidden = false;
    this.anchorPiece = piece;
    if (piece) {
      this.described = piece;
      piece.setAttribute('aria-describedby', tip.id);
    }
    this.place(q, piece, event);
  }

  place(q, piece, event) {
    const tip = this.tip;
    let rects = piece ? [...piece.getClientRects()] : [...(this.quoteRanges?.get(q.index)?.getClientRects() || [])];
    let anchor = rects[0];
    if (event && event.clientX != null) {
      anchor = rects.find((r) => event.clientX >= r.left - 2 && event.clientX <= r.right + 2 && event.clientY >= r.top - 2 && event.clientY <= r.bottom + 2) || anchor;
    }
    if (!anchor) return;
    const vw = document.documentElement.clientWidth;
    const { width, height } = tip.getBoundingClientRect();
    const cx = event && event.clientX != null ? event.clientX : anchor.left + Math.min(anchor.width, 200) / 2;
    const left = Math.max(8, Math.min(vw - width - 8, cx - width / 2));
    const above = anchor.top - height - 10;
    const top = above >= 8 ? above : anchor.bottom + 10;
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
    tip.classList.toggle('ql-below', above < 8);
  }

  hide() {
    this.tip.hidden = true;
    if (this.described) { this.described.removeAttribute('aria-describedby'); this.described = null; }
    this.setActive(null);
    this.pinned = false;
  }

  setActive(q) {
    const prev = this.active;
    this.active = q;
    if (this.mode === 'wrap') {
      if (prev) {
        for (const p of this.quotePieces.get(prev.index) || []) p.classList.remove('ql-active');
        for (const p of this.speakerPieces.get(prev.speaker) || []) p.classList.remove('ql-lit');
      }
      if (q) {
        for (const p of this.quotePieces.get(q.index) || []) p.classList.add('ql-active');
        for (const p of this.speakerPieces.get(q.speaker) || []) p.classList.add('ql-lit');
      }
    } else {
      for (const [h, r] of this.activeRegistered || []) h.delete(r);
      this.activeRegistered = [];
      if (q) {
        const add = (name, r) => { if (r) { const h = hl(name, 3); h.add(r); this.activeRegistered.push([h, r]); } };
        add('ql-active', this.quoteRanges.get(q.index));
        for (const r of this.speakerRanges.get(q.speaker) || []) add('ql-lit', r);
      }
    }
  }

  listenDocument() {
    if (this.docListening) return;
    this.docListening = true;
    this.listen(document, 'keydown', (e) => { if (e.key === 'Escape' && this.active) this.hide(); });
    this.listen(document, 'pointerdown', (e) => {
      if (!this.pinned) return;
      if (this.mode === 'wrap' ? !this.pieceOf(e.target) : !this.root.contains(e.target)) this.hide();
    });
    // keep the tooltip on its quote while the page scrolls
    this.listen(window, 'scroll', () => { if (this.active && !this.tip.hidden) this.place(this.active, this.described || this.anchorPiece, null); }, { passive: true, capture: true });
  }

  listen(target, type, fn, opts) {
    target.addEventListener(type, fn, opts);
    this.listeners.push([target, type, fn, opts]);
  }

  // ---- summary ----------------------------------------------------------------------------------

  renderSummary() {
    const t = this.t;
    const panel = this.panel;
    const { speakers } = this.analysis;
    panel.replaceChildren();
    panel.setAttribute('aria-label', t.title);
    panel.lang = Object.keys(STRINGS).find((k) => STRINGS[k] === t);
    const head = el('div', 'ql-summary-head');
    head.append(el('h2', 'ql-summary-title', t.title));
    const sw = el('button', 'ql-switch');
    sw.type = 'button';
    sw.setAttribute('role', 'switch');
    sw.setAttribute('aria-checked', String(this.on));
    sw.append(el('span', 'ql-switch-track'), el('span', 'ql-switch-label', t.highlights));
    sw.addEventListener('click', () => this.setOn(!this.on));
    head.append(sw);
    panel.append(head);
    const list = el('ul', 'ql-summary-list');
    const quoted = speakers.filter((s) => s.quotes > 0).sort((a, b) => b.quotes - a.quotes || a.index - b.index);
    for (const s of quoted) {
      const li = el('li');
      const b = el('button', `ql-summary-item ${s.colour}`);
      b.type = 'button';
      b.setAttribute('aria-pressed', String(this.filter === s.index));
      b.title = t.only(s.name);
      const badge = el('span', `ql-badge ${s.colour}`, initials(s.name));
      badge.setAttribute('aria-hidden', 'true');
      const who = el('span', 'ql-summary-who');
      who.append(el('span', 'ql-summary-name', s.name));
      if (s.roles.length) who.append(el('span', 'ql-summary-role', s.roles[0]));
      b.append(badge, who, el('span', 'ql-count', t.quotes(s.quotes)));
      b.addEventListener('click', () => this.setFilter(this.filter === s.index ? null : s.index));
      li.append(b);
      list.append(li);
    }
    const unknown = this.visible.filter((q) => q.speaker == null).length;
    if (unknown) {
      const li = el('li', 'ql-summary-unknown');
      const badge = el('span', 'ql-badge ql-cx', '?');
      badge.setAttribute('aria-hidden', 'true');
      li.append(badge, el('span', 'ql-summary-name', t.unknown), el('span', 'ql-count', t.quotes(unknown)));
      list.append(li);
    }
    if (!quoted.length && !unknown) panel.append(el('p', 'ql-summary-empty', t.none));
    else panel.append(list);
    const nav = el('div', 'ql-summary-nav');
    const prev = el('button', 'ql-nav ql-prev', '‹');
    const next = el('button', 'ql-nav ql-next', '›');
    prev.type = next.type = 'button';
    prev.setAttribute('aria-label', t.prev);
    next.setAttribute('aria-label', t.next);
    prev.title = t.prev;
    next.title = t.next;
    this.navPos = el('span', 'ql-nav-pos');
    prev.addEventListener('click', () => this.step(-1));
    next.addEventListener('click', () => this.step(1));
    const all = el('button', 'ql-all', t.all);
    all.type = 'button';
    all.hidden = this.filter == null;
    all.addEventListener('click', () => this.setFilter(null));
    nav.append(prev, this.navPos, next, all);
    if (this.visible.length) panel.append(nav);
    this.updateNav();
  }

  navigable() {
    return this.visible.filter((q) => this.passes(q.speaker));
  }

  updateNav() {
    if (!this.navPos) return;
    const list = this.navigable();
    this.navPos.textContent = this.cursor >= 0 && this.cursor < list.length ? this.t.pos(this.cursor + 1, list.length) : this.t.quotes(list.length);
  }

  /** Moves the keyboard focus highlight to the next (+1) or previous (-1) visible quote. */
  step(dir) {
    const list = this.navigable();
    if (!list.length) return;
    this.cursor = this.cursor < 0 ? (dir > 0 ? 0 : list.length - 1) : (this.cursor + dir + list.length) % list.length;
    const q = list[this.cursor];
    this.updateNav();
    const s = q.speaker != null ? this.analysis.speakers[q.speaker] : null;
    this.live.textContent = `${this.t.pos(this.cursor + 1, list.length)}: ${q.text.slice(0, 140)} — ${s ? s.name : this.t.unknown}${q.cueText ? `, ${q.cueText}` : ''} (${this.t.attribution}: ${this.t[confidenceWord(q.confidence)]})`;
    if (this.mode === 'wrap') {
      const piece = (this.quotePieces.get(q.index) || [])[0];
      if (piece) {
        piece.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
        this.cursorActive = true;
        this.show(q.index, piece);
        this.pinned = true;
        setTimeout(() => { this.cursorActive = false; if (this.active === q) this.place(q, piece); }, 400);
      }
    } else {
      const r = this.quoteRanges.get(q.index);
      for (const [h, x] of this.focusRegistered || []) h.delete(x);
      this.focusRegistered = [];
      if (r) {
        const h = hl('ql-focus', 4);
        h.add(r);
        this.focusRegistered.push([h, r]);
        const box = r.startContainer.parentElement;
        box?.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
        this.cursorActive = true;
        this.pinned = true;
        this.show(q.index, null);
        setTimeout(() => { this.cursorActive = false; if (this.active === q) this.place(q, null); }, 400);
      }
    }
  }

  setFilter(speaker) {
    this.filter = speaker;
    this.cursor = -1;
    this.hide();
    if (this.mode === 'wrap') this.refreshWrapClasses();
    else this.applyHighlights();
    this.renderSummary();
  }

  setOn(on) {
    this.on = on;
    this.hide();
    if (this.mode === 'wrap') this.refreshWrapClasses();
    else this.applyHighlights();
    this.renderSummary();
  }

  refreshWrapClasses() {
    for (const [i, pieces] of this.quotePieces) {
      const off = !this.on || !this.passes(this.analysis.quotes[i].speaker);
      for (const p of pieces) {
        p.classList.toggle('ql-off', off);
        if (p.hasAttribute('tabindex')) p.tabIndex = off ? -1 : 0;
      }
    }
    for (const [s, pieces] of this.speakerPieces) {
      const off = !this.on || !this.passes(s);
      for (const p of pieces) p.classList.toggle('ql-off', off);
    }
  }

  // ---- re-anchoring (highlight mode) -------------------------------------------------------------

  observe() {
    let timer = 0;
    this.observer = new MutationObserver(() => {
      this.dirty = true;
      clearTimeout(timer);
      timer = setTimeout(() => this.refresh(), this.options.debounce);
    });
    this.observer.observe(this.root, { subtree: true, childList: true, characterData: true });
    this.cancelRefresh = () => clearTimeout(timer);
  }

  /** Re-reads the article, re-runs the analysis and re-anchors the highlights (highlight mode). */
  refresh() {
    if (this.mode !== 'highlight' || !this.lens) return;
    this.dirty = false;
    this.cancelRefresh?.();
    const filterName = this.filter != null ? this.analysis.speakers[this.filter].name : null;
    const activeIndex = this.active ? this.active.index : null;
    this.hide();
    for (const [h, x] of this.focusRegistered || []) h.delete(x);
    this.focusRegistered = [];
    this.lens.free();
    this.lens = new Lens(this.root);
    this.analyse();
    const f = filterName != null ? this.analysis.speakers.find((s) => s.name === filterName && s.quotes > 0) : null;
    this.filter = f ? f.index : null;
    this.cursor = -1;
    this.register();
    this.renderSummary();
    // the pointer may still be over a quote: show its (re-anchored) tooltip again
    if (activeIndex != null && this.lastPointer) {
      const q = this.hit(this.lastPointer.clientX, this.lastPointer.clientY);
      if (q) this.show(q.index, null, this.lastPointer);
    }
    this.root.dispatchEvent(new CustomEvent('quotelens:update', { detail: this.analysis }));
  }

  /** Removes everything quotelens added: the article's DOM is exactly as before `attach`. */
  detach() {
    if (!this.lens) return;
    this.observer?.disconnect();
    this.cancelRefresh?.();
    this.hide();
    for (const [target, type, fn, opts] of this.listeners) target.removeEventListener(type, fn, opts);
    this.listeners = [];
    this.unregister();
    for (const [h, r] of [...(this.activeRegistered || []), ...(this.focusRegistered || [])]) h.delete(r);
    this.lens.unwrap();
    this.lens.free();
    this.lens = null;
    this.host.remove();
  }
}

export { Handle };
