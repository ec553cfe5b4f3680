//! The word lists' source format and the compact form they are compiled into.
//!
//! This file is shared by the build script, which compiles each language's plain-text lists
//! (`verbs.txt`, `words.txt`, `roles.txt`, `orgs.txt`) into one sorted, front-coded table of words
//! with their class bits, and by the library, which decodes that table at start-up. The compact
//! form keeps the .wasm small: the tags, comments and repeated stems of the sources are gone.
#![allow(dead_code)]

use std::collections::BTreeMap;

/// Classes a word or phrase can belong to (a bit set: one form can be several things).
pub mod class {
    /// A finite speech verb: `says`, `ha` + `detto` is [`PARTICIPLE`], `disse`.
    pub const FINITE: u64 = 1 << 0;
    /// A past participle of a speech verb, used after an auxiliary (`detto`, `said`).
    pub const PARTICIPLE: u64 = 1 << 1;
    /// A gerund or present participle of a speech verb (`aggiungendo`, `adding`).
    pub const GERUND: u64 = 1 << 2;
    /// An infinitive of a speech verb (`dire`, `precisare`), after a modal (`ha voluto precisare`).
    pub const INFINITIVE: u64 = 1 << 3;
    /// An auxiliary or modal that can stand before a participle or infinitive.
    pub const AUX: u64 = 1 << 4;
    /// An adverb that can stand inside a verb group (`ha poi aggiunto`, `also said`).
    pub const ADVERB: u64 = 1 << 5;
    /// A complementiser introducing reported speech (`che`, `that`, `que`, `dass`).
    pub const COMPLEMENTISER: u64 = 1 << 6;
    /// A determiner or article.
    pub const DETERMINER: u64 = 1 << 7;
    /// A preposition.
    pub const PREPOSITION: u64 = 1 << 8;
    /// A personal subject pronoun (`he`, `lei`, `il`).
    pub const PRONOUN: u64 = 1 << 9;
    /// A name particle (`de`, `di`, `van`, `von`, `bin`).
    pub const PARTICLE: u64 = 1 << 10;
    /// A verbless attributor introducing its source (`secondo`, `according_to`, `laut`).
    pub const ATTRIBUTOR: u64 = 1 << 11;
    /// An attributor that follows its source (`zufolge`).
    pub const POST_ATTRIBUTOR: u64 = 1 << 12;
    /// A capitalised word that does not start a name (`The`, `Monday`, `Oggi`).
    pub const NOT_NAME: u64 = 1 << 13;
    /// A title that stands before a name (`Mr`, `Dr`, `Sig`, `presidente`).
    pub const TITLE: u64 = 1 << 14;
    /// A role noun (`spokesperson`, `portavoce`, `ministro`).
    pub const ROLE: u64 = 1 << 15;
    /// An organisation or a metonym (`Cremlino`, `White_House`, `police`).
    pub const ORGANISATION: u64 = 1 << 16;
    /// A word that starts an organisation name (`Ministry`, `Università`, `Banca`).
    pub const ORG_HEAD: u64 = 1 << 17;
    /// A speech verb whose complement is an infinitive clause (`chiedere di`, `urged … to`).
    pub const INFINITIVAL: u64 = 1 << 18;
    /// A verb that only reports speech with a `that`-clause, never introduces a direct quote alone
    /// (`believe`, `ritiene`): counted for indirect speech only.
    pub const ATTITUDE: u64 = 1 << 19;
    /// A noun that introduces words (`le parole`, `statement`, `dichiarazione`).
    pub const CUE_NOUN: u64 = 1 << 20;
    /// A reflexive or object clitic that can stand before a verb (`si`, `le`, `lo`, `ci`).
    pub const CLITIC: u64 = 1 << 21;
    /// A relative pronoun (`who`, `che`, `qui`, `der`).
    pub const RELATIVE: u64 = 1 << 22;
    /// A coordinating conjunction (`and`, `e`, `et`, `y`, `und`).
    pub const CONJUNCTION: u64 = 1 << 23;
    /// A word that stands after a speech verb before the addressee (`told reporters`): skip it.
    pub const ADDRESSEE: u64 = 1 << 24;
    /// A plural subject pronoun (`they`, `loro`): resolves to groups.
    pub const PLURAL: u64 = 1 << 25;
    /// A feminine pronoun (`she`, `lei`, `elle`).
    pub const FEMININE: u64 = 1 << 26;
    /// A word opening the sentence after a quote that attributes it (`Così`, `Ainsi`).
    pub const POST_QUOTE: u64 = 1 << 28;
    /// A preposition introducing an infinitival reported clause after a speech verb (`di`, `de`).
    pub const INF_COMPLEMENTISER: u64 = 1 << 29;
    /// A speech verb whose reported clause may come without a complementiser (`says there are`).
    pub const BARE_CLAUSE: u64 = 1 << 30;
    /// The word starts some multi-word entry: phrase matching is worth trying here.
    pub const PHRASE_START: u64 = 1 << 31;
    /// A neuter pronoun that can stand for an organisation (`it` in `it said`).
    pub const NEUTER: u64 = 1 << 32;
    /// A verb form of reported speech (German Konjunktiv I: `sei`, `habe`, `könne`): its sentence
    /// reports what someone said even without a speech verb.
    pub const SUBJUNCTIVE: u64 = 1 << 33;
    /// A pronoun suffix of an inverted verb (`-t-il` in `déclare-t-il`): a word ending in it takes
    /// the classes of the verb without it.
    pub const INVERSION_SUFFIX: u64 = 1 << 34;
    /// A masculine pronoun (`he`, `lui`, `il`).
    pub const MASCULINE: u64 = 1 << 27;
    /// A noun of time (`week`, `settimana`): `this week called` has no speaker in it.
    pub const TIME: u64 = 1 << 35;
    /// `as` introducing a cue clause (`come spiega X, …`, `as X said, …`): what follows the clause
    /// is reported.
    pub const AS_INTRO: u64 = 1 << 36;
    /// Words that, before a speech verb at a sentence's start, point back to the sentence before
    /// (`È quanto fanno sapere X`, with the clitic of `Lo ha detto X`).
    pub const ANAPHOR: u64 = 1 << 37;
    /// A verb by which media relay what someone else said (`Lo riporta la Tass`): not a speaker
    /// when the relayed sentence has its own speech verb.
    pub const RELAY: u64 = 1 << 38;
    /// A phrase opening a paragraph that links elsewhere (`READ MORE:`, `Leggi anche:`): the
    /// paragraph is navigation, not the article, and its quotes are not reported.
    pub const BOILERPLATE: u64 = 1 << 39;
    /// A subordinating conjunction that can open a fronted adverbial clause (`while`, `mentre`):
    /// `said while many refugees have …, others …`, `mentre l'Italia, spiega X, si curerà di …`.
    pub const SUBORDINATOR: u64 = 1 << 40;
    /// A speech verb whose addressee comes before its complement (`told the jury he …`, `urged
    /// people to …`): the words after it are skipped to find the reported clause.
    pub const ADDRESSEE_FIRST: u64 = 1 << 41;
    /// A negation (`not`, `won't`, `non`): a speech verb it negates reports nothing (`He won't say
    /// what the message is`).
    pub const NEGATION: u64 = 1 << 42;
    /// An indefinite article (`a`, `una`, `eine`): a quoted phrase after it is something someone
    /// called a thing (`une "amnésie fictive"`), not a name.
    pub const INDEFINITE: u64 = 1 << 43;
    /// An auxiliary of the passive (`was`, `been`): `when the tax was announced they …` has no
    /// reported clause, since what was announced is the verb's subject.
    pub const PASSIVE_AUX: u64 = 1 << 44;
    /// A particle of a two-word name particle (`van den Berg`, `von dem Bussche`): the first
    /// (`von`, `van`), or an article that is a name's particle only after one (`den`, `dem`);
    /// elsewhere such an article starts a noun phrase (`hatte Burt Rutan den Zeitplan
    /// geheimgehalten`, `so Corny Littmann zu den Beweggründen`).
    pub const PARTICLE_PAIR: u64 = 1 << 45;
    /// An auxiliary in the infinitive that opens a reported clause right after a speech verb, where
    /// the language needs no `de`/`di` before it (`a affirmé avoir tout oublié`, `afirmó haber
    /// visto`, `disse ter recebido`).
    pub const BARE_INFINITIVE: u64 = 1 << 46;
    /// A speech verb whose next noun phrase is its addressee, never its inverted subject (`told
    /// Smith: “…”`).
    pub const NEVER_INVERTED: u64 = 1 << 47;
    /// An object pronoun: an addressee skipped before the reported clause (`told him the …`).
    pub const OBJECT_PRONOUN: u64 = 1 << 48;
    /// A word that, right after a speech verb, opens no reported clause: an answer or greeting
    /// (`said no`, `said thanks`), a preposition or adverb of manner or time (`spoke about`, `said
    /// twice`).
    pub const NO_CLAUSE: u64 = 1 << 49;
    /// A quantifier that can be a clause's subject (`many`, `some`): `said while many refugees
    /// have …, others …`.
    pub const QUANTIFIER: u64 = 1 << 50;
    /// A subject without content (`there`, `it`, `it's`) that opens a clause: `said there are no
    /// warm places`.
    pub const EXPLETIVE: u64 = 1 << 51;
    /// A contraction that holds its subject (`it's`, `he's`): a finite verb wherever it stands.
    pub const SUBJECT_CONTRACTION: u64 = 1 << 52;
    /// A preposition or determiner that, before a capitalised word or a noun of time, makes a
    /// two-word adverbial between a speech verb and its clause (`said on Tuesday that`, `said last
    /// week the …`, `ha detto in Parlamento che`).
    pub const ADVERBIAL_INTRO: u64 = 1 << 53;
    /// A word that opens a clause after a speech verb's comma which is not reported content: a
    /// question word or subordinator (`erklären, was mich inspiriert`), a purpose `um`.
    pub const NOT_CONTENT: u64 = 1 << 54;
    /// A preposition that marks what a verb is about or its object (`reclamou de críticas que …`,
    /// `parlato di un piano che …`): the complementiser after its phrase is a relative pronoun.
    pub const TOPIC_PREPOSITION: u64 = 1 << 55;
    /// An auxiliary of the future or the conditional (`will`, `would`, `va`): a speech verb group
    /// holding one tells what someone is expected to say, not what was said (`the Greens will argue
    /// that …`), so it reports no indirect speech.
    pub const FUTURE_AUX: u64 = 1 << 56;
    /// A present or past form of `to be` (`is`, `was`, `è`, `est`): right after a short quote, the
    /// quote is the subject of a definition or a comment, a term mentioned, not speech (`A
    /// “flipper” is when …`, `“austerity” was among the words …`).
    pub const COPULA: u64 = 1 << 57;
    /// A word that gives a name or a meaning (`so-called`, `what they call`, `means`): the quote
    /// right after it is a name or a term, even inside a reported clause, where other short quotes
    /// are the speaker's own words (`they criticise … what they call “project panic”`).
    pub const NAMING: u64 = 1 << 58;
    /// A finite verb form without a regular ending (`fled`, `rose`, `went`, `knew`): evidence of a
    /// reported clause's own verb, where a bare clause needs one (`police said the suspect fled`).
    pub const IRREGULAR_VERB: u64 = 1 << 59;
    /// A preposition that, after the addressee of a verb of calling on someone, opens its infinitive
    /// (`appelait les habitants à rester`, `invita i cittadini a votare`).
    pub const ADDRESSEE_INF: u64 = 1 << 60;
    /// The preposition of a passive's agent (`by`, `por`): after a passive speech verb, or after the
    /// quote such a verb introduces, it names the speaker (`was described as “…” by the ministry`).
    pub const AGENT: u64 = 1 << 61;
    // (bits 62 and 63 are free)
}

fn tag_class(tag: &str) -> Option<u64> {
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
        "pron_n" => PRONOUN | NEUTER,
        "subj" => SUBJUNCTIVE,
        "inversion" => INVERSION_SUFFIX,
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
        "time" => TIME,
        "as_intro" => AS_INTRO,
        "anaphor" => ANAPHOR,
        "relay" => RELAY,
        "boilerplate" => BOILERPLATE,
        "subord" => SUBORDINATOR,
        "addressee_first" => ADDRESSEE_FIRST,
        "neg" => NEGATION,
        "indef" => INDEFINITE,
        "passive_aux" => PASSIVE_AUX,
        "particle_pair" => PARTICLE_PAIR,
        "never_inverted" => NEVER_INVERTED,
        "pron_obj" => OBJECT_PRONOUN,
        "no_clause" => NO_CLAUSE,
        "quant" => QUANTIFIER,
        "expletive" => EXPLETIVE,
        "subj_contraction" => SUBJECT_CONTRACTION,
        "adverbial_intro" => ADVERBIAL_INTRO,
        "not_content" => NOT_CONTENT,
        "topic_prep" => TOPIC_PREPOSITION,
        "future_aux" => FUTURE_AUX,
        "copula" => COPULA,
        "naming" => NAMING,
        "irregular_verb" => IRREGULAR_VERB,
        "addressee_inf" => ADDRESSEE_INF,
        "agent" => AGENT,
        "bare_inf" => BARE_INFINITIVE,
        _ => return None,
    })
}


fn strip_comment(line: &str) -> &str {
    line.split('#').next().unwrap_or("").trim()
}

/// Normalises an entry: lowercase, typographic apostrophes made straight, `_` and runs of white
/// space made single spaces.
pub fn normalise(entry: &str) -> String {
    entry.replace('_', " ").to_lowercase().replace('’', "'").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A language compiled from its source lists: every entry with its class bits, and options.
#[derive(Default)]
pub struct Compiled {
    pub entries: BTreeMap<String, u64>,
    /// Options named on `option` lines (`capitalised_nouns`, `attitude_not_speech`).
    pub options: std::collections::BTreeSet<String>,
}

/// Compiles one language's four source lists.
pub fn compile(verbs: &str, words: &str, roles: &str, orgs: &str) -> Compiled {
    let mut out = Compiled::default();
    let add = |entries: &mut BTreeMap<String, u64>, e: &str, bits: u64| {
        let key = normalise(e);
        if !key.is_empty() {
            *entries.entry(key).or_insert(0) |= bits;
        }
    };
    for file in [verbs, words] {
        for line in file.lines().map(strip_comment).filter(|l| !l.is_empty()) {
            let mut parts = line.split_whitespace();
            let tag = parts.next().unwrap_or("");
            if tag == "option" {
                out.options.extend(parts.map(str::to_string));
                continue;
            }
            let Some(bits) = tag_class(tag) else { continue };
            for entry in parts {
                add(&mut out.entries, entry, bits);
            }
        }
    }
    for (file, bits) in [(roles, class::ROLE), (orgs, class::ORGANISATION)] {
        for line in file.lines().map(strip_comment).filter(|l| !l.is_empty()) {
            let (entry, extra) = match line.strip_prefix("head ") {
                Some(rest) => (rest, class::ORG_HEAD),
                None => match line.strip_prefix("title ") {
                    Some(rest) => (rest, class::TITLE | class::ROLE),
                    None => (line, bits),
                },
            };
            add(&mut out.entries, entry, extra);
        }
    }
    out
}

/// The byte starting a front-coded entry that drops the whole previous entry: the entry follows in
/// full. A byte below it drops that many trailing bytes. (All are below `' '`, and no normalised
/// entry holds a byte below `' '`: they also mark where each entry ends.)
const DROP_ALL: usize = 31;

/// Encodes a compiled language as bytes:
///
/// * the options: a count byte, then each as a length byte and its text;
/// * the palette of distinct class sets (LEB128 numbers), the most used first; at most 256;
/// * the number of entries (LEB128), then one palette index byte per entry;
/// * the sorted entries, front-coded: a byte `n` < 32 telling how many trailing bytes of the
///   previous entry to drop ([`DROP_ALL`]: all of them), then the rest of the entry (bytes ≥ 32,
///   up to the next entry).
///
/// A class set stored once and referred to by one byte, instead of spelled out on every entry,
/// keeps the tables about 40% smaller in the .wasm. The front-coding byte counts what is dropped,
/// not what is kept: the forms of a word sorted together (`declara declaraba declaraban
/// declarado`) drop the same few bytes again and again, whatever the stem's length, which gzip
/// compresses better (about 1.4 KB less of the gzipped .wasm than the kept prefix's length). Small
/// palette indices for the most used sets help it a little more.
pub fn encode(c: &Compiled) -> Vec<u8> {
    let mut out = vec![c.options.len() as u8];
    for o in &c.options {
        out.push(o.len() as u8);
        out.extend_from_slice(o.as_bytes());
    }
    // (class set, entries having it), by first use, then the most used first (a stable sort)
    let mut palette: Vec<(u64, usize)> = Vec::new();
    for bits in c.entries.values() {
        match palette.iter_mut().find(|(p, _)| p == bits) {
            Some((_, n)) => *n += 1,
            None => palette.push((*bits, 1)),
        }
    }
    palette.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    assert!(palette.len() <= 256, "at most 256 distinct class sets per language");
    push_leb128(&mut out, palette.len() as u64);
    for (p, _) in &palette {
        push_leb128(&mut out, *p);
    }
    push_leb128(&mut out, c.entries.len() as u64);
    out.extend(c.entries.values().map(|bits| palette.iter().position(|(p, _)| p == bits).unwrap_or(0) as u8));
    let mut prev = "";
    for word in c.entries.keys() {
        assert!(word.bytes().all(|b| b >= b' '), "control character in entry {word:?}");
        let mut shared = shared_prefix(prev, word);
        while !word.is_char_boundary(shared) {
            shared -= 1;
        }
        let drop = prev.len() - shared;
        if drop < DROP_ALL {
            out.push(drop as u8);
            out.extend_from_slice(&word.as_bytes()[shared..]);
        } else {
            out.push(DROP_ALL as u8);
            out.extend_from_slice(word.as_bytes());
        }
        prev = word;
    }
    out
}

fn push_leb128(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let low = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

/// Reads a LEB128 number at `*pos`, advancing it (0 past the end).
fn read_leb128(blob: &[u8], pos: &mut usize) -> u64 {
    let mut v = 0u64;
    let mut shift = 0;
    while let Some(&b) = blob.get(*pos) {
        *pos += 1;
        if shift < 64 {
            v |= ((b & 0x7f) as u64) << shift;
        }
        shift += 7;
        if b & 0x80 == 0 {
            break;
        }
    }
    v
}

/// The number of leading bytes `a` and `b` share, on a char boundary of both.
fn shared_prefix(a: &str, b: &str) -> usize {
    let mut n = 0;
    for ((i, x), y) in a.char_indices().zip(b.chars()) {
        if x != y {
            break;
        }
        n = i + x.len_utf8();
    }
    n
}

/// The options [`encode`] wrote (they come first).
pub fn options(blob: &[u8]) -> Vec<&str> {
    let mut options = Vec::new();
    decode_options(blob, &mut options);
    options
}

/// Reads the options into `options`; returns the position after them.
fn decode_options<'b>(blob: &'b [u8], options: &mut Vec<&'b str>) -> usize {
    let mut pos = 1;
    for _ in 0..blob.first().map_or(0, |&n| n as usize) {
        let len = blob.get(pos).map_or(0, |&n| n as usize);
        let end = (pos + 1 + len).min(blob.len());
        options.push(std::str::from_utf8(&blob[(pos + 1).min(end)..end]).unwrap_or(""));
        pos = end;
    }
    pos
}

/// Decodes what [`encode`] wrote: calls `f(word, bits)` for every entry, in order; returns the
/// options.
pub fn decode(blob: &[u8], mut f: impl FnMut(&str, u64)) -> Vec<&str> {
    let mut options = Vec::new();
    let mut pos = decode_options(blob, &mut options);
    let n_palette = read_leb128(blob, &mut pos) as usize;
    let mut palette = Vec::with_capacity(n_palette.min(256));
    for _ in 0..n_palette {
        palette.push(read_leb128(blob, &mut pos));
    }
    let n = read_leb128(blob, &mut pos) as usize;
    let index_end = (pos + n).min(blob.len());
    let index = &blob[pos..index_end];
    let mut words = &blob[index_end..];
    let mut word: Vec<u8> = Vec::new();
    for &i in index {
        let Some((&drop, rest)) = words.split_first() else { break };
        let len = rest.iter().position(|&b| b < b' ').unwrap_or(rest.len());
        let keep = if drop as usize == DROP_ALL { 0 } else { word.len().saturating_sub(drop as usize) };
        word.truncate(keep);
        word.extend_from_slice(&rest[..len]);
        words = &rest[len..];
        if let Ok(w) = std::str::from_utf8(&word) {
            f(w, palette.get(i as usize).copied().unwrap_or(0));
        }
    }
    options
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_then_decode_gives_every_entry_back() {
        let c = compile(
            "fin dit dice déclare déclarèrent a_déclaré\nsubj sei\noption capitalised_nouns x",
            "det il la l' un_po'\npron_f elle\ninversion -t-elle",
            "porte-parole\ntitle M.\nministre de l'Intérieur de la République française et des Outre-mer\nministre",
            "head Banque\nCremlino",
        );
        let mut got = Vec::new();
        let blob = encode(&c);
        let options = decode(&blob, |w, b| got.push((w.to_string(), b)));
        assert_eq!(got, c.entries.iter().map(|(w, b)| (w.clone(), *b)).collect::<Vec<_>>());
        assert_eq!(options, c.options.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(super::options(&blob), options);
    }
}
