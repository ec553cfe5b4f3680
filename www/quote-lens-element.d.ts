import type { Handle } from './index.js';

/** `<quote-lens lang mode min-confidence summary tooltip speakers indirect ui-lang>`: attaches quotelens
 * to its own content; fires `quotelens:ready` (detail: the handle); removing the element detaches. */
export declare class QuoteLensElement extends HTMLElement {
  handle: Handle | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'quote-lens': QuoteLensElement;
  }
}
