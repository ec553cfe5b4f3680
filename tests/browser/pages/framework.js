// A framework-like renderer: owns #article, and on a timer throws its paragraphs away and renders
// fresh nodes (like a keyed list whose keys changed), sometimes with different text. Every node it
// creates or edits is recorded in fw.nodes, so a test can tell its mutations from anyone else's.
const article = document.getElementById('article');
const initial = [...article.querySelectorAll('p')].map((p) => p.textContent);
const variants = [
  initial,
  ['Aggiornamento delle 10:30: il testo è stato rivisto.', ...initial],
  initial.map((p, i) => (i === 1 ? p.replace('già in mattinata', 'già ieri sera') : p)),
];
const fw = (window.fw = { nodes: new WeakSet(), renders: 0, variant: 0, timer: 0 });

function h(tag, text) {
  const e = document.createElement(tag);
  const t = document.createTextNode(text);
  e.append(t);
  fw.nodes.add(e);
  fw.nodes.add(t);
  return e;
}

fw.render = (variant = (fw.variant + 1) % variants.length) => {
  fw.variant = variant;
  article.replaceChildren(...variants[variant].map((p) => h('p', p)));
  fw.renders++;
  document.getElementById('renders').textContent = String(fw.renders);
};

fw.start = (ms = 700, max = 1000) => {
  clearInterval(fw.timer);
  fw.timer = setInterval(() => {
    if (fw.renders >= max) clearInterval(fw.timer);
    else fw.render();
  }, ms);
};
fw.stop = () => clearInterval(fw.timer);

fw.render(0); // "hydration": the framework takes the server-rendered article over
const params = new URLSearchParams(location.search);
fw.start(+(params.get('every') || 700), +(params.get('max') || 1000));
if (params.get('attach') !== '0') {
  const { attach } = await import('/quotelens.js');
  window.quotelens = await attach(article, { mode: params.get('mode') || 'highlight', summary: '#summary' });
  document.documentElement.dataset.qlReady = window.quotelens.mode;
}
