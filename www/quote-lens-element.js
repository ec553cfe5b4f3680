// <quote-lens>: the custom element for CMS templates. One script tag defines it:
//
//   <script type="module" src="https://cdn.example/quotelens/0.1.0/quote-lens-element.js"></script>
//   <quote-lens lang="auto" mode="auto"> …the article's markup… </quote-lens>
//
// Attributes: lang (it|en|fr|es|de|pt|auto), mode (wrap|highlight|auto), min-confidence (0..1),
// summary="off", tooltip="off", speakers="off", indirect="off", ui-lang. The element fires
// `quotelens:ready` (detail: the handle) and exposes `.handle`; removing it detaches.

import { attach } from './quotelens.js';

const ATTRS = ['lang', 'mode', 'min-confidence', 'summary', 'tooltip', 'speakers', 'indirect', 'ui-lang'];

export class QuoteLensElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRS;
  }

  connectedCallback() {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.start(), { once: true });
    } else {
      queueMicrotask(() => this.start());
    }
  }

  disconnectedCallback() {
    this.stop();
  }

  attributeChangedCallback() {
    if (this.handle) {
      this.stop();
      this.start();
    }
  }

  options() {
    const off = (name) => (this.getAttribute(name) || '').toLowerCase() === 'off';
    const mc = parseFloat(this.getAttribute('min-confidence'));
    return {
      lang: this.getAttribute('lang') || 'auto',
      mode: this.getAttribute('mode') || 'wrap',
      minConfidence: Number.isFinite(mc) ? mc : 0,
      summary: !off('summary'),
      tooltip: !off('tooltip'),
      uiLang: this.getAttribute('ui-lang') || null,
      show: { speakers: !off('speakers'), indirect: !off('indirect') },
    };
  }

  async start() {
    if (!this.isConnected || this.handle || this.pending) return;
    this.pending = true;
    try {
      const handle = await attach(this, this.options());
      if (!this.isConnected) { handle.detach(); return; }
      this.handle = handle;
      this.dispatchEvent(new CustomEvent('quotelens:ready', { detail: handle, bubbles: true }));
    } finally {
      this.pending = false;
    }
  }

  stop() {
    this.handle?.detach();
    this.handle = null;
  }
}

if (!customElements.get('quote-lens')) customElements.define('quote-lens', QuoteLensElement);
