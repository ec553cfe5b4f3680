//! The public results of an analysis: plain data, serialisable with serde.
//!
//! Every span is a pair of **byte** offsets into the analysed text (Rust's native indexing). The faces
//! convert them at their boundary with [`crate::text::OffsetMap`]: code points for the CLI and the eval
//! format, UTF-16 units for the DOM.

use serde::Serialize;

/// A half-open byte range `[start, end)` into the analysed text, always on `char` boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// What kind of reported speech a [`Quote`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words in quotation marks (or after a dialogue dash), marks included.
    Direct,
    /// Reported content without marks: `Rubio ha detto che …`, `according to X, …`.
    Indirect,
    /// Reported content that contains a quoted fragment; the fragment is also a `Direct` quote.
    Mixed,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }
}

/// The attribution rule that decided a quote's speaker, so the output can say why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// `“…”, ha detto X` / `“…,” X said`: a cue right after the quote names the speaker.
    TrailingCue,
    /// `X said: “…”` / `X ha detto che “…”`: a cue right before the quote names the speaker.
    LeadingCue,
    /// `“A – ha detto X – B”`: the cue sits inside the quote.
    InnerCue,
    /// `X ha preso posizione: “…”`: a sentence ending in a colon introduces the quote.
    ColonIntroduction,
    /// The subject of a speech verb in the same sentence.
    SentenceSubject,
    /// `…, avvertendo: “…”`: a gerund or participle chain continues the main clause's subject.
    GerundChain,
    /// `was described as “…” by X`: the agent of a passive speech verb.
    PassiveAgent,
    /// `… secondo X` / `according to X` / `per X`: a verbless attributor.
    Attributor,
    /// `Salvini: “…”`: a headline or lead-in name followed by a colon.
    Headline,
    /// `“…”. Così X …` / `“…”. Lo ha affermato X`: the sentence after the quote names the speaker.
    FollowingSentence,
    /// A pronoun or a dropped subject resolved to the most salient earlier speaker.
    Anaphora,
    /// A quote paragraph continuing the speaker of the quote before it.
    Continuation,
    /// A quote printed twice (a headline repeating the body): the attributed copy's speaker.
    RepeatedQuote,
    /// No rule found a speaker.
    None,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::TrailingCue => "trailing_cue",
            Rule::LeadingCue => "leading_cue",
            Rule::InnerCue => "inner_cue",
            Rule::ColonIntroduction => "colon_introduction",
            Rule::SentenceSubject => "sentence_subject",
            Rule::GerundChain => "gerund_chain",
            Rule::PassiveAgent => "passive_agent",
            Rule::Attributor => "attributor",
            Rule::Headline => "headline",
            Rule::FollowingSentence => "following_sentence",
            Rule::Anaphora => "anaphora",
            Rule::Continuation => "continuation",
            Rule::RepeatedQuote => "repeated_quote",
            Rule::None => "none",
        }
    }
}

/// One quotation: its span, its kind, and who said it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// The quoted words (marks included for direct quotes), or the reported content for indirect ones.
    pub span: Span,
    pub kind: QuoteKind,
    /// Index into [`Analysis::speakers`].
    pub speaker: Option<usize>,
    /// Index into [`Analysis::mentions`]: the mention that attributes this quote.
    pub mention: Option<usize>,
    /// The speech verb with its auxiliaries (`ha voluto precisare`) or a verbless attributor (`secondo`).
    pub cue: Option<Span>,
    pub rule: Rule,
    /// How sure the attribution is, in `[0, 1]`.
    pub confidence: f32,
}

/// What kind of thing a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organisation,
    Unknown,
}

impl EntityKind {
    /// The name serde gives the kind (`person`, `organisation`, `unknown`).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Unknown => "unknown",
        }
    }
}

/// How a speaker is mentioned at one place in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// A proper name, possibly with a title or role before it (`il segretario di Stato Marco Rubio`).
    Name,
    /// A role or description without a name (`un portavoce`, `the minister`).
    Role,
    /// An organisation or a metonym (`il Cremlino`, `the White House`).
    Organisation,
    /// A personal pronoun (`he`, `lei`).
    Pronoun,
}

impl MentionKind {
    /// The name serde gives the kind (`name`, `role`, `organisation`, `pronoun`).
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Name => "name",
            MentionKind::Role => "role",
            MentionKind::Organisation => "organisation",
            MentionKind::Pronoun => "pronoun",
        }
    }
}

/// A place in the text that names or refers to a speaker.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    /// From the determiner and title to the end of the name.
    pub span: Span,
    /// The name itself inside `span` (without determiner, title or role).
    pub head: Span,
    pub kind: MentionKind,
    /// Index into [`Analysis::speakers`].
    pub speaker: usize,
}

/// One speaker: mentions of the same person or organisation, clustered.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Speaker {
    /// The fullest name the article uses (`Vladimir Putin` for `Putin`).
    pub name: String,
    pub kind: EntityKind,
    /// Roles and titles given in apposition (`segretario di Stato americano`).
    pub roles: Vec<String>,
    /// Indices into [`Analysis::mentions`], in text order.
    pub mentions: Vec<usize>,
    /// How many quotes are attributed to this speaker.
    pub quotes: usize,
}

/// The result of [`crate::analyze`].
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Analysis {
    /// The language used (ISO 639-1), given or detected.
    pub lang: String,
    /// Quotes in text order (by start, then longer first).
    pub quotes: Vec<Quote>,
    pub speakers: Vec<Speaker>,
    pub mentions: Vec<Mention>,
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The browser build writes kinds with `as_str`, the CLI with serde: the two must agree.
    #[test]
    fn as_str_is_the_serde_name() {
        let serde_name = |v: serde_json::Value| v.as_str().unwrap().to_string();
        for k in [QuoteKind::Direct, QuoteKind::Indirect, QuoteKind::Mixed] {
            assert_eq!(serde_name(serde_json::to_value(k).unwrap()), k.as_str());
        }
        for k in [EntityKind::Person, EntityKind::Organisation, EntityKind::Unknown] {
            assert_eq!(serde_name(serde_json::to_value(k).unwrap()), k.as_str());
        }
        for k in [MentionKind::Name, MentionKind::Role, MentionKind::Organisation, MentionKind::Pronoun] {
            assert_eq!(serde_name(serde_json::to_value(k).unwrap()), k.as_str());
        }
        for k in [Rule::TrailingCue, Rule::LeadingCue, Rule::InnerCue, Rule::ColonIntroduction, Rule::SentenceSubject, Rule::GerundChain, Rule::PassiveAgent, Rule::Attributor, Rule::Headline, Rule::FollowingSentence, Rule::Anaphora, Rule::Continuation, Rule::None] {
            assert_eq!(serde_name(serde_json::to_value(k).unwrap()), k.as_str());
        }
    }
}
