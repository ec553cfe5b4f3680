//! Speech cues: speech verbs with their auxiliaries, adverbs and clitics (`ha poi aggiunto`,
//! `a-t-il déclaré`, `told reporters`), gerunds, verbless attributors (`secondo`, `according to`)
//! and cue nouns (`le parole`).

use crate::analysis::Span;
use crate::lang::{class, Language};
use crate::text::{Document, TokenKind};

/// The grammatical form of a cue, which decides where its subject is looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueForm {
    /// A finite verb, or an auxiliary with a participle or infinitive: has its own subject.
    Finite,
    /// A bare participle (`definiti`, `described as`): passive or adjectival, weak.
    Participle,
    /// A gerund (`avvertendo`, `adding`): its subject is the main clause's.
    Gerund,
    /// A verbless attributor before its source (`secondo X`, `according to X`).
    Attributor,
    /// An attributor after its source (`X zufolge`).
    PostAttributor,
    /// A noun that introduces words (`le parole di X`, `in a statement`).
    Noun,
}

/// A speech verb group or attributor found in the text.
#[derive(Debug, Clone)]
pub struct SpeechCue {
    pub span: Span,
    /// First and one-past-last token of the cue.
    pub first: usize,
    pub end: usize,
    pub form: CueForm,
    /// Only reports a stated position (`ritiene`, `believes`): indirect speech only.
    pub attitude: bool,
    /// Takes an infinitive complement (`chiede di`, `urged … to`).
    pub infinitival: bool,
    /// Contains an inverted subject pronoun (`a-t-il`, `ha-t-elle`).
    pub inverted_pronoun: bool,
}

/// Finds every speech cue in the document, in text order, without overlaps.
pub fn find_cues(doc: &Document, lang: &Language) -> Vec<SpeechCue> {
    let n = doc.tokens.len();
    let mut out: Vec<SpeechCue> = Vec::with_capacity(n / 32);
    let mut t = 0;
    let mut phrase = String::with_capacity(64);
    while t < n {
        if doc.tokens[t].kind != TokenKind::Word {
            t += 1;
            continue;
        }
        // the longest known phrase starting here (`according to`, `fa sapere`, `told reporters`)
        let mut best: Option<(usize, u64)> = None;
        const CUE_CLASSES: u64 = class::FINITE | class::PARTICIPLE | class::GERUND | class::ATTRIBUTOR | class::POST_ATTRIBUTOR | class::CUE_NOUN | class::ATTITUDE | class::INFINITIVE;
        let own = doc.classes(t);
        if own & class::PHRASE_START == 0 && !doc.lower_ends_with_apostrophe(t) {
            if own & CUE_CLASSES == 0 {
                t += 1;
                continue;
            }
            best = Some((1, own));
        } else {
        phrase.clear();
        for k in 0..lang.max_phrase().min(n - t) {
            let tok = &doc.tokens[t + k];
            if tok.kind == TokenKind::Punct && !doc.is_punct(t + k, '\'') {
                break;
            }
            if k > 0 && !doc.lower(t + k - 1).ends_with('\'') {
                phrase.push(' ');
            }
            phrase.push_str(doc.lower(t + k));
            // the first word (a word token): its own entry, which starts a longer one exactly when
            // marked PHRASE_START, so no look-up is needed
            let c = if k == 0 { doc.listed_classes(t) } else { lang.classes(&phrase) };
            if c & (class::FINITE | class::PARTICIPLE | class::GERUND | class::ATTRIBUTOR | class::POST_ATTRIBUTOR | class::CUE_NOUN | class::ATTITUDE | class::INFINITIVE) != 0 {
                best = Some((k + 1, c));
            }
            let prefix = c & class::PHRASE_START != 0;
            if !prefix && !phrase.ends_with('\'') {
                break;
            }
        }
        }
        let Some((len, c)) = best else {
            t += 1;
            continue;
        };
        // a capitalised verb in mid-sentence is a name (`Said`, `Dice`), not a cue
        if doc.tokens[t].upper && !doc.tokens[t].starts_sentence && len == 1 && c & class::ATTRIBUTOR == 0 {
            t += 1;
            continue;
        }
        let end = t + len;
        // walk back over adverbs, auxiliaries and clitics: `ha poi aggiunto`, `le ha detto`
        let mut first = t;
        let mut has_aux = false;
        let mut inverted_pronoun = false;
        let mut p = t;
        while p > 0 {
            let q = p - 1;
            if doc.tokens[q].kind != TokenKind::Word || doc.tokens[q].para != doc.tokens[t].para {
                break;
            }
            let qc = doc.classes(q);
            if qc & (class::AUX | class::ADVERB | class::CLITIC) == 0 {
                // `voltou a dizer`, `vient de déclarer`, `fez questão de dizer`: a periphrastic
                // auxiliary of two or three words ending in its preposition
                let phrase_aux = (1..=2).find(|&back| {
                    q >= back && (q - back..q).all(|k| doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].para == doc.tokens[t].para) && {
                        // the words q - back ..= q
                        let words = [doc.lower(q.saturating_sub(2)), doc.lower(q - 1), doc.lower(q)];
                        lang.phrase_classes(&words[2 - back..]) & class::AUX != 0
                    }
                });
                let Some(back) = phrase_aux else { break };
                p = q - back;
                has_aux = true;
                first = q - back;
                continue;
            }
            p = q;
            if qc & class::AUX != 0 {
                has_aux = true;
                first = q;
                let w = doc.lower(q);
                if crate::text::contains_str(w, "-t-") || w.ends_with("-il") || w.ends_with("-elle") || w.ends_with("-ils") || w.ends_with("-elles") {
                    inverted_pronoun = true;
                }
            } else if qc & class::CLITIC != 0 && has_aux {
                first = q;
            } else if qc & class::ADVERB != 0 && q + 1 == t && !has_aux {
                first = q; // `also said`, `poi aggiunge`
            }
        }
        let word = doc.lower(t);
        if crate::text::contains_str(word, "-t-") || word.ends_with("-il") || word.ends_with("-elle") {
            inverted_pronoun = true;
        }
        // `en un comunicado`, `dans un communiqué`: a participle that is also a noun of words is
        // the noun after an article
        let noun_after_article = c & class::CUE_NOUN != 0 && !has_aux && t > 0 && doc.tokens[t - 1].kind == TokenKind::Word && doc.is(t - 1, class::DETERMINER) && !doc.is(t - 1, class::PRONOUN | class::RELATIVE | class::COMPLEMENTISER | class::PREPOSITION);
        let form = if c & class::ATTRIBUTOR != 0 && c & (class::FINITE | class::PARTICIPLE) == 0 {
            CueForm::Attributor
        } else if c & class::POST_ATTRIBUTOR != 0 {
            CueForm::PostAttributor
        } else if c & class::CUE_NOUN != 0 && (c & (class::FINITE | class::PARTICIPLE | class::GERUND) == 0 || noun_after_article && c & class::FINITE == 0) {
            CueForm::Noun
        } else if c & class::GERUND != 0 && !has_aux {
            CueForm::Gerund
        } else if c & (class::FINITE | class::ATTITUDE) != 0 || has_aux {
            CueForm::Finite
        } else if c & class::PARTICIPLE != 0 {
            CueForm::Participle
        } else if c & class::INFINITIVE != 0 && t > 0 && matches!(doc.lower(t - 1), "a" | "à" | "to") && doc.is(t - 1, class::PREPOSITION) && t + 1 < n && (doc.is(t + 1, class::COMPLEMENTISER) || doc.is_punct(t + 1, ':')) {
            // `si limita a dire che`, `tient à préciser que`, `went on to say that`: an infinitive
            // after a verb and `a`/`to`, with its clause, reports like the verb it completes
            CueForm::Finite
        } else {
            // a bare infinitive without a modal is not a cue
            t += 1;
            continue;
        };
        // `the report said`, `a statement`: a verb form right after an article is a noun (but `Some
        // suggested that …`: a determiner opening the sentence, then a verb and its clause)
        let quantifier_subject = t > 0 && doc.tokens[t - 1].starts_sentence && end < n && doc.is(end, class::COMPLEMENTISER | class::PRONOUN | class::DETERMINER);
        // `will continue to fight`, `promised to cut`: where an infinitive right after the verb
        // reports an intention, not words (English), the verb is no cue
        let intention = lang.infinitive_after_addressee && end + 1 < n && doc.is(end, class::INF_COMPLEMENTISER) && doc.tokens[end + 1].kind == TokenKind::Word && !doc.tokens[end + 1].upper && doc.classes(end + 1) & (class::DETERMINER | class::PRONOUN | class::PREPOSITION) == 0;
        // `The PBO report ultimately concluded`, `the survey results show`: a verb form followed,
        // past adverbs, by a finite speech verb is the head of that verb's subject, a noun
        let noun_before_verb = !has_aux && first == t && form == CueForm::Finite && {
            let mut k = end;
            while k < n && doc.tokens[k].kind == TokenKind::Word && doc.classes(k) & class::ADVERB != 0 && doc.classes(k) & class::FINITE == 0 {
                k += 1;
            }
            let finite = |k: usize| k < n && doc.tokens[k].kind == TokenKind::Word && doc.classes(k) & class::FINITE != 0 && doc.classes(k) & (class::COMPLEMENTISER | class::AUX) == 0;
            // (or past one unlisted lowercase word, an adverb no list has: `report ultimately concluded`)
            finite(k) || k + 1 < n && doc.tokens[k].kind == TokenKind::Word && !doc.tokens[k].upper && doc.classes(k) == 0 && finite(k + 1)
        };
        // `(Note: we are only …)`, `Remember: …`: a base form opening a sentence before a colon is
        // an imperative label, with no speaker
        let label = len == 1 && c & class::INFINITIVE != 0 && c & class::FINITE != 0 && doc.tokens[t].upper && (doc.tokens[t].starts_sentence || t > 0 && doc.is_punct(t - 1, '(')) && t + 1 < n && doc.is_punct(t + 1, ':');
        if intention || noun_before_verb || label {
            t += 1;
            continue;
        }
        if form == CueForm::Finite && !has_aux && first == t && t > 0 && !quantifier_subject && doc.tokens[t - 1].kind == TokenKind::Word && doc.tokens[t - 1].para == doc.tokens[t].para && doc.is(t - 1, class::DETERMINER) && !doc.is(t - 1, class::CLITIC | class::PRONOUN | class::RELATIVE | class::COMPLEMENTISER | class::PREPOSITION) {
            t += 1;
            continue;
        }
        out.push(SpeechCue {
            span: Span::new(doc.tokens[first].span.start, doc.tokens[end - 1].span.end),
            first,
            end,
            form,
            attitude: c & class::ATTITUDE != 0 && c & (class::FINITE | class::PARTICIPLE) == 0,
            infinitival: c & class::INFINITIVAL != 0,
            inverted_pronoun,
        });
        // `ha voluto precisare`: a modal participle followed by an infinitive joins the cue
        t = end;
        while t < n && doc.tokens[t].kind == TokenKind::Word && doc.classes(t) & class::INFINITIVE != 0 && doc.tokens[t].para == doc.tokens[end - 1].para {
            let last = out.last_mut().unwrap();
            last.end = t + 1;
            last.span.end = doc.tokens[t].span.end;
            t += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str, lang: &str) -> Vec<(String, CueForm)> {
        let doc = Document::for_language(text, Language::get(lang).unwrap());
        find_cues(&doc, Language::get(lang).unwrap()).iter().map(|c| (text[c.span.start..c.span.end].to_string(), c.form)).collect()
    }

    #[test]
    fn italian_verb_groups_with_auxiliaries_and_adverbs() {
        assert_eq!(cues("Rutte ha poi aggiunto che", "it"), [("ha poi aggiunto".to_string(), CueForm::Finite)]);
        assert_eq!(cues("ha voluto precisare", "it")[0].0, "ha voluto precisare");
        assert_eq!(cues("avvertendo: “Se”", "it"), [("avvertendo".to_string(), CueForm::Gerund)]);
        assert_eq!(cues("secondo il ministro", "it"), [("secondo".to_string(), CueForm::Attributor)]);
        assert_eq!(cues("si limita a dire che", "it"), [("dire".to_string(), CueForm::Finite)]);
        assert!(cues("il diritto di dire la sua", "it").is_empty());
    }

    #[test]
    fn periphrastic_auxiliaries() {
        assert_eq!(cues("Temer voltou a dizer que", "pt"), [("voltou a dizer".to_string(), CueForm::Finite)]);
        assert_eq!(cues("le ministre vient de déclarer que", "fr"), [("vient de déclarer".to_string(), CueForm::Finite)]);
        assert_eq!(cues("el ministro volvió a decir que", "es"), [("volvió a decir".to_string(), CueForm::Finite)]);
    }

    #[test]
    fn english_cues() {
        assert_eq!(cues("Brooks said", "en"), [("said".to_string(), CueForm::Finite)]);
        assert_eq!(cues("according to police", "en"), [("according to".to_string(), CueForm::Attributor)]);
        assert_eq!(cues("she has also said", "en")[0].0, "has also said");
    }
}
