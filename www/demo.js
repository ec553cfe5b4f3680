// The demo page's script (an external module: the page works under a strict Content-Security-Policy).
import { attach } from './quotelens.js';

const params = new URLSearchParams(location.search);
const mode = params.get('mode') || 'wrap';
for (const a of document.querySelectorAll('[data-mode]')) {
  if (a.dataset.mode === mode) a.setAttribute('aria-current', 'true');
}
const handle = await attach('#article-body', { mode, summary: '#ql-summary' });
window.quotelens = handle;
document.documentElement.dataset.qlReady = handle.mode;
