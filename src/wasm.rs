//! The browser face, built only for `wasm32`.
//!
//! * [`analyze_js`] (`analyze(text, lang)` in JavaScript) runs the analysis on a string and converts its
//!   byte offsets into UTF-16 units (JavaScript string indices).
//! * [`Lens`] is the widget's engine: it walks an article's DOM, gathers the text the reader sees
//!   (block elements become paragraph breaks), keeps a map from that text back to (text node, UTF-16
//!   offset), runs the analysis, and then either wraps marked ranges in `<span>`s (`wrap`, undone
//!   exactly by `unwrap`) or builds DOM `Range`s for the CSS Custom Highlight API (`ranges`), which
//!   leaves the page untouched. The JavaScript shell (`www/quotelens.js`) only decides what to mark
//!   and draws the tooltip and summary.
//!
//! Article text only ever reaches the DOM through `createTextNode`: never as markup.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node, Range, Text};

use crate::text::{OffsetMap, Unit};
use crate::{analyze, Options};

/// A plain JavaScript object under construction (properties in insertion order).
struct JsObject(js_sys::Object);

impl JsObject {
    fn new() -> JsObject {
        JsObject(js_sys::Object::new())
    }
    fn set(&self, strs: &mut StaticStrs, key: &'static str, value: JsValue) {
        let _ = js_sys::Reflect::set(&self.0, &strs.get(key), &value);
    }
}

/// JavaScript strings for `&'static str`s (property names, kinds, rules), each made once per
/// analysis: every `JsValue::from_str` decodes UTF-8 in JavaScript, which for the same few dozen
/// names on every quote and mention added up.
#[derive(Default)]
struct StaticStrs(Vec<((usize, usize), JsValue)>);

impl StaticStrs {
    fn get(&mut self, s: &'static str) -> JsValue {
        // address and length: the linker may store `mention` inside `mentions`
        let key = (s.as_ptr() as usize, s.len());
        if let Some((_, v)) = self.0.iter().find(|(k, _)| *k == key) {
            return v.clone();
        }
        let v = JsValue::from_str(s);
        self.0.push((key, v.clone()));
        v
    }
}

fn number(n: usize) -> JsValue {
    JsValue::from_f64(n as f64)
}

/// A number, or `undefined` for `None`.
fn opt_number(n: Option<usize>) -> JsValue {
    n.map_or(JsValue::UNDEFINED, number)
}

fn array(items: impl Iterator<Item = JsValue>) -> JsValue {
    let a = js_sys::Array::new();
    for v in items {
        a.push(&v);
    }
    a.into()
}

/// Runs the analysis and returns `{lang, quotes, speakers, mentions}` with every span in UTF-16 units
/// of `text`: quotes `{start, end, kind, speaker, speakerName, mention, cue: [start, end], rule,
/// confidence}`, speakers `{name, kind, roles, mentions, quotes}`, mentions `{start, end, kind,
/// speaker}`; absent values are `undefined`.
#[inline(never)]
fn analyze_utf16(text: &str, opts: &Options) -> JsValue {
    let a = analyze(text, opts);
    let mut offsets: Vec<usize> = Vec::with_capacity(a.quotes.len() * 4 + a.mentions.len() * 2);
    for q in &a.quotes {
        offsets.extend([q.span.start, q.span.end]);
        let c = q.cue.unwrap_or_default();
        offsets.extend([c.start, c.end]);
    }
    for m in &a.mentions {
        offsets.extend([m.span.start, m.span.end]);
    }
    OffsetMap::new(text).convert(&mut offsets, Unit::Utf16);
    let mut it = offsets.into_iter();
    let mut next = move || it.next().unwrap_or(0);
    let strs = &mut StaticStrs::default();
    let quotes = array(a.quotes.iter().map(|q| {
        let (start, end, cs, ce) = (next(), next(), next(), next());
        let o = JsObject::new();
        o.set(strs, "start", number(start));
        o.set(strs, "end", number(end));
        let kind = strs.get(q.kind.as_str());
        o.set(strs, "kind", kind);
        o.set(strs, "speaker", opt_number(q.speaker));
        o.set(strs, "speakerName", q.speaker.map_or(JsValue::UNDEFINED, |s| JsValue::from_str(&a.speakers[s].name)));
        o.set(strs, "mention", opt_number(q.mention));
        o.set(strs, "cue", if q.cue.is_some() { array([number(cs), number(ce)].into_iter()) } else { JsValue::UNDEFINED });
        let rule = strs.get(q.rule.as_str());
        o.set(strs, "rule", rule);
        o.set(strs, "confidence", JsValue::from_f64(q.confidence as f64));
        o.0.into()
    }));
    let speakers = array(a.speakers.iter().map(|s| {
        let o = JsObject::new();
        o.set(strs, "name", JsValue::from_str(&s.name));
        let kind = strs.get(s.kind.as_str());
        o.set(strs, "kind", kind);
        o.set(strs, "roles", array(s.roles.iter().map(|r| JsValue::from_str(r))));
        o.set(strs, "mentions", array(s.mentions.iter().map(|&m| number(m))));
        o.set(strs, "quotes", number(s.quotes));
        o.0.into()
    }));
    let mentions = array(a.mentions.iter().map(|m| {
        let o = JsObject::new();
        o.set(strs, "start", number(next()));
        o.set(strs, "end", number(next()));
        let kind = strs.get(m.kind.as_str());
        o.set(strs, "kind", kind);
        o.set(strs, "speaker", number(m.speaker));
        o.0.into()
    }));
    let o = JsObject::new();
    o.set(strs, "lang", JsValue::from_str(&a.lang));
    o.set(strs, "quotes", quotes);
    o.set(strs, "speakers", speakers);
    o.set(strs, "mentions", mentions);
    o.0.into()
}

/// Analyses `text` and returns `{lang, quotes, speakers, mentions}` with offsets in UTF-16 units.
#[wasm_bindgen(js_name = analyze)]
pub fn analyze_js(text: &str, lang: Option<String>) -> JsValue {
    analyze_utf16(text, &Options { lang, ..Options::default() })
}

/// Elements whose text is not article prose: never read, never touched.
const SKIP: &[&str] = &[
    "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "CODE", "PRE", "KBD", "SAMP", "VAR", "TEXTAREA", "INPUT", "SELECT",
    "OPTION", "BUTTON", "SVG", "MATH", "IFRAME", "OBJECT", "EMBED", "CANVAS", "VIDEO", "AUDIO", "HEAD", "TITLE",
];

/// Elements that start and end a paragraph of the analysed text.
const BLOCK: &[&str] = &[
    "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIALOG", "DIV", "DL", "DT", "FIELDSET",
    "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HGROUP", "HR", "LI",
    "MAIN", "NAV", "OL", "P", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL",
];

fn upper_tag(el: &Element) -> String {
    el.tag_name().to_ascii_uppercase()
}

fn is_block(el: &Element) -> bool {
    BLOCK.contains(&upper_tag(el).as_str())
}

fn skipped(el: &Element, tag: &str) -> bool {
    if SKIP.contains(&tag) || el.has_attribute("hidden") || el.has_attribute("data-ql-skip") {
        return true;
    }
    if let Some(v) = el.get_attribute("contenteditable") {
        if !v.eq_ignore_ascii_case("false") {
            return true;
        }
    }
    el.class_list().contains("ql-ui")
}

/// One mark to wrap: a range of the gathered text (UTF-16 units), the class and attributes of each
/// of its pieces, and attributes only its first piece gets (`tabindex`).
struct Mark {
    start: u32,
    end: u32,
    class: String,
    attrs: Vec<(String, String)>,
    first: Vec<(String, String)>,
}

fn get(o: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(o, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// `[[name, value], …]` (missing or malformed entries are skipped).
fn pairs(v: JsValue) -> Vec<(String, String)> {
    let Some(a) = v.dyn_ref::<js_sys::Array>() else { return Vec::new() };
    a.iter()
        .filter_map(|p| {
            let p = p.dyn_into::<js_sys::Array>().ok()?;
            Some((p.get(0).as_string()?, p.get(1).as_string().unwrap_or_default()))
        })
        .collect()
}

impl Mark {
    fn from_js(o: &JsValue) -> Mark {
        let num = |k: &str| get(o, k).as_f64().unwrap_or(0.0).max(0.0) as u32;
        Mark {
            start: num("start"),
            end: num("end"),
            class: get(o, "class").as_string().unwrap_or_default(),
            attrs: pairs(get(o, "attrs")),
            first: pairs(get(o, "first")),
        }
    }
}

/// The widget's engine for one article root. See the module documentation.
#[wasm_bindgen]
pub struct Lens {
    root: Element,
    doc: Document,
    /// The gathered text (block boundaries as `\n`, other whitespace as spaces).
    text: String,
    /// The text nodes, in document order, with the UTF-16 offset each starts at in `text`.
    nodes: Vec<Text>,
    starts: Vec<u32>,
    lens: Vec<u32>,
    total: u32,
    /// Each wrapped text node, detached, with the nodes that replaced it.
    wrapped: Vec<(Text, Vec<Node>)>,
}

struct Gatherer {
    text: String,
    total: u32,
    nodes: Vec<Text>,
    starts: Vec<u32>,
    lens: Vec<u32>,
    /// Byte position of the space a lone `<br>` left, while only whitespace followed it.
    last_br: Option<usize>,
}

impl Gatherer {
    fn push_sep(&mut self, c: char) {
        self.text.push(c);
        self.total += 1;
    }
    fn paragraph_break(&mut self) {
        self.last_br = None;
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.push_sep('\n');
        }
    }
    /// A `<br>` is a soft line break inside a paragraph (quotes often run across it); two in a row
    /// separate paragraphs.
    fn line_break(&mut self) {
        match self.last_br.take() {
            Some(pos) => self.text.replace_range(pos..pos + 1, "\n"),
            None if self.text.ends_with('\n') || self.text.is_empty() => {}
            None => {
                self.last_br = Some(self.text.len());
                self.push_sep(' ');
            }
        }
    }
    fn text_node(&mut self, t: Text) {
        let data = t.data();
        if data.is_empty() {
            return;
        }
        let mut units = 0u32;
        let mut blank = true;
        self.text.reserve(data.len());
        for c in data.chars() {
            units += c.len_utf16() as u32;
            if c.is_whitespace() {
                // same UTF-16 length: offsets stay aligned with the node's
                self.text.push(if c.len_utf16() == 1 { ' ' } else { c });
            } else {
                blank = false;
                self.text.push(c);
            }
        }
        if !blank {
            self.last_br = None;
        }
        self.nodes.push(t);
        self.starts.push(self.total);
        self.lens.push(units);
        self.total += units;
    }
}

#[wasm_bindgen]
impl Lens {
    /// Walks `root` and gathers its text.
    #[wasm_bindgen(constructor)]
    pub fn new(root: &Element) -> Lens {
        let doc = root.owner_document().unwrap_or_else(|| web_sys::window().and_then(|w| w.document()).expect("document"));
        let mut g = Gatherer { text: String::new(), total: 0, nodes: Vec::new(), starts: Vec::new(), lens: Vec::new(), last_br: None };
        let root_node: &Node = root.as_ref();
        let mut cur = root_node.first_child();
        while let Some(n) = cur {
            let mut descend = false;
            match n.node_type() {
                Node::TEXT_NODE => g.text_node(n.clone().unchecked_into::<Text>()),
                Node::ELEMENT_NODE => {
                    let el: &Element = n.unchecked_ref();
                    let tag = upper_tag(el);
                    if tag == "BR" {
                        g.line_break();
                    } else if !skipped(el, &tag) {
                        let block = BLOCK.contains(&tag.as_str());
                        if block {
                            g.paragraph_break();
                        }
                        if n.has_child_nodes() {
                            descend = true;
                        } else if block {
                            g.paragraph_break();
                        }
                    }
                }
                _ => {}
            }
            if descend {
                cur = n.first_child();
                continue;
            }
            let mut m = n;
            cur = loop {
                if let Some(s) = m.next_sibling() {
                    break Some(s);
                }
                match m.parent_node() {
                    Some(p) if !p.is_same_node(Some(root_node)) => {
                        if p.node_type() == Node::ELEMENT_NODE && is_block(p.unchecked_ref()) {
                            g.paragraph_break();
                        }
                        m = p;
                    }
                    _ => break None,
                }
            };
        }
        Lens {
            root: root.clone(),
            doc,
            text: g.text,
            nodes: g.nodes,
            starts: g.starts,
            lens: g.lens,
            total: g.total,
            wrapped: Vec::new(),
        }
    }

    /// The gathered text: what the analysis reads. Offsets everywhere are UTF-16 units into it.
    #[wasm_bindgen(getter)]
    pub fn text(&self) -> String {
        self.text.clone()
    }

    /// The article root this lens was built on.
    #[wasm_bindgen(getter)]
    pub fn root(&self) -> Element {
        self.root.clone()
    }

    /// The text nodes the text was gathered from, in order (for mapping a caret position back).
    pub fn nodes(&self) -> js_sys::Array {
        self.nodes.iter().collect()
    }

    /// The UTF-16 offset in `text` where each of `nodes()` starts.
    pub fn starts(&self) -> Vec<u32> {
        self.starts.clone()
    }

    /// Analyses the gathered text: `{lang, quotes, speakers, mentions}`, offsets in UTF-16 units.
    pub fn analyze(&self, lang: Option<String>, indirect: bool) -> JsValue {
        let lang = lang.filter(|l| !l.is_empty() && l != "auto");
        analyze_utf16(&self.text, &Options { lang, indirect })
    }

    /// Index of the first node that ends after `pos`.
    fn node_at(&self, pos: u32) -> usize {
        // last node starting at or before pos
        let i = self.starts.partition_point(|&s| s <= pos);
        if i == 0 {
            return 0;
        }
        let i = i - 1;
        if pos < self.starts[i] + self.lens[i] {
            i
        } else {
            i + 1
        }
    }

    /// DOM `Range`s for the spans `[s0, e0, s1, e1, …]` (UTF-16 units of `text`): one per span,
    /// `undefined` where a span covers no text node. Reads the DOM, never changes it.
    pub fn ranges(&self, spans: &[u32]) -> js_sys::Array {
        let out = js_sys::Array::new();
        for pair in spans.chunks_exact(2) {
            out.push(&self.range(pair[0], pair[1]).map(JsValue::from).unwrap_or(JsValue::UNDEFINED));
        }
        out
    }

    fn range(&self, start: u32, end: u32) -> Option<Range> {
        if start >= end || self.nodes.is_empty() {
            return None;
        }
        let i = self.node_at(start);
        if i >= self.nodes.len() || self.starts[i] >= end {
            return None;
        }
        // the last node starting before `end`
        let j = self.starts.partition_point(|&s| s < end) - 1;
        let so = start.saturating_sub(self.starts[i]);
        let eo = (end - self.starts[j]).min(self.lens[j]);
        let r = self.doc.create_range().ok()?;
        r.set_start(&self.nodes[i], so).ok()?;
        r.set_end(&self.nodes[j], eo).ok()?;
        Some(r)
    }

    /// Wraps each mark `{start, end, class, attrs: [[k, v]], first: [[k, v]]}` in `<span>` pieces (one
    /// per text node it touches). Marks must come outer first (by start, then longer first): where
    /// they overlap, earlier marks are the outer elements. Returns, per mark, the array of its pieces.
    /// Article text is moved into new text nodes, never parsed.
    pub fn wrap(&mut self, marks: &js_sys::Array) -> Result<js_sys::Array, JsValue> {
        let marks: Vec<Mark> = marks.iter().map(|m| Mark::from_js(&m)).collect();
        // per text node, the (local start, local end, mark) cuts, in mark order (outer first)
        let mut cuts: Vec<Vec<(u32, u32, usize)>> = Vec::new();
        cuts.resize_with(self.nodes.len(), Vec::new);
        for (mi, m) in marks.iter().enumerate() {
            let end = m.end.min(self.total);
            if m.start >= end {
                continue;
            }
            let mut n = self.node_at(m.start);
            while n < self.nodes.len() && self.starts[n] < end {
                let (ns, nl) = (self.starts[n], self.lens[n]);
                let ls = m.start.saturating_sub(ns);
                let le = (end - ns).min(nl);
                if ls < le {
                    cuts[n].push((ls, le, mi));
                }
                n += 1;
            }
        }
        let mut pieces: Vec<js_sys::Array> = (0..marks.len()).map(|_| js_sys::Array::new()).collect();
        for (n, c) in cuts.iter().enumerate() {
            if !c.is_empty() {
                self.wrap_node(n, c, &marks, &mut pieces)?;
            }
        }
        Ok(pieces.into_iter().collect())
    }

    fn wrap_node(&mut self, n: usize, cuts: &[(u32, u32, usize)], marks: &[Mark], pieces: &mut [js_sys::Array]) -> Result<(), JsValue> {
        let node = self.nodes[n].clone();
        let Some(parent) = node.parent_node() else { return Ok(()) };
        let units: Vec<u16> = node.data().encode_utf16().collect();
        let len = units.len() as u32;
        let mut bounds: Vec<u32> = vec![0, len];
        for c in cuts {
            bounds.push(c.0.min(len));
            bounds.push(c.1.min(len));
        }
        crate::sort::sort_by_key(&mut bounds, |&b| b);
        bounds.dedup();
        let mut top: Vec<Node> = Vec::new();
        let mut stack: Vec<(usize, Element)> = Vec::new();
        for w in bounds.windows(2) {
            let (a, b) = (w[0], w[1]);
            // cuts are in mark order: covering marks come out outer first
            let cover: Vec<usize> = cuts.iter().filter(|c| c.0 <= a && c.1 >= b).map(|c| c.2).collect();
            let common = stack.iter().zip(&cover).take_while(|(s, &m)| s.0 == m).count();
            stack.truncate(common);
            for &m in &cover[common..] {
                let el = self.doc.create_element("span")?;
                el.set_class_name(&marks[m].class);
                for (k, v) in &marks[m].attrs {
                    el.set_attribute(k, v)?;
                }
                if pieces[m].length() == 0 {
                    for (k, v) in &marks[m].first {
                        el.set_attribute(k, v)?;
                    }
                }
                pieces[m].push(&el);
                match stack.last() {
                    Some((_, p)) => {
                        p.append_child(&el)?;
                    }
                    None => top.push(el.clone().into()),
                }
                stack.push((m, el));
            }
            let t: Node = self.doc.create_text_node(&String::from_utf16_lossy(&units[a as usize..b as usize])).into();
            match stack.last() {
                Some((_, p)) => {
                    p.append_child(&t)?;
                }
                None => top.push(t),
            }
        }
        for t in &top {
            parent.insert_before(t, Some(&node))?;
        }
        parent.remove_child(&node)?;
        self.wrapped.push((node, top));
        Ok(())
    }

    /// Puts every wrapped text node back where it was and removes the pieces: the article's DOM is
    /// as before `wrap` (the same text node objects, with their original text).
    pub fn unwrap(&mut self) {
        for (orig, inserted) in self.wrapped.drain(..).rev() {
            let Some(first) = inserted.first() else { continue };
            let Some(parent) = first.parent_node() else { continue };
            let _ = parent.insert_before(&orig, Some(first));
            for n in &inserted {
                if let Some(p) = n.parent_node() {
                    let _ = p.remove_child(n);
                }
            }
        }
    }

    /// Whether `wrap` has changed the DOM (and `unwrap` has not yet undone it).
    #[wasm_bindgen(getter)]
    pub fn wrapped(&self) -> bool {
        !self.wrapped.is_empty()
    }
}
