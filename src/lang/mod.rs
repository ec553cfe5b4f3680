//! Language knowledge: speech verbs, function words, titles and roles, organisations, quote
//! conventions. Each language is a folder of plain-text word lists embedded at build time, so adding
//! a language is adding files (and one line in [`LANGUAGES`]), not code.
//!
//! File format: one entry a line, `#` starts a comment. In `verbs.txt` and `words.txt` every line is
//! `TAG entry entry …` (entries separated by spaces; `_` joins the words of a multi-word entry, as
//! in `according_to`). In `roles.txt` and `orgs.txt` every line is one entry (spaces allowed).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A small, fast hasher for the word lists (FxHash's multiply-rotate): the keys are short words and
/// lookups sit on the hot path, where SipHash's DoS resistance buys nothing.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let v = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(K);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map from words to `V` with the fast word hasher.
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;
/// A map from borrowed words to `V` with the fast word hasher.
pub type WordRefMap<'a, V> = HashMap<&'a str, V, BuildHasherDefault<WordHasher>>;
type WordSet = HashSet<String, BuildHasherDefault<WordHasher>>;

/// A set of borrowed words with the fast word hasher.
pub type WordRefSet<'a> = HashSet<&'a str, BuildHasherDefault<WordHasher>>;

/// Classes a word or phrase can belong to (a bit set: one form can be several things).
pub mod class {
    /// A finite speech verb: `says`, `ha` + `detto` is [`PARTICIPLE`], `disse`.
    pub const FINITE: u32 = 1 << 0;
    /// A past participle of a speech verb, used after an auxiliary (`detto`, `said`).
    pub const PARTICIPLE: u32 = 1 << 1;
    /// A gerund or present participle of a speech verb (`aggiungendo`, `adding`).
    pub const GERUND: u32 = 1 << 2;
    /// An infinitive of a speech verb (`dire`, `precisare`), after a modal (`ha voluto precisare`).
    pub const INFINITIVE: u32 = 1 << 3;
    /// An auxiliary or modal that can stand before a participle or infinitive.
    pub const AUX: u32 = 1 << 4;
    /// An adverb that can stand inside a verb group (`ha poi aggiunto`, `also said`).
    pub const ADVERB: u32 = 1 << 5;
    /// A complementiser introducing reported speech (`che`, `that`, `que`, `dass`).
    pub const COMPLEMENTISER: u32 = 1 << 6;
    /// A determiner or article.
    pub const DETERMINER: u32 = 1 << 7;
    /// A preposition.
    pub const PREPOSITION: u32 = 1 << 8;
    /// A personal subject pronoun (`he`, `lei`, `il`).
    pub const PRONOUN: u32 = 1 << 9;
    /// A name particle (`de`, `di`, `van`, `von`, `bin`).
    pub const PARTICLE: u32 = 1 << 10;
    /// A verbless attributor introducing its source (`secondo`, `according_to`, `laut`).
    pub const ATTRIBUTOR: u32 = 1 << 11;
    /// An attributor that follows its source (`zufolge`).
    pub const POST_ATTRIBUTOR: u32 = 1 << 12;
    /// A capitalised word that does not start a name (`The`, `Monday`, `Oggi`).
    pub const NOT_NAME: u32 = 1 << 13;
    /// A title that stands before a name (`Mr`, `Dr`, `Sig`, `presidente`).
    pub const TITLE: u32 = 1 << 14;
    /// A role noun (`spokesperson`, `portavoce`, `ministro`).
    pub const ROLE: u32 = 1 << 15;
    /// An organisation or a metonym (`Cremlino`, `White_House`, `police`).
    pub const ORGANISATION: u32 = 1 << 16;
    /// A word that starts an organisation name (`Ministry`, `Università`, `Banca`).
    pub const ORG_HEAD: u32 = 1 << 17;
    /// A speech verb whose complement is an infinitive clause (`chiedere di`, `urged … to`).
    pub const INFINITIVAL: u32 = 1 << 18;
    /// A verb that only reports speech with a `that`-clause, never introduces a direct quote alone
    /// (`believe`, `ritiene`): counted for indirect speech only.
    pub const ATTITUDE: u32 = 1 << 19;
    /// A noun that introduces words (`le parole`, `statement`, `dichiarazione`).
    pub const CUE_NOUN: u32 = 1 << 20;
    /// A reflexive or object clitic that can stand before a verb (`si`, `le`, `lo`, `ci`).
    pub const CLITIC: u32 = 1 << 21;
    /// A relative pronoun (`who`, `che`, `qui`, `der`).
    pub const RELATIVE: u32 = 1 << 22;
    /// A coordinating conjunction (`and`, `e`, `et`, `y`, `und`).
    pub const CONJUNCTION: u32 = 1 << 23;
    /// A word that stands after a speech verb before the addressee (`told reporters`): skip it.
    pub const ADDRESSEE: u32 = 1 << 24;
    /// A plural subject pronoun (`they`, `loro`): resolves to groups.
    pub const PLURAL: u32 = 1 << 25;
    /// A feminine pronoun (`she`, `lei`, `elle`).
    pub const FEMININE: u32 = 1 << 26;
    /// A word opening the sentence after a quote that attributes it (`Così`, `Ainsi`).
    pub const POST_QUOTE: u32 = 1 << 28;
    /// A preposition introducing an infinitival reported clause after a speech verb (`di`, `de`).
    pub const INF_COMPLEMENTISER: u32 = 1 << 29;
    /// A speech verb whose reported clause may come without a complementiser (`says there are`).
    pub const BARE_CLAUSE: u32 = 1 << 30;
    /// The word starts some multi-word entry: phrase matching is worth trying here.
    pub const PHRASE_START: u32 = 1 << 31;
    /// A masculine pronoun (`he`, `lui`, `il`).
    pub const MASCULINE: u32 = 1 << 27;
}

fn tag_class(tag: &str) -> Option<u32> {
    use class::*;
    Some(match tag {
        "fin" => FINITE,
        "part" => PARTICIPLE,
        "ger" => GERUND,
        "inf" => INFINITIVE,
        "aux" => AUX,
        "adv" => ADVERB,
        "comp" => COMPLEMENTISER,
        "det" => DETERMINER,
        "prep" => PREPOSITION,
        "pron" => PRONOUN,
        "pron_f" => PRONOUN | FEMININE,
        "pron_m" => PRONOUN | MASCULINE,
        "pron_pl" => PRONOUN | PLURAL,
        "particle" => PARTICLE,
        "attrib" => ATTRIBUTOR,
        "post_attrib" => POST_ATTRIBUTOR,
        "notname" => NOT_NAME,
        "title" => TITLE,
        "infinitival" => INFINITIVAL,
        "attitude" => ATTITUDE,
        "cue_noun" => CUE_NOUN,
        "clitic" => CLITIC,
        "rel" => RELATIVE,
        "conj" => CONJUNCTION,
        "addressee" => ADDRESSEE,
        "post_quote" => POST_QUOTE,
        "inf_comp" => INF_COMPLEMENTISER,
        "bare_clause" => BARE_CLAUSE,
        _ => return None,
    })
}

/// One language's word lists, parsed.
pub struct Language {
    /// ISO 639-1 code.
    pub code: &'static str,
    classes: WordMap<u32>,
    /// Every proper prefix of a multi-word entry (`according`, `casa`): phrase matching stops as
    /// soon as the words read so far start no entry.
    prefixes: WordSet,
    /// How many words the longest multi-word entry has.
    max_phrase: usize,
    /// Every noun is capitalised (German): a capitalised word is a name only with more evidence.
    /// Set by a line `option capitalised_nouns` in `words.txt`.
    pub capitalised_nouns: bool,
}

struct Source {
    code: &'static str,
    verbs: &'static str,
    words: &'static str,
    roles: &'static str,
    orgs: &'static str,
}

macro_rules! language {
    ($code:literal) => {
        Source {
            code: $code,
            verbs: include_str!(concat!($code, "/verbs.txt")),
            words: include_str!(concat!($code, "/words.txt")),
            roles: include_str!(concat!($code, "/roles.txt")),
            orgs: include_str!(concat!($code, "/orgs.txt")),
        }
    };
}

/// The languages quotelens knows, in the order detection prefers on a tie.
const LANGUAGES: &[Source] = &[language!("it"), language!("en"), language!("fr"), language!("es"), language!("de"), language!("pt")];

fn strip_comment(line: &str) -> &str {
    line.split('#').next().unwrap_or("").trim()
}

impl Language {
    fn parse(src: &Source) -> Language {
        let mut lang = Language { code: src.code, classes: WordMap::default(), prefixes: WordSet::default(), max_phrase: 1, capitalised_nouns: false };
        for file in [src.verbs, src.words] {
            for line in file.lines().map(strip_comment).filter(|l| !l.is_empty()) {
                let mut parts = line.split_whitespace();
                let tag = parts.next().unwrap_or("");
                if tag == "option" {
                    for opt in parts.by_ref() {
                        if opt == "capitalised_nouns" {
                            lang.capitalised_nouns = true;
                        }
                    }
                    continue;
                }
                let Some(bits) = tag_class(tag) else { continue };
                for entry in parts {
                    lang.add(&entry.replace('_', " "), bits);
                }
            }
        }
        for (file, bits) in [(src.roles, class::ROLE), (src.orgs, class::ORGANISATION)] {
            for line in file.lines().map(strip_comment).filter(|l| !l.is_empty()) {
                let (entry, extra) = match line.strip_prefix("head ") {
                    Some(rest) => (rest, class::ORG_HEAD),
                    None => match line.strip_prefix("title ") {
                        Some(rest) => (rest, class::TITLE | class::ROLE),
                        None => (line, bits),
                    },
                };
                lang.add(entry, extra);
            }
        }
        lang
    }

    fn add(&mut self, entry: &str, bits: u32) {
        let key = entry.to_lowercase().replace('’', "'");
        let words = key.split_whitespace().count();
        if words == 0 {
            return;
        }
        self.max_phrase = self.max_phrase.max(words);
        if words > 1 {
            let parts: Vec<&str> = key.split_whitespace().collect();
            for k in 1..parts.len() {
                self.prefixes.insert(parts[..k].join(" "));
            }
            *self.classes.entry(parts[0].to_string()).or_insert(0) |= class::PHRASE_START;
        }
        *self.classes.entry(key).or_insert(0) |= bits;
    }

    /// Whether some multi-word entry starts with the lowercased words `prefix` (space-joined).
    pub fn is_phrase_prefix(&self, prefix: &str) -> bool {
        self.prefixes.contains(prefix)
    }

    /// The classes of a lowercased word or space-joined phrase (0 when unknown).
    pub fn classes(&self, lower: &str) -> u32 {
        self.classes.get(lower).copied().unwrap_or(0)
    }

    /// Whether a lowercased word or phrase has any of the classes in `mask`.
    pub fn is(&self, lower: &str, mask: u32) -> bool {
        self.classes(lower) & mask != 0
    }

    /// The length of the longest multi-word entry.
    pub fn max_phrase(&self) -> usize {
        self.max_phrase
    }

    /// The language for an ISO 639-1 code, if quotelens knows it.
    pub fn get(code: &str) -> Option<&'static Language> {
        let code = code.trim().to_ascii_lowercase();
        let code = code.split(['-', '_']).next().unwrap_or("");
        all().iter().find(|l| l.code == code)
    }

    /// The codes of every language quotelens knows.
    pub fn codes() -> impl Iterator<Item = &'static str> {
        LANGUAGES.iter().map(|s| s.code)
    }
}

/// Whether `word` (as written) is a common given name, from `given_names.txt`: it tells where a
/// person's name starts in a run of capitalised words (`sindaco di Nizza Christian Estrosi`).
pub fn is_given_name(word: &str) -> bool {
    static NAMES: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    NAMES
        .get_or_init(|| include_str!("given_names.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect())
        .contains(word)
}

fn all() -> &'static [Language] {
    static ALL: OnceLock<Vec<Language>> = OnceLock::new();
    ALL.get_or_init(|| LANGUAGES.iter().map(Language::parse).collect())
}

/// Guesses the language of `text` from its function words (determiners, prepositions, pronouns,
/// complementisers) in the first 20 kB; English when nothing is known.
pub fn detect(text: &str) -> &'static Language {
    let sample = crate::text::truncate_at_char_boundary(text, 20_000);
    let langs = all();
    let mut scores = vec![0usize; langs.len()];
    let mask = class::DETERMINER | class::PREPOSITION | class::COMPLEMENTISER | class::CONJUNCTION | class::AUX;
    for word in sample.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty() && w.len() <= 8) {
        let lower = word.to_lowercase();
        for (i, l) in langs.iter().enumerate() {
            if l.is(&lower, mask) {
                scores[i] += 1;
            }
        }
    }
    let best = (0..langs.len()).max_by_key(|&i| (scores[i], usize::MAX - i)).unwrap_or(0);
    if scores[best] == 0 {
        return Language::get("en").expect("English is built in");
    }
    &langs[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_parses_with_speech_verbs() {
        for code in Language::codes() {
            let l = Language::get(code).unwrap();
            let verbs = l.classes.values().filter(|&&b| b & (class::FINITE | class::PARTICIPLE) != 0).count();
            assert!(verbs > 20, "{code}: only {verbs} speech verb forms");
        }
    }

    #[test]
    fn detects_each_language() {
        let samples = [
            ("it", "Il presidente ha detto che la situazione è difficile e che il governo non cederà."),
            ("en", "The president said that the situation is difficult and that the government will not give in."),
            ("fr", "Le président a dit que la situation est difficile et que le gouvernement ne cédera pas."),
            ("es", "El presidente dijo que la situación es difícil y que el gobierno no cederá en las negociaciones."),
            ("de", "Der Präsident sagte, dass die Lage schwierig ist und die Regierung nicht nachgeben wird."),
            ("pt", "O presidente disse que a situação é difícil e que o governo não vai ceder nas negociações."),
        ];
        for (code, text) in samples {
            assert_eq!(detect(text).code, code, "{text}");
        }
    }

    #[test]
    fn codes_are_normalised() {
        assert_eq!(Language::get("IT").unwrap().code, "it");
        assert_eq!(Language::get("en-GB").unwrap().code, "en");
        assert!(Language::get("xx").is_none());
    }
}
