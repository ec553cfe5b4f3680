//! quotelens finds the quotations in a news article and works out who said each one.
//!
//! The analysis is a one-way pipeline, one module per stage, each owning the types it produces:
//!
//! ```text
//! text  →  quotes (marks → QuoteSpan)  →  cues (SpeechCue, reported clauses)  →  mentions
//!       →  attribution (named rules)   →  entities (clustered speakers)       →  Analysis
//! ```
//!
//! The core is plain Rust with no browser code in it; the `wasm` module (only on `wasm32`) converts
//! the results for JavaScript and touches the DOM.
//!
//! ```
//! let analysis = quotelens::analyze("“We are ready,” said Anna Rossi.", &quotelens::Options::default());
//! assert_eq!(analysis.quotes.len(), 1);
//! let speaker = analysis.quotes[0].speaker.unwrap();
//! assert_eq!(analysis.speakers[speaker].name, "Anna Rossi");
//! ```

pub mod analysis;
pub mod lang;
pub mod text;

mod attribution;
mod cues;
mod entities;
mod mentions;
mod quotes;
mod sort;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{Analysis, EntityKind, Mention, MentionKind, Quote, QuoteKind, Rule, Span, Speaker};

/// How to analyse a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// An ISO 639-1 code (`it`, `en`, `fr`, `es`, `de`, `pt`), or `None` / `"auto"` to detect it.
    /// An unknown code falls back to detection.
    pub lang: Option<String>,
    /// Whether to report indirect (reported) speech as well as quotations in marks.
    pub indirect: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { lang: None, indirect: true }
    }
}

/// Texts longer than this are analysed only up to here (on a char boundary): past a few megabytes a
/// page is not an article, and the widget must stay responsive.
pub const MAX_TEXT_BYTES: usize = 16 * 1024 * 1024;

/// Finds the quotes in `text` and who said each one.
///
/// Never panics and always returns: empty or quote-less text gives an empty [`Analysis`].
pub fn analyze(text: &str, opts: &Options) -> Analysis {
    let s = stages(text, opts);
    let attributed = attribution::attribute(&s.doc, s.language, &s.quotes, &s.cues, &s.mentions, opts.indirect);
    entities::build(&s.doc, s.language, attributed, s.mentions)
}

/// What the stages before attribution produce for one text: shared by [`analyze`] and the
/// developers' trace, so that the trace shows exactly what attribution receives.
struct Stages<'a> {
    language: &'static lang::Language,
    doc: text::Document<'a>,
    cues: Vec<cues::SpeechCue>,
    quotes: Vec<quotes::QuoteSpan>,
    mentions: Vec<mentions::Candidate>,
}

fn stages<'a>(text: &'a str, opts: &Options) -> Stages<'a> {
    let text = text::truncate_at_char_boundary(text, MAX_TEXT_BYTES);
    let language = match opts.lang.as_deref() {
        Some(code) if code != "auto" => lang::Language::get(code).unwrap_or_else(|| lang::detect(text)),
        _ => lang::detect(text),
    };
    let doc = text::Document::for_language(text, language);
    let cue_list = cues::find_cues(&doc, language);
    let spans = quotes::split_interrupted(&doc, quotes::find_quotes(&doc, language), &cue_list);
    let mention_list = mentions::find_mentions(&doc, language, &spans, &cue_list);
    Stages { language, doc, cues: cue_list, quotes: spans, mentions: mention_list }
}

/// The intermediate stages for one text, one line per speech cue and mention candidate, for
/// developers tracing why a quote got its speaker (`quotelens analyze --debug`). Not a stable format.
#[doc(hidden)]
#[cfg(not(target_arch = "wasm32"))]
pub fn debug_stages(text: &str, opts: &Options) -> String {
    use std::fmt::Write;
    let s = stages(text, opts);
    let text = s.doc.text;
    let mut out = String::new();
    for q in &s.quotes {
        let _ = writeln!(out, "quote   {:>6}  {}", q.span.start, text[q.span.start..q.span.end].chars().take(60).collect::<String>().replace('\n', " "));
    }
    for c in &s.cues {
        let _ = writeln!(out, "cue     {:>6}  {:?}{}{}  {}", c.span.start, c.form, if c.attitude { " attitude" } else { "" }, if c.infinitival { " infinitival" } else { "" }, &text[c.span.start..c.span.end]);
    }
    for m in &s.mentions {
        let role = m.role.map_or(String::new(), |r| format!("  role: {}", &text[r.start..r.end]));
        let flags = format!("{}{}{}", if m.organisation { " org" } else { "" }, if m.after_preposition { " after-prep" } else { "" }, if m.plural { " plural" } else { "" });
        let _ = writeln!(out, "mention {:>6}  {:?}{}  {}{}", m.span.start, m.kind, flags, &text[m.span.start..m.span.end], role);
    }
    out
}
