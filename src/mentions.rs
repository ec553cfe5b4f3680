//! Candidate speaker mentions: proper names (with particles, titles and roles in apposition),
//! organisations and metonyms, role-only mentions and pronouns. Words inside quotes are never
//! mentions: a speaker is named by the journalist, not by the quote.


use crate::analysis::{MentionKind, Span};
use crate::lang::{class, Language, WordRefSet};
use crate::quotes::QuoteSpan;
use crate::text::{Document, TokenKind};

/// A mention found in the text, before clustering into speakers.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// From the determiner and title to the end of the name.
    pub span: Span,
    /// The name (or role noun, or organisation) itself.
    pub head: Span,
    /// Tokens `[first, end)` of `span`.
    pub first: usize,
    pub end: usize,
    pub kind: MentionKind,
    /// Organisation-like name (`Microsoft Security Response Center`, `NATO`).
    pub organisation: bool,
    /// A role or title given with the name (`segretario di Stato americano`).
    pub role: Option<Span>,
    /// Preceded by a preposition: not the subject of a verb.
    pub after_preposition: bool,
    /// Plural pronoun or group (`they`, `loro`, `residents`).
    pub plural: bool,
}

fn is_word(doc: &Document, t: usize) -> bool {
    doc.tokens[t].kind == TokenKind::Word
}

/// `lang.classes(doc.lower(t))`, the classes listed for token `t`'s own lowercase form: read from
/// the document for words and numbers, looked up only for punctuation.
fn listed(doc: &Document, lang: &Language, t: usize) -> u64 {
    if doc.tokens[t].kind == TokenKind::Punct {
        lang.classes(doc.lower(t))
    } else {
        doc.listed_classes(t)
    }
}

/// Finds mention candidates outside the quote spans, in text order.
pub fn find_mentions(doc: &Document, lang: &Language, quotes: &[QuoteSpan], cues: &[crate::cues::SpeechCue]) -> Vec<Candidate> {
    let n = doc.tokens.len();
    let mut in_quote = crate::text::zeroed_map::<bool>(n);
    for q in quotes {
        let a = doc.token_at_or_after(q.span.start);
        let b = doc.token_end_before(q.span.end);
        for flag in in_quote.iter_mut().take(b).skip(a) {
            *flag = true;
        }
    }
    // a paragraph that is only a page furniture line (`Article Continued Below`, `Story continues
    // below advertisement`) names nobody
    let mut phrase = String::with_capacity(64);
    for (a, b) in doc.paragraph_token_ranges() {
        if b - a <= 6 {
            phrase.clear();
            for t in (a..b).filter(|&t| doc.tokens[t].kind == TokenKind::Word) {
                if !phrase.is_empty() {
                    phrase.push(' ');
                }
                phrase.push_str(doc.lower(t));
            }
            if lang.is(&phrase, class::BOILERPLATE) {
                in_quote[a..b].iter_mut().for_each(|f| *f = true);
            }
        }
    }
    let mut mid_caps = None;
    let mut cue_start = crate::text::zeroed_map::<bool>(n);
    for c in cues {
        if c.first < n {
            cue_start[c.first] = true;
        }
    }
    let mut out: Vec<Candidate> = Vec::with_capacity(n / 16);
    // one buffer for every phrase look-up in the document
    let mut phrase = String::with_capacity(64);
    let mut t = 0;
    while t < n {
        if in_quote[t] || !is_word(doc, t) {
            t += 1;
            continue;
        }
        if let Some(c) = name_at(doc, lang, t, &in_quote, &mut mid_caps) {
            t = c.end;
            // a photo credit, `( Peter Lee / Waterloo Region Record )`, names a photographer
            let credit = c.first > 0 && c.end < n && (doc.is_punct(c.first - 1, '(') && doc.is_punct(c.end, '/') || doc.is_punct(c.first - 1, '/') && doc.is_punct(c.end, ')'));
            if !credit {
                push(&mut out, c);
            }
            continue;
        }
        if let Some(c) = phrase_mention_at(doc, lang, t, &in_quote, &mut phrase) {
            t = c.end;
            push(&mut out, c);
            continue;
        }
        let cl = doc.listed_classes(t);
        // a neuter pronoun (`it`) is a mention only as a speech verb's subject (`it said`, `It also
        // said`): elsewhere it is rarely a speaker and would stand in for other subjects
        let neuter_only = cl & (class::MASCULINE | class::FEMININE | class::PLURAL) == 0 && cl & class::NEUTER != 0;
        let before_cue = || {
            let mut k = t + 1;
            while k < n && k < t + 3 && doc.is(k, class::ADVERB) && cue_start.get(k) != Some(&true) {
                k += 1;
            }
            cue_start.get(k) == Some(&true)
        };
        if cl & class::PRONOUN != 0 && (!doc.tokens[t].upper || doc.tokens[t].starts_sentence) && cl & (class::MASCULINE | class::FEMININE | class::PLURAL | class::NEUTER) != 0 && (!neuter_only || before_cue()) {
            push(&mut out, simple(doc, t, t + 1, MentionKind::Pronoun, cl & class::PLURAL != 0));
        }
        t += 1;
    }
    add_speaking_noun_phrases(doc, lang, &in_quote, cues, &mut out);
    crate::text::recycle_map(in_quote);
    crate::text::recycle_map(cue_start);
    mark_coordinated_after_preposition(doc, &mut out);
    if lang.capitalised_nouns {
        add_quoted_names(doc, quotes, cues, &mut out);
    }
    out
}

/// `schreibt die „Computerwoche“`, `Die „Bild“-Zeitung berichtete`, `laut „Spiegel“`: where names of
/// papers and groups are put in quotation marks (German), a short capitalised quote right after a
/// speech verb or attributor, or with its article right before one, names the speaker.
fn add_quoted_names(doc: &Document, quotes: &[QuoteSpan], cues: &[crate::cues::SpeechCue], out: &mut Vec<Candidate>) {
    use crate::cues::CueForm;
    let n = doc.tokens.len();
    let mut found: Vec<Candidate> = Vec::new();
    for q in quotes {
        let inner = &doc.text[q.inner.start..q.inner.end];
        if q.words == 0 || q.words > 4 || q.multi_paragraph || q.dash || !inner.chars().next().is_some_and(char::is_uppercase) || inner.contains(['.', ',', '!', '?', ':', ';']) {
            continue;
        }
        let a = doc.token_at_or_after(q.span.start);
        let mut b = doc.token_end_before(q.span.end);
        if a == 0 || b >= n || a >= b {
            continue;
        }
        // `„Bild“-Zeitung`: a compound glued to the closing mark belongs to the name
        if b + 1 < n && doc.is_punct(b, '-') && doc.tokens[b].span.start == doc.tokens[b - 1].span.end && doc.tokens[b + 1].kind == TokenKind::Word && doc.tokens[b + 1].span.start == doc.tokens[b].span.end {
            b += 2;
        }
        let is_det = |k: usize| doc.tokens[k].kind == TokenKind::Word && doc.is(k, class::DETERMINER) && doc.tokens[k].para == doc.tokens[a].para;
        // the article, or the article of a noun before the name (`die jordanische Nachrichtenagentur „Petra“`)
        let mut first = a;
        if is_det(a - 1) {
            first = a - 1;
        } else if doc.tokens[a - 1].kind == TokenKind::Word && doc.tokens[a - 1].upper && doc.classes(a - 1) & (class::DETERMINER | class::PREPOSITION | class::PRONOUN) == 0 {
            let mut k = a - 1;
            while k > 0 && k + 3 > a && doc.tokens[k - 1].kind == TokenKind::Word && !doc.tokens[k - 1].upper && doc.classes(k - 1) == 0 {
                k -= 1;
            }
            if k > 0 && is_det(k - 1) {
                first = k - 1;
            }
        }
        let det = first < a;
        // not an addressee: `sagte dem „Spiegel“`, `wie der Minister der „Bild“ sagte`
        let dative = det && matches!(doc.lower(first), "dem" | "den" | "einem" | "einen");
        let opens_clause = det && (doc.tokens[first].starts_sentence || first > 0 && (doc.is_punct(first - 1, ',') || doc.is(first - 1, class::CONJUNCTION | class::COMPLEMENTISER) || doc.lower(first - 1) == "wie"));
        // `laut einem Bericht der „Süddeutschen Zeitung“`: the paper carrying an attributor's words
        let mut from = first;
        while from > 0 && first - from < 3 && doc.tokens[from - 1].kind == TokenKind::Word && doc.is(from - 1, class::DETERMINER | class::CUE_NOUN) && !in_quote_token(quotes, doc, from - 1) {
            from -= 1;
        }
        let carried = from < first && (from..first).any(|k| doc.is(k, class::CUE_NOUN)) && cues.iter().any(|c| c.end == from && c.form == CueForm::Attributor);
        let cue_before = carried || !dative && cues.iter().any(|c| c.end == first && (det || c.form == CueForm::Attributor) && c.form != CueForm::Noun);
        let cue_after = b < n && cues.iter().any(|c| c.first == b && c.form == CueForm::Finite) && opens_clause && !dative;
        // `dem „Figaro“ zufolge`
        let post = b < n && cues.iter().any(|c| c.first == b && c.form == CueForm::PostAttributor);
        if !(cue_before || cue_after || post) {
            continue;
        }
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[b - 1].span.end);
        let head = Span::new(q.inner.start, q.inner.end);
        found.push(Candidate { span, head, first, end: b, kind: MentionKind::Organisation, organisation: true, role: None, after_preposition: false, plural: false });
    }
    if found.is_empty() {
        return;
    }
    // a quoted name replaces the mentions it overlaps (an article taken for a name's start)
    out.retain(|c| !found.iter().any(|f| c.first < f.end && f.first < c.end));
    out.extend(found);
    crate::sort::sort_by_key(out, |c| c.first);
}

/// `the commission said`, `, said the union.`, `la compagnie a déclaré`: a determiner and up to three
/// lowercase words right before a speech verb (or right after it, at the clause's end) name a speaker
/// even when no word list knows the noun. They become role mentions; entities link them to a named
/// organisation with the same head (`the commission` = `Toronto Transit Commission`).
fn add_speaking_noun_phrases(doc: &Document, lang: &Language, in_quote: &[bool], cues: &[crate::cues::SpeechCue], out: &mut Vec<Candidate>) {
    use crate::cues::CueForm;
    let n = doc.tokens.len();
    let covered = |out: &Vec<Candidate>, a: usize, b: usize| {
        let i = out.partition_point(|c| c.end <= a);
        out.get(i).is_some_and(|c| c.first < b)
    };
    let mut found: Vec<Candidate> = Vec::new();
    // mentions a longer phrase replaces, by index into `out`: dropped in one pass at the end, so
    // that many replacements stay linear in the text
    let mut dropped = vec![false; out.len()];
    // the indices of `out` overlapping tokens [a, b) (mentions are in text order and do not overlap)
    let overlapping = |out: &Vec<Candidate>, a: usize, b: usize| {
        let i = out.partition_point(|m| m.end <= a);
        let j = i + out[i..].iter().take_while(|m| m.first < b).count();
        i..j
    };
    if lang.capitalised_nouns {
        for cue in cues.iter().filter(|c| c.form == CueForm::PostAttributor) {
            if let Some(c) = source_before_post_attributor(doc, in_quote, cue.first) {
                // the whole phrase replaces a name inside it (`Ermittlungen der Polizei`)
                let inside = |m: &Candidate| m.first >= c.first && m.end <= c.end;
                let over = overlapping(out, c.first, c.end);
                if !covered(out, c.first, cue.first) || out[over.clone()].iter().all(inside) && !out[over.clone()].iter().any(|m| m.first == c.first && m.end == c.end) {
                    for i in over {
                        if inside(&out[i]) {
                            dropped[i] = true;
                        }
                    }
                    found.push(c);
                }
            }
        }
    }
    for cue in cues.iter().filter(|c| c.form == CueForm::Finite && !c.inverted_pronoun) {
        // before the verb: [det] w1 … wk (k ≤ 3), and perhaps a clitic (`otra persona le
        // respondía`, `il ministro gli ha detto`)
        let verb = if cue.first > 2 && doc.is(cue.first - 1, class::CLITIC) && !doc.tokens[cue.first - 1].upper && !doc.is(cue.first - 2, class::DETERMINER | class::CLITIC | class::PREPOSITION) && doc.tokens[cue.first - 2].kind == TokenKind::Word { cue.first - 1 } else { cue.first };
        let mut k = verb;
        let mut words = 0;
        while k > 0 && words < 3 {
            // `The 32-year-old labourer says`: an age written as a number, a hyphen and a word
            if k > 3 && doc.tokens[k - 1].kind == TokenKind::Word && doc.is_punct(k - 2, '-') && doc.tokens[k - 3].kind == TokenKind::Number && doc.tokens[k - 3].span.end == doc.tokens[k - 2].span.start && doc.tokens[k - 2].span.end == doc.tokens[k - 1].span.start && !in_quote[k - 3] {
                words += 1;
                k -= 3;
                continue;
            }
            let p = k - 1;
            if in_quote[p] || doc.tokens[p].kind != TokenKind::Word || doc.tokens[p].upper && (!doc.tokens[p].starts_sentence || doc.lower(p).ends_with("'s")) || doc.is(p, class::DETERMINER) {
                break;
            }
            // (a verb form after an article is a noun: `the report said`)
            let noun_after_article = p > 0 && doc.is(p, class::FINITE) && doc.is(p - 1, class::DETERMINER) && !doc.is(p - 1, class::CLITIC | class::PRONOUN);
            if !noun_after_article && doc.is(p, class::PREPOSITION | class::CONJUNCTION | class::COMPLEMENTISER | class::RELATIVE | class::PRONOUN | class::AUX | class::ADVERB | class::FINITE | class::PARTICIPLE) {
                words = 0;
                break;
            }
            words += 1;
            k = p;
        }
        // `,” the 54-year-old father of two said`: between a quote's comma and the verb, a whole
        // noun phrase from its article, with a complement (`of two`), is the subject
        if words == 0 && verb > 3 {
            let first = (verb.saturating_sub(10)..verb).rev().find(|&t| doc.tokens[t].kind == TokenKind::Punct && !doc.is_punct(t, '-')).map(|t| t + 1);
            let after_quote = first.is_some_and(|f| f >= 2 && f < verb && doc.is_punct(f - 1, ',') && in_quote[f - 2] || f >= 1 && f < verb && in_quote[f - 1] && doc.text[doc.tokens[f - 1].span.start..doc.tokens[f - 1].span.end].ends_with(|c: char| crate::text::is_quote_char(c)));
            if let Some(f) = first.filter(|_| after_quote) {
                let plain = (f..verb).all(|t| !in_quote[t] && (doc.tokens[t].kind == TokenKind::Number || doc.is_punct(t, '-') || doc.tokens[t].kind == TokenKind::Word && !doc.tokens[t].upper && !doc.is(t, class::FINITE | class::AUX | class::CONJUNCTION | class::COMPLEMENTISER | class::RELATIVE | class::PRONOUN | class::ADVERB)));
                if plain && verb > f + 2 && doc.is(f, class::DETERMINER) && doc.tokens[f].para == doc.tokens[verb].para && !(f..verb).any(|t| doc.is(t, class::TIME)) && !covered(out, f, verb) && !covered(&found, f, verb) {
                    found.push(np(doc, f, f + 1, verb));
                    continue;
                }
            }
        }
        // a noun of time (`this week called`) or a phrase after a preposition (`in a carefully
        // worded response said`) is not the subject
        let time = (k..verb).any(|t| doc.is(t, class::TIME));
        let after_preposition = k > 1 && doc.is(k - 2, class::PREPOSITION) && !doc.is(k - 2, class::DETERMINER);
        if words == 0 && lang.capitalised_nouns {
            if let Some(c) = german_subject_np(doc, in_quote, verb) {
                if !covered(out, c.first, verb) && !covered(&found, c.first, verb) {
                    found.push(c);
                }
                continue;
            }
        }
        // (an article fused with a preposition after a word no list has, a verb or a noun, is
        // the preposition: `um homem que mora no bairro contou`; not `, des habitants ont dit`,
        // `um dos vereadores informou`)
        let fused = k > 1 && doc.is(k - 1, class::PREPOSITION) && doc.tokens[k - 2].kind == TokenKind::Word && doc.classes(k - 2) == 0;
        if words > 0 && k > 0 && !time && !after_preposition && !fused && doc.is(k - 1, class::DETERMINER) && !in_quote[k - 1] && doc.tokens[k - 1].para == doc.tokens[verb].para {
            let first = k - 1;
            if !covered(out, first, verb) {
                found.push(np(doc, first, k, verb));
            }
            continue;
        }
        // `Trudeau's office said`, `the school’s defenders said`: a possessive name and its noun
        if words > 0 && k > 0 && !time && !in_quote[k - 1] && doc.tokens[k - 1].upper && doc.lower(k - 1).ends_with("'s") && doc.tokens[k - 1].para == doc.tokens[verb].para {
            let i = out.partition_point(|m| m.end < k);
            if let Some(owner) = out.get(i).filter(|m| m.end == k && m.kind == MentionKind::Name && !dropped[i]) {
                let first = owner.first;
                dropped[i] = true;
                found.push(np(doc, first, first, verb));
                continue;
            }
        }
        // `Officials said`, `Rights organizations say`: a bare plural opening the sentence
        let plural = words > 0 && {
            let last = doc.lower(verb - 1);
            last.len() > 3 && last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("'s")
        };
        if plural && !time && doc.tokens[k].starts_sentence && !doc.is(k, class::NOT_NAME) && !covered(out, k, verb) {
            found.push(np(doc, k, k, verb));
            continue;
        }
        // after the verb, closing the clause: `…,” said the spokesperson.`
        let a = cue.end;
        if a < n && !in_quote[a] && doc.is(a, class::DETERMINER) && !doc.is(a, class::PREPOSITION) {
            let mut b = a + 1;
            let lower_word = |t: usize| t < n && doc.tokens[t].kind == TokenKind::Word && !doc.tokens[t].upper && !doc.is(t, class::PREPOSITION | class::CONJUNCTION | class::COMPLEMENTISER | class::DETERMINER | class::AUX | class::FINITE);
            // (a place name may modify the head: `says the self-taught Cambridge resident`; so may
            // an age: `says the 39-year-old founder`)
            // (`39-year-old` is a number, a hyphen and a word, written together)
            let glued = |t: usize| t + 1 < n && doc.tokens[t].span.end == doc.tokens[t + 1].span.start;
            if a + 3 < n && doc.tokens[a + 1].kind == TokenKind::Number && doc.is_punct(a + 2, '-') && glued(a + 1) && glued(a + 2) && lower_word(a + 3) {
                b = a + 4;
            }
            while b < n && b < a + 7 && (lower_word(b) || doc.tokens[b].kind == TokenKind::Word && doc.tokens[b].upper && !in_quote[b] && !doc.is(b, class::NOT_NAME) && lower_word(b + 1)) {
                b += 1;
            }
            // `the founder of Studiocomix Press,`: a complement naming a company or place
            if b > a + 1 && b + 2 < n && doc.tokens[b].kind == TokenKind::Word && matches!(doc.lower(b), "of" | "at" | "for" | "with") {
                let mut e = b + 1;
                while e < n && e < b + 5 && doc.tokens[e].kind == TokenKind::Word && doc.tokens[e].upper && !in_quote[e] {
                    e += 1;
                }
                if e > b + 1 && (e >= n || doc.tokens[e].kind == TokenKind::Punct && matches!(doc.first_char(e), '.' | ',' | ';' | '!' | '?')) {
                    b = e;
                }
            }
            // (or, right after a quote, a prepositional phrase follows: `», confiait une cousine en
            // 2020 à La Croix.`)
            let closes = b >= n || doc.tokens[b].kind == TokenKind::Punct && matches!(doc.first_char(b), '.' | ',' | ';' | '!' | '?') || doc.tokens[b].kind == TokenKind::Word && doc.is(b, class::PREPOSITION) && !doc.is(b, class::DETERMINER) && cue.first > 1 && doc.is_punct(cue.first - 1, ',') && doc.tokens[cue.first - 2].kind == TokenKind::Punct && matches!(doc.first_char(cue.first - 2), '»' | '”' | '"' | '“');
            // a place name or a role noun inside the phrase is part of it (`says the self-taught
            // Cambridge resident`, `says the happy resident`), not a speaker of its own
            let over = overlapping(out, a, b);
            let inside_only = names_within(&out[over.clone()], a, b);
            if b > a + 2 && closes && inside_only && covered(out, a, b) {
                over.for_each(|i| dropped[i] = true);
                found.push(np(doc, a, a + 1, b));
            } else if b > a + 1 && closes && !covered(out, a, b) {
                found.push(np(doc, a, a + 1, b));
            }
        }
    }
    // `according to the study,`, `according to people familiar with the talks.`: where the language
    // says its attributors' sources can be any noun phrase, the phrase up to the punctuation is one
    // (a phrase of two words or more, `according to`: a bare `per` also makes `10 per cent`)
    // (in every language, a sentence-opening attributor's phrase closed by a comma is one too:
    // `Secondo il sindacato, …`, `Selon le ministère, …`; not where nouns are capitalised)
    let opening = |c: &crate::cues::SpeechCue| !lang.capitalised_nouns && doc.tokens[c.first].starts_sentence;
    for cue in cues.iter().filter(|c| c.form == CueForm::Attributor && (lang.phrase_sources && c.end >= c.first + 2 || opening(c))) {
        let a = cue.end;
        if a >= n || in_quote[a] || doc.tokens[a].kind != TokenKind::Word || doc.tokens[a].para != doc.tokens[cue.first].para || covered(out, a, a + 1) {
            continue;
        }
        let mut b = a;
        while b < n && b < a + 8 && doc.tokens[b].kind == TokenKind::Word && !in_quote[b] && !doc.is(b, class::COMPLEMENTISER | class::RELATIVE | class::FINITE | class::AUX) {
            b += 1;
        }
        // (`according to a statement from the company`: the source is the phrase after the words'
        // noun and its preposition)
        let mut a = a;
        let carrier = if doc.is(a, class::DETERMINER) { a + 1 } else { a };
        if carrier + 2 < b && doc.is(carrier, class::CUE_NOUN) && doc.is(carrier + 1, class::PREPOSITION) && !in_quote[carrier + 2] {
            a = carrier + 2;
        }
        let closes = if lang.phrase_sources && cue.end >= cue.first + 2 {
            b >= n || doc.tokens[b].kind == TokenKind::Punct && matches!(doc.first_char(b), '.' | ',' | ';' | ':')
        } else {
            // (an article first; no noun of time or of words: `Pour l'heure, …`, `Según este
            // relato, …` is someone's account, not its source)
            b < n && b <= a + 4 && doc.is_punct(b, ',') && doc.is(a, class::DETERMINER) && !(a..b).any(|k| doc.is(k, class::TIME | class::CUE_NOUN))
        };
        let head = if doc.is(a, class::DETERMINER) { a + 1 } else { a };
        // (a name inside it is part of it: `according to the city's Street Needs Assessment`)
        let over = overlapping(out, a, b);
        let inside_only = names_within(&out[over.clone()], a, b);
        if closes && b > head && b <= a + 7 && !covered(&found, a, b) && inside_only {
            over.for_each(|i| dropped[i] = true);
            found.push(np(doc, a, head, b));
        }
    }
    if found.is_empty() {
        return;
    }
    if dropped.contains(&true) {
        let mut i = 0;
        out.retain(|_| {
            i += 1;
            !dropped[i - 1]
        });
    }
    out.extend(found);
    crate::sort::sort_by_key(out, |c| c.first);
}

/// `le président de la commission, Erik Mose`, `le ministre de la Pêche et de l’Economie maritime,
/// Alioune Ndoye`: a role's complement (from token `s`, after the role or its preposition) of up to 14
/// words without a verb, when a comma and a person's name (two capitalised words) follow it. Returns
/// where the complement ends (the comma), so that the role, its complement and the name become one
/// mention.
fn lowercase_complement_before_name(doc: &Document, s: usize, in_quote: &[bool]) -> Option<usize> {
    let n = doc.tokens.len();
    let para = doc.tokens.get(s)?.para;
    let mut j = s;
    while j < n && j < s + 14 && doc.tokens[j].para == para && !in_quote[j] && (doc.tokens[j].kind == TokenKind::Word || doc.is_punct(j, '\'') || doc.is_punct(j, '’') || doc.is_punct(j, '-')) {
        if doc.is(j, class::FINITE | class::AUX | class::PARTICIPLE | class::GERUND | class::RELATIVE | class::COMPLEMENTISER | class::PRONOUN) && !doc.is(j, class::DETERMINER | class::PREPOSITION) {
            return None;
        }
        j += 1;
    }
    // the complement has a noun: a word that is neither a determiner nor a preposition
    if j == s || !(s..j).any(|k| !doc.is(k, class::DETERMINER | class::PREPOSITION)) || doc.is(j - 1, class::DETERMINER | class::PREPOSITION) {
        return None;
    }
    if j + 2 >= n || !doc.is_punct(j, ',') {
        return None;
    }
    let names = (j + 1..(j + 5).min(n)).take_while(|&k| doc.tokens[k].para == para && !in_quote[k] && doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].upper && !doc.is(k, class::NOT_NAME | class::DETERMINER | class::PREPOSITION)).count();
    (names >= 2).then_some(j)
}

/// `Die Veranstalter der Demonstration erklären`, `Der Insider sagte`: where nouns are capitalised, a
/// sentence that opens with an article, lowercase adjectives, a noun and an optional genitive
/// (`der Demonstration`) right before a speech verb names its speaker.
fn german_subject_np(doc: &Document, in_quote: &[bool], verb: usize) -> Option<Candidate> {
    let word = |t: usize| doc.tokens[t].kind == TokenKind::Word && !in_quote[t];
    let noun = |t: usize| word(t) && doc.tokens[t].upper && doc.classes(t) & (class::DETERMINER | class::PRONOUN | class::PREPOSITION | class::CONJUNCTION | class::ADVERB | class::FINITE | class::AUX) == 0;
    let mut end = verb;
    let mut k = verb.checked_sub(1)?;
    // an optional genitive: `der Demonstration`, `des Konzerns`
    if k >= 3 && noun(k) && word(k - 1) && !doc.tokens[k - 1].upper && matches!(doc.lower(k - 1), "der" | "des") && noun(k - 2) {
        k -= 2;
    }
    if !noun(k) {
        return None;
    }
    let head = k;
    while k > 0 && word(k - 1) && !doc.tokens[k - 1].upper && doc.classes(k - 1) == 0 && inflected_adjective_ending(doc.lower(k - 1)) && head - k < 3 {
        k -= 1; // adjectives: `die deutschen Forscher`
    }
    let det = k.checked_sub(1)?;
    if !word(det) || !doc.is(det, class::DETERMINER) || doc.is(det, class::PREPOSITION) || !doc.tokens[det].starts_sentence || doc.tokens[det].para != doc.tokens[verb].para {
        return None;
    }
    while end > head + 1 && !word(end - 1) {
        end -= 1;
    }
    Some(np(doc, det, k, end))
}

fn in_quote_token(quotes: &[QuoteSpan], doc: &Document, t: usize) -> bool {
    let p = doc.tokens[t].span.start;
    quotes.iter().any(|q| q.span.start <= p && p < q.span.end)
}

/// `Ermittlungen der Polizei zufolge`, `Dem Bericht zufolge`, `Seiner Darstellung zufolge`,
/// `Medienberichten zufolge`: where nouns are capitalised, the noun phrase right before a
/// post-positioned attributor (with its article or possessive, adjectives and a genitive) is its source.
fn source_before_post_attributor(doc: &Document, in_quote: &[bool], cue: usize) -> Option<Candidate> {
    let word = |t: usize| doc.tokens[t].kind == TokenKind::Word && !in_quote[t] && doc.tokens[t].para == doc.tokens[cue].para;
    let noun = |t: usize| word(t) && doc.tokens[t].upper && doc.classes(t) & (class::DETERMINER | class::PRONOUN | class::PREPOSITION | class::CONJUNCTION | class::ADVERB | class::FINITE | class::AUX | class::RELATIVE) == 0;
    let mut k = cue.checked_sub(1)?;
    if k >= 2 && noun(k) && word(k - 1) && matches!(doc.lower(k - 1), "der" | "des") && noun(k - 2) {
        k -= 2;
    }
    if !noun(k) {
        return None;
    }
    // `Den Polizeibehörden in Mombasa zufolge`: one prepositional phrase after the noun
    if k >= 2 && word(k - 1) && !doc.tokens[k - 1].upper && doc.is(k - 1, class::PREPOSITION) && noun(k - 2) {
        k -= 2;
    }
    let head = k;
    while k > 0 && word(k - 1) && !doc.tokens[k - 1].upper && doc.classes(k - 1) == 0 && inflected_adjective_ending(doc.lower(k - 1)) && head - k < 2 {
        k -= 1;
    }
    let first = if k > 0 && word(k - 1) && doc.is(k - 1, class::DETERMINER) && !doc.is(k - 1, class::PREPOSITION) { k - 1 } else { k };
    // a source governed by a preposition (`mit Berichten zufolge`) is not one
    if first > 0 && word(first - 1) && doc.is(first - 1, class::PREPOSITION) && !doc.is(first - 1, class::DETERMINER) {
        return None;
    }
    Some(np(doc, first, k, cue))
}

/// Whether every mention of `over` is a name or role strictly inside tokens `(a, b]` (not at `a`):
/// a longer phrase from `a` to `b` may take them in.
fn names_within(over: &[Candidate], a: usize, b: usize) -> bool {
    over.iter().all(|m| m.first > a && m.end <= b && matches!(m.kind, MentionKind::Name | MentionKind::Role))
}

/// A role mention for the noun phrase `[first, end)` whose words start at `head_first`.
fn np(doc: &Document, first: usize, head_first: usize, end: usize) -> Candidate {
    let span = Span::new(doc.tokens[first].span.start, doc.tokens[end - 1].span.end);
    let head = Span::new(doc.tokens[head_first].span.start, doc.tokens[end - 1].span.end);
    let last = doc.lower(end - 1);
    Candidate { span, head, first, end, kind: MentionKind::Role, organisation: false, role: None, after_preposition: false, plural: last.ends_with('s') && !last.ends_with("ss") }
}

fn push(out: &mut Vec<Candidate>, mut c: Candidate) {
    // a mention that absorbs earlier ones (a role before a name) replaces them
    while out.last().is_some_and(|p| p.span.start >= c.span.start) {
        out.pop();
    }
    // one that overlaps the last one's end takes it in (`U.S. Secretary` + `Secretary of State Mike
    // Pompeo`): mentions never overlap
    if let Some(p) = out.last().filter(|p| p.end > c.first) {
        c.first = p.first;
        c.span.start = p.span.start;
        out.pop();
    }
    out.push(c);
}

/// `In Emilia e Calabria`, `with Canada and Mexico`: a mention coordinated with one governed by a
/// preposition is governed by it too.
fn mark_coordinated_after_preposition(doc: &Document, out: &mut [Candidate]) {
    for i in 1..out.len() {
        let (prev, cur) = (&out[i - 1], &out[i]);
        // (a subject pronoun after the conjunction starts a clause: `la presidenza del Pd ma lei ha`)
        if !cur.after_preposition && prev.after_preposition && cur.first == prev.end + 1 && doc.is(prev.end, class::CONJUNCTION) && cur.kind != MentionKind::Pronoun {
            out[i].after_preposition = true;
        }
    }
}

fn simple(doc: &Document, first: usize, end: usize, kind: MentionKind, plural: bool) -> Candidate {
    let span = Span::new(doc.tokens[first].span.start, doc.tokens[end - 1].span.end);
    Candidate { span, head: span, first, end, kind, organisation: kind == MentionKind::Organisation, role: None, after_preposition: false, plural }
}

/// (Inlined: the stages ask it at every word outside quotes, and most words fail the first test.
/// Always, natively; in the .wasm, where it is called from a dozen places, as the compiler sees fit.)
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
#[cfg_attr(target_arch = "wasm32", inline)]
fn is_name_word(doc: &Document, _lang: &Language, t: usize) -> bool {
    let tok = &doc.tokens[t];
    if tok.kind != TokenKind::Word {
        return false;
    }
    // (`al-Shabaab`, `el-Sisi`: an Arabic article joined to a capitalised name)
    let arabic_article = || {
        let b = &doc.text.as_bytes()[tok.span.start..tok.span.end];
        // (the hyphen first: one byte, absent from nearly every word this is asked of)
        b.len() > 4 && b[2] == b'-' && matches!(&b[..2], b"al" | b"el") && b[3].is_ascii_uppercase()
    };
    (tok.upper || arabic_article()) && (!doc.is(t, class::PREPOSITION | class::DETERMINER | class::CONJUNCTION | class::COMPLEMENTISER) || surname_particle(doc, t))
}

/// Where nouns are capitalised and compounded (German), a capitalised word no list knows that ends
/// in a role: `Vereinschef`, `BDI-Präsident`, `Wettbewerbskommissarin`.
fn compound_role(doc: &Document, lang: &Language, t: usize) -> bool {
    lang.capitalised_nouns && doc.tokens[t].upper && doc.tokens[t].kind == TokenKind::Word && doc.classes(t) == 0 && lang.is_compound_role(doc.lower(t))
}

/// A capitalised particle that starts a surname (`Di Maio`, `De Luca`, `Le Pen`, `Van Gogh`): the
/// next word is a capitalised name word. At a sentence start, where every word is capitalised, the
/// surname must also be followed by a verb or a colon (`Di Maio replica:`), not `Di Roma si parla`.
fn surname_particle(doc: &Document, t: usize) -> bool {
    let n = doc.tokens.len();
    let tok = &doc.tokens[t];
    if !(tok.kind == TokenKind::Word && tok.upper && doc.is(t, class::PARTICLE)) || t + 1 >= n {
        return false;
    }
    let next = &doc.tokens[t + 1];
    if !(next.kind == TokenKind::Word && next.upper && next.para == tok.para) || doc.is(t + 1, class::NOT_NAME | class::PARTICLE | class::PREPOSITION | class::DETERMINER | class::PRONOUN | class::ORG_HEAD | class::ROLE | class::TITLE) {
        return false;
    }
    if !tok.starts_sentence {
        return true;
    }
    t + 2 < n && (doc.is_punct(t + 2, ':') || doc.is_punct(t + 2, ',') && doc.tokens[t].para != doc.tokens[t.saturating_sub(1)].para || doc.tokens[t + 2].kind == TokenKind::Word && !doc.tokens[t + 2].upper && doc.is(t + 2, class::FINITE | class::AUX))
}

/// Whether a lowercase word ends as a German inflected adjective can (`-e`, `-en`, `-er`, `-es`,
/// `-em`), read from its last two bytes.
fn inflected_adjective_ending(w: &str) -> bool {
    matches!(w.as_bytes(), [.., b'e'] | [.., b'e', b'n' | b'r' | b's' | b'm'])
}

/// The words seen capitalised in mid-sentence, lowercased: evidence that a sentence-initial one is
/// a name. Built on first need, into `set`: only a lone sentence-initial word asks.
fn mid_sentence_capitals<'s, 'd>(doc: &'d Document, set: &'s mut Option<WordRefSet<'d>>) -> &'s WordRefSet<'d> {
    set.get_or_insert_with(|| {
        // (only the capitalised words, listed once by the document; the table sized for them all)
        let mut words = WordRefSet::with_capacity(doc.capitals().len());
        for t in doc.capitals() {
            if !doc.tokens[t].starts_sentence {
                words.insert(doc.lower(t));
            }
        }
        words
    })
}

/// A run of capitalised words (with particles and initials) starting at `t`, extended left over a
/// title or role and right over an apposition. `mid_caps`: see [`mid_sentence_capitals`].
fn name_at<'d>(doc: &'d Document, lang: &Language, t: usize, in_quote: &[bool], mid_caps: &mut Option<WordRefSet<'d>>) -> Option<Candidate> {
    let n = doc.tokens.len();
    if !is_name_word(doc, lang, t) {
        return None;
    }
    let para = doc.tokens[t].para;
    let mut start = t;
    // where a title with its period (`M.`, `Mr.`) was skipped: it belongs to the mention's span
    let mut titled_from: Option<usize> = None;
    // skip capitalised function words and non-name words at the start (`The`, `Oggi`, `Monday`)
    while start < n && is_name_word(doc, lang, start) && doc.tokens[start].para == para && !in_quote[start] {
        let l = doc.lower(start);
        let cl = doc.listed_classes(start);
        // `Prime Minister Justin Trudeau`: a capitalised two-word title
        if cl & class::PHRASE_START != 0 && start + 1 < n && lang.phrase_classes(&[l, doc.lower(start + 1)]) & (class::TITLE | class::ROLE) != 0 && doc.tokens[start + 1].para == para {
            start += 2;
            continue;
        }
        // `Mr. Smith`, `M. Dupont`: a title's period
        if cl & class::TITLE != 0 && start + 2 < n && doc.is_punct(start + 1, '.') && doc.tokens[start + 2].upper {
            titled_from.get_or_insert(start);
            start += 2;
            continue;
        }
        // `Toronto Transit Commission`: a place word starts an organisation's name
        let starts_org = cl & class::NOT_NAME != 0
            && cl & (class::DETERMINER | class::PREPOSITION | class::CONJUNCTION | class::PRONOUN | class::ADVERB) == 0
            && (start + 1..(start + 5).min(n)).take_while(|&k| doc.tokens[k].upper && doc.tokens[k].para == para).any(|k| doc.is(k, class::ORG_HEAD));
        if starts_org || surname_particle(doc, start) {
            break;
        }
        // `Will Young, a mechanic, said`: a modal that is also a given name, before a surname and a
        // comma, opens the name
        let given_name = cl & !class::FUTURE_AUX == class::AUX && doc.tokens[start].starts_sentence && start + 2 < n && doc.tokens[start + 1].upper && doc.tokens[start + 1].kind == TokenKind::Word && doc.classes(start + 1) == 0 && doc.is_punct(start + 2, ',');
        if given_name {
            break;
        }
        if cl & (class::NOT_NAME | class::PRONOUN | class::TITLE | class::ADVERB) != 0 || cl & class::ROLE != 0 && cl & (class::ORGANISATION | class::ORG_HEAD) == 0 || (doc.tokens[start].starts_sentence && cl != 0 && cl & (class::ORGANISATION | class::ORG_HEAD) == 0) || compound_role(doc, lang, start) {
            start += 1;
        } else {
            break;
        }
    }
    // `Herman De Croo`, `Marine Le Pen`, `M. Di Maio`: a capitalised particle inside a name
    let cap_particle = |k: usize| k + 1 < n && doc.tokens[k].upper && doc.tokens[k].kind == TokenKind::Word && doc.is(k, class::PARTICLE) && doc.tokens[k + 1].para == para && !in_quote[k + 1] && is_name_word(doc, lang, k + 1) && !doc.is(k + 1, class::NOT_NAME | class::PRONOUN | class::PARTICLE);
    let titled = titled_from.is_some_and(|t0| t0 + 2 == start);
    if start >= n || !(is_name_word(doc, lang, start) || titled && cap_particle(start)) || in_quote[start] || doc.tokens[start].para != para {
        return None;
    }
    let mut end = start + 1;
    loop {
        if end >= n || in_quote[end] || doc.tokens[end].para != para {
            break;
        }
        // (a possessive ends a person's or place's name, `the history of Canada’s Black train
        // porters`; not a title's or an organisation's, `the Prime Minister's Office`, `the
        // Smithsonian’s National Museum of American History`)
        // (the lowercase form has its apostrophe made straight)
        let possessive = doc.lower(end - 1).ends_with("'s");
        if possessive && !doc.is(end - 1, class::TITLE | class::ROLE) && !(start..end).any(|k| doc.is(k, class::ORG_HEAD)) && !(end..(end + 5).min(n)).take_while(|&k| doc.tokens[k].upper && doc.tokens[k].para == para).any(|k| doc.is(k, class::ORG_HEAD | class::ORGANISATION)) {
            break;
        }
        // (a word that is no name alone goes on before an organisation's head: `Xinhua News
        // Agency`)
        let inside_org = || {
            doc.is(end, class::NOT_NAME) && !doc.is(end, class::DETERMINER | class::PREPOSITION | class::CONJUNCTION | class::PRONOUN | class::ADVERB)
                && (end + 1..(end + 4).min(n)).take_while(|&k| doc.tokens[k].upper && doc.tokens[k].para == para && !in_quote[k]).any(|k| doc.is(k, class::ORG_HEAD))
        };
        if is_name_word(doc, lang, end) && (!doc.is(end, class::NOT_NAME | class::PRONOUN) || surname_particle(doc, end) || inside_org()) || is_name_word(doc, lang, end) && end > start && doc.is(end, class::NOT_NAME) && doc.is(end - 1, class::ORG_HEAD) {
            end += 1;
        } else if doc.is(end, class::PARTICLE) && !doc.tokens[end].upper && {
            // `von der Leyen`, `de la Fuente`: one or two particles before a capitalised word
            // (some articles only after `von` or `van`: `hatte Burt Rutan den Zeitplan`, `so Corny
            // Littmann zu den Beweggründen`)
            let pair = end + 2 < n && doc.is(end + 1, class::PARTICLE) && !doc.tokens[end + 1].upper;
            let k = if pair { end + 2 } else { end + 1 };
            let article = if pair { end + 1 } else { end };
            // (where nouns are capitalised, a lone genitive article goes on from a noun phrase, an
            // organisation or a role, `ein Gremium der Blockupy-Organisation`, not from a person's
            // name: `laut Peter Müller der Verbesserung …`)
            let genitive_ok = !lang.capitalised_nouns || pair || !doc.is(end, class::DETERMINER) || start > 0 && doc.is(start - 1, class::DETERMINER) || (start..end).any(|j| doc.is(j, class::ORG_HEAD | class::ORGANISATION | class::ROLE));
            let paired_article = doc.is(article, class::PARTICLE_PAIR) && doc.is(article, class::DETERMINER);
            let article_ok = genitive_ok && (!paired_article || pair && doc.is(end, class::PARTICLE_PAIR) && !doc.is(end, class::DETERMINER));
            article_ok && k < n && is_name_word(doc, lang, k) && !in_quote[k] && doc.tokens[k].para == para
        } {
            end = if doc.is(end + 1, class::PARTICLE) && !doc.tokens[end + 1].upper { end + 3 } else { end + 2 };
        } else if cap_particle(end) {
            end += 2;
        } else if doc.is_punct(end, '.') && doc.word(end - 1).chars().count() == 1 && end + 1 < n && doc.tokens[end + 1].para == para && is_name_word(doc, lang, end + 1) {
            end += 2; // an initial: `J. K. Rowling`
        } else if doc.tokens[end].upper && doc.is(end, class::NOT_NAME) && doc.is(end, class::ORGANISATION | class::ORG_HEAD) {
            end += 1;
        } else if (start..end).any(|k| doc.is(k, class::ORG_HEAD)) && !doc.tokens[end].upper && doc.is(end, class::PREPOSITION | class::PARTICLE) {
            // `Ministério da Saúde`, `Ministry of Health`, `Banca d’Italia`: an organisation's name
            // goes on over a preposition (and article) before another capitalised word
            let mut k = end + 1;
            if k < n && !doc.tokens[k].upper && doc.is(k, class::DETERMINER) {
                k += 1;
            }
            if k < n && !in_quote[k] && doc.tokens[k].para == para && is_name_word(doc, lang, k) && !doc.is(k, class::NOT_NAME | class::PRONOUN) {
                end = k + 1;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    // trailing NOT_NAME words are not part of the name
    let org_run = (start..end).any(|k| doc.is(k, class::ORG_HEAD));
    while end > start + 1 && !org_run && doc.is(end - 1, class::NOT_NAME) && !doc.is(end - 1, class::ORGANISATION | class::ORG_HEAD) {
        end -= 1;
    }
    while end > start + 1 && !doc.tokens[end - 1].upper {
        end -= 1; // a dangling particle
    }
    // `B.C.`, `N.S.`: initials alone are an abbreviation, not a name
    if (start..end).filter(|&k| is_word(doc, k)).all(|k| doc.word(k).chars().count() == 1) {
        return None;
    }
    let single = end == start + 1;
    // a dateline (`DAVOS -`, `PARIGI, 15 FEB -`) at a paragraph's start is a place, not a speaker
    let all_caps = (start..end).all(|k| doc.word(k).chars().all(|c| !c.is_lowercase()));
    let para_start = start == 0 || doc.tokens[start - 1].para != para || doc.tokens[..start].iter().rev().take(12).take_while(|tk| tk.para == para).all(|tk| tk.kind == TokenKind::Punct || doc.text[tk.span.start..tk.span.end].chars().all(|c| !c.is_lowercase())) && doc.tokens[start.saturating_sub(12)].para != para;
    // (`O GSI, contudo,` is an organisation with its article, not a dateline)
    let after_article = start > 0 && doc.tokens[start - 1].para == para && doc.is(start - 1, class::DETERMINER);
    if all_caps && para_start && !after_article && end < n && doc.tokens[end].kind == TokenKind::Punct && matches!(doc.first_char(end), '-' | '–' | '—' | ',' | '.') && doc.word(start).chars().count() > 2 {
        return None;
    }
    let c0 = doc.listed_classes(start);
    if single && c0 & class::NOT_NAME != 0 {
        return None;
    }
    // a lone sentence-initial capitalised word is a name only with evidence
    let introduces_speech = end < n && (doc.is_punct(end, ':') || doc.is(end, class::FINITE | class::AUX) && doc.tokens[end].kind == TokenKind::Word);
    if single && doc.tokens[start].starts_sentence && !introduces_speech && c0 & (class::ORGANISATION | class::ORG_HEAD) == 0 && {
        // (`Trudeau's office said`: the possessive of a name seen mid-sentence)
        let l0 = doc.lower(start);
        let mid = mid_sentence_capitals(doc, mid_caps);
        !(mid.contains(l0) || l0.strip_suffix("'s").is_some_and(|stem| mid.contains(stem)))
    } {
        return None;
    }
    // where every noun is capitalised, a lone capitalised word after an article is a noun
    // (`der Mann`, `die Sachen`), unless it is a given name or an organisation
    // (only a lone word's is asked for)
    let acronym = single && doc.word(start).chars().nth(1).is_some() && doc.word(start).chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    if single && lang.capitalised_nouns && !acronym && start > 0 && doc.tokens[start - 1].para == para && c0 & (class::ORGANISATION | class::ORG_HEAD) == 0 {
        let p = start - 1;
        let pl = doc.lower(p);
        let pc = listed(doc, lang, p);
        let adjective = doc.tokens[p].kind == TokenKind::Word && !doc.tokens[p].upper && inflected_adjective_ending(pl) && pc & (class::FINITE | class::PARTICIPLE | class::AUX | class::ROLE | class::TITLE | class::CONJUNCTION | class::PRONOUN | class::ADVERB) == 0;
        if pc & (class::DETERMINER | class::PREPOSITION) != 0 || adjective {
            return None;
        }
    }
    let organisation = is_listed_organisation(doc, lang, start, end)
        || (start..end).any(|k| is_word(doc, k) && doc.listed_classes(k) & class::ORG_HEAD != 0)
        || acronym;
    let head = Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
    let mut cand = Candidate {
        span: head,
        head,
        first: start,
        end,
        kind: if organisation { MentionKind::Organisation } else { MentionKind::Name },
        organisation,
        role: None,
        after_preposition: false,
        plural: false,
    };
    // `Foreign Affairs Minister Chrystia Freeland`, `Finance Minister Bill Morneau`: capitalised
    // words up to a title or role inside the run are the person's role, not their name
    // (and `il leader M5S Giuseppe Conte`: an acronym before a name of two words or more is the
    // person's party or employer, part of the role)
    let is_acronym = |k: usize| doc.word(k).chars().count() >= 2 && doc.word(k).chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let acronym_first = end >= start + 3 && is_acronym(start) && (start + 1..end).all(|k| is_word(doc, k) && !is_acronym(k) && !doc.is(k, class::NOT_NAME | class::ORG_HEAD | class::ORGANISATION | class::TITLE | class::ROLE));
    let role_end = if acronym_first {
        Some(start + 1)
    } else if org_run {
        None
    } else {
        (start + 1..end.saturating_sub(1)).rev().find(|&k| doc.tokens[k].upper && doc.is(k, class::TITLE | class::ROLE)).filter(|&k| (k + 1..end).all(|j| !doc.is(j, class::TITLE | class::ROLE | class::NOT_NAME)) && is_name_word(doc, lang, k + 1)).map(|k| k + 1)
    };
    if let Some(r) = role_end {
        cand.head = Span::new(doc.tokens[r].span.start, head.end);
    }
    extend_left_over_role(doc, lang, &mut cand, in_quote);
    if let Some(r) = role_end {
        let from = cand.role.map_or(head.start, |role| role.start);
        cand.role = Some(Span::new(from, doc.tokens[r - 1].span.end));
    }
    // `M. Mose`, `Mr. Smith`: the title and its period are part of the mention
    if let Some(t0) = titled_from.filter(|&t0| cand.first == start && t0 + 2 == start) {
        cand.first = t0;
        cand.span.start = doc.tokens[t0].span.start;
    }
    // `il Cremlino`, `la Bce`: a determiner right before the name belongs to the mention
    if cand.first == start && start > 0 && doc.tokens[start - 1].para == para && !in_quote[start - 1] && doc.is(start - 1, class::DETERMINER) && doc.tokens[start - 1].span.end + 1 >= doc.tokens[start].span.start {
        cand.first = start - 1;
        cand.span.start = doc.tokens[start - 1].span.start;
    }
    extend_apposition(doc, lang, &mut cand, in_quote);
    Some(cand)
}

/// Whether the words of tokens `[start, end)` (punctuation skipped), space-joined, are a listed
/// organisation. Only a phrase whose first word starts some multi-word entry needs a look-up.
fn is_listed_organisation(doc: &Document, lang: &Language, start: usize, end: usize) -> bool {
    let mut words = (start..end).filter(|&k| is_word(doc, k));
    let Some(first) = words.next() else { return lang.is("", class::ORGANISATION) };
    let first_classes = doc.listed_classes(first);
    let mut rest = words.peekable();
    if rest.peek().is_none() {
        return first_classes & class::ORGANISATION != 0;
    }
    if first_classes & class::PHRASE_START == 0 {
        return false;
    }
    let mut phrase = doc.lower(first).to_string();
    for k in rest {
        phrase.push(' ');
        phrase.push_str(doc.lower(k));
    }
    lang.is(&phrase, class::ORGANISATION)
}

/// `il segretario di Stato americano Marco Rubio`, `Prime Minister Justin Trudeau`: a title or role up
/// to six words before the name becomes part of the mention, with its determiner.
fn extend_left_over_role(doc: &Document, lang: &Language, c: &mut Candidate, in_quote: &[bool]) {
    let para = doc.tokens[c.first].para;
    let mut role_at = None;
    let mut k = c.first;
    let mut steps = 0;
    let mut caps_run = 0;
    while k > 0 && steps < 7 {
        k -= 1;
        steps += 1;
        let tok = &doc.tokens[k];
        if tok.para != para || in_quote[k] || tok.kind != TokenKind::Word {
            break;
        }
        // (`Vereinschef Corny Littmann`: a compound ending in a role is that role)
        let cl = if compound_role(doc, lang, k) { class::ROLE } else { doc.classes(k) };
        // `o ministro general Augusto Heleno esteve com Burns`: another person's full name lies
        // between, so the role is theirs
        caps_run = if tok.upper && cl & (class::ROLE | class::TITLE | class::ORGANISATION | class::ORG_HEAD | class::NOT_NAME) == 0 { caps_run + 1 } else { 0 };
        if caps_run >= 2 && k + 2 < c.first && !doc.tokens[k + 2].upper {
            break;
        }
        // (`il vicepremier e ministro Matteo Salvini`: coordinated roles)
        let joins_roles = cl & class::CONJUNCTION != 0 && role_at.is_some() && k > 0 && doc.is(k - 1, class::ROLE | class::TITLE) && !doc.tokens[k - 1].upper;
        // (nor past a subordinator: `told investigators victims such as Tom Reyes`)
        if !joins_roles && cl & (class::FINITE | class::PARTICIPLE | class::GERUND | class::AUX | class::COMPLEMENTISER | class::CONJUNCTION | class::RELATIVE | class::SUBORDINATOR) != 0 && cl & (class::ROLE | class::TITLE) == 0 {
            break;
        }
        // two-word roles: `prime minister`, `amministratore delegato`
        let two = k > 0 && doc.is(k - 1, class::PHRASE_START) && lang.phrase_classes(&[doc.lower(k - 1), doc.lower(k)]) & (class::ROLE | class::TITLE) != 0;
        if two {
            role_at = Some(k - 1);
            k -= 1;
            steps += 1;
        } else if cl & (class::ROLE | class::TITLE) != 0 {
            role_at = Some(k);
        } else if cl & class::DETERMINER != 0 && !(k > 0 && doc.is(k - 1, class::PREPOSITION) || cl & class::PREPOSITION != 0) {
            // (a determiner inside the role's complement goes on: `ministre de la Culture`, `du Commerce`)
            break;
        }
    }
    let Some(r) = role_at else { return };
    // only if everything between the role and the name is words (no punctuation)
    if (r..c.first).any(|j| doc.tokens[j].kind != TokenKind::Word) {
        return;
    }
    let mut first = r;
    if first > 0 && doc.is(first - 1, class::DETERMINER) && doc.tokens[first - 1].para == para {
        first -= 1;
    }
    if r < c.first {
        // `Secretary of State Mike Pompeo`, `Minister of Finance Bill Morneau`: after a role's
        // preposition, the first of three or more capitalised words completes the role
        let a = doc.token_at_or_after(c.head.start);
        let b = doc.token_end_before(c.head.end);
        let role_end = if a == c.first && b >= a + 3 && doc.is(c.first - 1, class::PREPOSITION) && !doc.tokens[c.first - 1].upper && (a..b).all(|j| doc.tokens[j].kind == TokenKind::Word) {
            c.head.start = doc.tokens[a + 1].span.start;
            a + 1
        } else {
            // `a county commissioner in Kenton County`, `il portavoce di Matteo Salvini`: a name of
            // one or two words right after the role's preposition is that role's complement (a
            // place, or another person), not the name of whoever holds the role
            if doc.is(c.first - 1, class::PREPOSITION) && !doc.tokens[c.first - 1].upper && !doc.is(c.first - 1, class::DETERMINER) {
                return;
            }
            c.first
        };
        c.role = Some(Span::new(doc.tokens[r].span.start, doc.tokens[role_end - 1].span.end));
    }
    c.first = first;
    c.span.start = doc.tokens[first].span.start;
    set_after_preposition(doc, lang, c);
}

/// `Mark Rutte, segretario della Nato,` / `Nadia Jamil, principal researcher at Dixon Hall,`: a role
/// after a comma is recorded (not made part of the span) and its words are skipped as mentions.
fn extend_apposition(doc: &Document, lang: &Language, c: &mut Candidate, in_quote: &[bool]) {
    set_after_preposition(doc, lang, c);
    let n = doc.tokens.len();
    let e = c.end;
    if e + 1 >= n || !doc.is_punct(e, ',') || in_quote[e + 1] {
        return;
    }
    let mut k = e + 1;
    // `des Pays-Bas, selon le ministre`: a new phrase, not an apposition
    if doc.is(k, class::PREPOSITION | class::ATTRIBUTOR | class::CONJUNCTION) && !doc.is(k, class::DETERMINER) {
        return;
    }
    if doc.is(k, class::DETERMINER) {
        k += 1;
    }
    // the role noun must come within three words (`principal researcher`, `ex segretario`)
    let mut found = None;
    for j in k..(k + 3).min(n) {
        if doc.tokens[j].kind != TokenKind::Word {
            break;
        }
        if doc.is(j, class::ROLE | class::TITLE) {
            found = Some(j);
            break;
        }
    }
    let Some(_) = found else { return };
    let para = doc.tokens[e].para;
    let mut j = k;
    while j < n && j < k + 12 && doc.tokens[j].para == para && !in_quote[j] {
        if doc.tokens[j].kind == TokenKind::Punct {
            break;
        }
        if doc.is(j, class::FINITE | class::AUX | class::RELATIVE) && !doc.is(j, class::ROLE) {
            return;
        }
        j += 1;
    }
    if j > k && j < n && doc.tokens[j].kind == TokenKind::Punct {
        c.role = Some(Span::new(doc.tokens[k].span.start, doc.tokens[j - 1].span.end));
        // the apposition's tokens are consumed by this mention (so its words are not mentions),
        // but the span stays the name
        c.end = j;
    }
}

fn set_after_preposition(doc: &Document, _lang: &Language, c: &mut Candidate) {
    c.after_preposition = c.first > 0 && {
        let p = c.first - 1;
        doc.tokens[p].para == doc.tokens[c.first].para && doc.tokens[p].kind == TokenKind::Word && doc.is(p, class::PREPOSITION) && !doc.is(p, class::DETERMINER)
    } || c.first > 2 && {
        // `del visionario Walter Bersey`: a preposition fused with its article, then up to two
        // lowercase words describing the person
        let mut p = c.first - 1;
        let mut words = 0;
        while words < 2 && p > 0 && doc.tokens[p].kind == TokenKind::Word && !doc.tokens[p].upper && doc.classes(p) & !class::ROLE == 0 && doc.tokens[p].para == doc.tokens[c.first].para {
            p -= 1;
            words += 1;
        }
        words > 0 && doc.tokens[p].kind == TokenKind::Word && doc.is(p, class::PREPOSITION) && (!doc.is(p, class::DETERMINER) || doc.word(p).chars().count() > 2) && doc.tokens[p].para == doc.tokens[c.first].para
    } || {
        // `na Câmara`, `pelo governo`: the mention's own article is a preposition's contraction
        // (unless it is also an indefinite article opening a clause: `…, des habitants ont dit`)
        let f = c.first;
        let opens_clause = f > 0 && doc.is(f, class::INDEFINITE) && (doc.tokens[f - 1].kind == TokenKind::Punct || doc.is(f - 1, class::CONJUNCTION));
        doc.tokens[f].kind == TokenKind::Word && doc.is(f, class::DETERMINER) && doc.is(f, class::PREPOSITION) && !doc.tokens[f].starts_sentence && !opens_clause
    };
}

/// Organisations and roles written in lowercase or as known phrases: `il Cremlino`, `la Casa Bianca`,
/// `the police`, `un portavoce`, `the spokesperson for the ministry`.
/// `phrase` is scratch space for the space-joined words being looked up.
fn phrase_mention_at(doc: &Document, lang: &Language, t: usize, in_quote: &[bool], phrase: &mut String) -> Option<Candidate> {
    let n = doc.tokens.len();
    let para = doc.tokens[t].para;
    let own = doc.classes(t);
    // `ein Porschesprecher`, `der WWF-Sprecher`: a compound ending in a role is that role
    if own == 0 && lang.capitalised_nouns && doc.tokens[t].upper && lang.is_compound_role(doc.lower(t)) {
        let mut c = simple(doc, t, t + 1, MentionKind::Role, false);
        if t > 0 && doc.tokens[t - 1].para == para && doc.is(t - 1, class::DETERMINER) && !in_quote[t - 1] {
            c.first = t - 1;
            c.span.start = doc.tokens[t - 1].span.start;
        }
        set_after_preposition(doc, lang, &mut c);
        return Some(c);
    }
    if own & (class::ORGANISATION | class::ROLE | class::PHRASE_START) == 0 {
        return None;
    }
    let mut best: Option<(usize, u64)> = None;
    phrase.clear();
    for k in 0..lang.max_phrase().min(n - t) {
        let j = t + k;
        if in_quote[j] || doc.tokens[j].kind != TokenKind::Word || doc.tokens[j].para != para {
            break;
        }
        if k > 0 {
            phrase.push(' ');
        }
        phrase.push_str(doc.lower(j));
        // one word: its own entry, and it starts a longer one exactly when marked PHRASE_START
        let cl = if k == 0 { doc.listed_classes(j) } else { lang.classes(phrase) };
        if cl & (class::ORGANISATION | class::ROLE) != 0 {
            best = Some((k + 1, cl));
        }
        let prefix = cl & class::PHRASE_START != 0;
        if !prefix {
            break;
        }
    }
    let (len, cl) = best?;
    let kind = if cl & class::ORGANISATION != 0 { MentionKind::Organisation } else { MentionKind::Role };
    let mut end = t + len;
    // `portavoce del Cremlino`, `spokesperson for the ministry`: keep the complement of a role
    if kind == MentionKind::Role && end + 1 < n && doc.tokens[end].para == para && !in_quote[end] {
        let w = doc.lower(end);
        if matches!(w, "del" | "della" | "dello" | "dei" | "degli" | "delle" | "di" | "dell'" | "d'" | "for" | "of" | "at" | "du" | "de" | "des" | "da" | "do" | "dos" | "das" | "der") {
            let mut j = end + 1;
            if j < n && doc.is(j, class::DETERMINER) {
                j += 1;
            }
            let s = j;
            let before_name = lowercase_complement_before_name(doc, end + 1, in_quote);
            while before_name.is_none() && j < n && j < s + 6 && doc.tokens[j].para == para && !in_quote[j] && (doc.tokens[j].upper || doc.is(j, class::ORGANISATION)) && doc.tokens[j].kind == TokenKind::Word {
                j += 1;
            }
            // `il ministro degli Esteri Antonio Tajani`, `sindaco di Nizza Christian Estrosi`: three or
            // more capitalised words after the role's preposition end in a person's given name and
            // surname, which are left for the name that follows
            if j - s >= 3 && !(j - 2..j).any(|k| doc.is(k, class::ORG_HEAD | class::ORGANISATION | class::NOT_NAME)) {
                j -= 2;
            }
            if let Some(e) = before_name {
                end = e;
            } else if j > s {
                end = j;
                // `il capo del governo britannico,`: an adjective closing the complement
                if end + 1 < n && doc.tokens[end].kind == TokenKind::Word && !doc.tokens[end].upper && !in_quote[end] && doc.tokens[end].para == para && doc.classes(end) == 0 && doc.tokens[end + 1].kind == TokenKind::Punct && matches!(doc.first_char(end + 1), ',' | '.' | ':' | ';') {
                    end += 1;
                }
            }
        } else if !doc.tokens[end].upper && doc.tokens[end].kind == TokenKind::Word {
            // `La diputada nacional y vicepresidenta del bloque, Cecilia Moreau`, `le président
            // américain, Donald Trump`: adjectives and coordinated roles before the name
            if let Some(e) = lowercase_complement_before_name(doc, end, in_quote) {
                end = e;
            } else if end + 1 < n && doc.classes(end) == 0 && doc.tokens[end + 1].kind == TokenKind::Punct && matches!(doc.first_char(end + 1), ',' | '.' | ':' | ';') {
                // `spiega il premier italiano,`: an adjective closing the role
                end += 1;
            }
        }
    }
    let mut first = t;
    if first > 0 && doc.tokens[first - 1].para == para && doc.is(first - 1, class::DETERMINER) && !in_quote[first - 1] {
        first -= 1;
    }
    let mut head = Span::new(doc.tokens[t].span.start, doc.tokens[end - 1].span.end);
    let mut role = None;
    // `il ministro dell’Interno, Matteo Piantedosi`: a role with its name in apposition is one mention
    // (not a plural role noun: `de 47 000 habitants, François Hollande a pu` starts a new clause)
    let head_plural = {
        let w = doc.lower(t);
        w.chars().count() > 3 && (w.ends_with('s') && !w.ends_with("ss") || w.ends_with('x')) && matches!(lang.code, "fr" | "es" | "pt")
            // (`gli avvocati del ministro, Paolo Rossi, …`)
            || w.chars().count() > 3 && w.ends_with('i') && lang.code == "it"
    };
    if kind == MentionKind::Role && !head_plural && end + 2 < n && doc.is_punct(end, ',') && doc.tokens[end + 1].para == para && !in_quote[end + 1] {
        let s = end + 1;
        let mut j = s;
        while j < n && j < s + 4 && doc.tokens[j].para == para && !in_quote[j] && doc.tokens[j].kind == TokenKind::Word && doc.tokens[j].upper && !doc.is(j, class::NOT_NAME | class::DETERMINER | class::PREPOSITION) {
            j += 1;
        }
        // a person's name: two or more capitalised words, then punctuation or a lowercase word
        if j >= s + 2 && (j >= n || !doc.tokens[j].upper) {
            role = Some(Span::new(doc.tokens[t].span.start, doc.tokens[end - 1].span.end));
            head = Span::new(doc.tokens[s].span.start, doc.tokens[j - 1].span.end);
            end = j;
        }
    }
    let last = doc.lower(t + len - 1);
    let plural = last.ends_with('s') && lang.code == "en"
        || last.ends_with('i') && lang.code == "it"
        // `des collaborateurs`, `los vecinos`, `os deputados`
        || matches!(lang.code, "fr" | "es" | "pt") && last.chars().count() > 3 && (last.ends_with('s') && !last.ends_with("ss") || lang.code == "fr" && last.ends_with('x'));
    let mut c = Candidate {
        span: Span::new(doc.tokens[first].span.start, head.end),
        head,
        first,
        end,
        kind: if role.is_some() { MentionKind::Name } else { kind },
        organisation: kind == MentionKind::Organisation,
        role,
        after_preposition: false,
        plural: plural && role.is_none(),
    };
    set_after_preposition(doc, lang, &mut c);
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mentions(text: &str, lang: &str) -> Vec<(String, MentionKind)> {
        let l = Language::get(lang).unwrap();
        let doc = Document::for_language(text, l);
        let qs = crate::quotes::find_quotes(&doc, l);
        find_mentions(&doc, l, &qs, &crate::cues::find_cues(&doc, l)).iter().map(|c| (text[c.span.start..c.span.end].to_string(), c.kind)).collect()
    }

    #[test]
    fn adjective_endings_are_the_listed_ones() {
        for w in ["", "e", "n", "en", "er", "es", "em", "et", "ne", "gute", "guten", "guter", "gutes", "gutem", "gut", "gutn", "über", "schön", "é", "ée", "alte", "m"] {
            assert_eq!(inflected_adjective_ending(w), ["e", "en", "er", "es", "em"].iter().any(|e| w.ends_with(e)), "{w}");
        }
    }

    #[test]
    fn names_with_roles_and_particles() {
        let m = mentions("Ieri il segretario di Stato americano Marco Rubio ha parlato con Ursula von der Leyen.", "it");
        assert_eq!(m[0], ("il segretario di Stato americano Marco Rubio".to_string(), MentionKind::Name));
        assert_eq!(m[1].0, "Ursula von der Leyen");
    }

    #[test]
    fn capitalised_particles_start_surnames() {
        assert_eq!(mentions("Ieri Luigi Di Maio ha detto che", "it")[0].0, "Luigi Di Maio");
        assert_eq!(mentions("Poi Di Maio replica su Twitter", "it")[0].0, "Di Maio");
        assert_eq!(mentions("Di Maio replica su Twitter", "it")[0].0, "Di Maio");
        assert_eq!(mentions("Selon Marine Le Pen, c'est fini.", "fr")[0].0, "Marine Le Pen");
        // a sentence-initial preposition before a place is not a surname
        assert!(mentions("Di Roma si parla poco.", "it").iter().all(|m| m.0 != "Di Roma"));
    }

    #[test]
    fn organisations_roles_and_pronouns() {
        let m = mentions("Il Cremlino ha riferito. Un portavoce ha detto che lui era lì.", "it");
        let kinds: Vec<MentionKind> = m.iter().map(|x| x.1).collect();
        assert_eq!(kinds, [MentionKind::Organisation, MentionKind::Role, MentionKind::Pronoun]);
        assert_eq!(m[0].0, "Il Cremlino");
    }

    #[test]
    fn a_word_that_is_no_name_alone_goes_on_before_an_organisation_head() {
        let m = mentions("Xinhua News Agency confirmed it.", "en");
        assert_eq!(m, [("Xinhua News Agency".to_string(), MentionKind::Organisation)]);
        // (not a function word: `The News Agency`, a determiner, stays out of the name)
        let m = mentions("He told The Canadian Press it was over.", "en");
        assert!(m.iter().all(|(t, _)| !t.starts_with("He ")), "{m:?}");
    }

    #[test]
    fn words_inside_quotes_are_not_mentions() {
        let m = mentions("“Mario Rossi is wrong,” said Anna Bianchi.", "en");
        assert_eq!(m, [("Anna Bianchi".to_string(), MentionKind::Name)]);
    }

    /// The mention candidates of `text` in `lang`, without quotes or cues.
    fn mentions_of(text: &str, lang: &str) -> Vec<Candidate> {
        let l = Language::get(lang).unwrap();
        find_mentions(&Document::for_language(text, l), l, &[], &[])
    }

    #[test]
    fn capitalised_role_before_a_name_is_its_role() {
        let text = "Yesterday Finance Minister Bill Morneau said";
        let c = mentions_of(text, "en");
        assert_eq!(c.len(), 1);
        assert_eq!(&text[c[0].head.start..c[0].head.end], "Bill Morneau");
        assert_eq!(&text[c[0].span.start..c[0].span.end], "Finance Minister Bill Morneau");
        let r = c[0].role.unwrap();
        assert_eq!(&text[r.start..r.end], "Finance Minister");
    }

    #[test]
    fn role_with_its_complement_before_a_name() {
        let text = "Yesterday U.S. Secretary of State Mike Pompeo said";
        let c = mentions_of(text, "en");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(&text[c[0].head.start..c[0].head.end], "Mike Pompeo");
        let r = c[0].role.unwrap();
        assert_eq!(&text[r.start..r.end], "Secretary of State");
    }

    #[test]
    fn apposition_role_is_recorded_not_spanned() {
        let text = "Mark Rutte, segretario della Nato, ha detto";
        let c = mentions_of(text, "it");
        assert_eq!(c.len(), 1);
        assert_eq!(&text[c[0].span.start..c[0].span.end], "Mark Rutte");
        let r = c[0].role.unwrap();
        assert_eq!(&text[r.start..r.end], "segretario della Nato");
    }
}
