//! Attribution: which quotes are speech, who said each one, and the indirect (reported) speech.
//!
//! Named rules (sieves) are tried in order of reach, nearest evidence first; the first that finds a
//! speaker decides, and the quote records which one ([`Rule`]) with a confidence.

use crate::analysis::{MentionKind, QuoteKind, Rule, Span};
use crate::cues::{CueForm, SpeechCue};
use crate::lang::{class, Language};
use crate::mentions::Candidate;
use crate::quotes::QuoteSpan;
use crate::text::{recycle_map, zeroed_map, Document, TokenKind, WIDE_SHORTCUTS};
use std::hash::Hasher;

/// A quote with its attribution, before mentions are clustered into speakers.
#[derive(Debug, Clone)]
pub struct Attributed {
    pub span: Span,
    pub kind: QuoteKind,
    /// The explicit mention in the attribution (possibly a pronoun), index into the candidates.
    pub mention: Option<usize>,
    /// For pronouns and dropped subjects: the named mention they resolve to.
    pub antecedent: Option<usize>,
    pub cue: Option<Span>,
    pub rule: Rule,
    pub confidence: f32,
}

impl Attributed {
    /// The named mention that identifies the speaker.
    pub fn speaker_mention(&self) -> Option<usize> {
        self.antecedent.or(self.mention)
    }
}

/// Sentences longer than this many tokens (run-ons, junk) are cut, so that the rules, which look
/// at most at a sentence and its neighbours, take time linear in the text.
const MAX_SENTENCE_TOKENS: usize = 400;

/// Token-level indexes shared by the rules.
struct Ctx<'d, 'a> {
    doc: &'d Document<'a>,
    lang: &'d Language,
    cues: &'d [SpeechCue],
    mentions: &'d [Candidate],
    /// Token → 1 + index of the quote candidate containing it (0: none).
    quote_at: Vec<u32>,
    /// Token → 1 + index of the cue containing it.
    cue_at: Vec<u32>,
    /// Token → 1 + index of the mention containing it.
    mention_at: Vec<u32>,
    /// Token → sentence index; sentence boundaries inside quotes do not count.
    sent_of: Vec<u32>,
    /// Sentence → token range.
    sentences: Vec<(usize, usize)>,
    /// Mention → the token range of its head.
    heads: Vec<(usize, usize)>,
}

impl Drop for Ctx<'_, '_> {
    fn drop(&mut self) {
        for map in [&mut self.quote_at, &mut self.cue_at, &mut self.mention_at, &mut self.sent_of] {
            recycle_map(std::mem::take(map));
        }
    }
}

impl<'d, 'a> Ctx<'d, 'a> {
    fn new(doc: &'d Document<'a>, lang: &'d Language, quotes: &[QuoteSpan], cues: &'d [SpeechCue], mentions: &'d [Candidate]) -> Self {
        let n = doc.tokens.len();
        let mut quote_at = zeroed_map::<u32>(n);
        let mut quote_first = zeroed_map::<bool>(n);
        for (i, q) in quotes.iter().enumerate() {
            let a = doc.token_at_or_after(q.span.start);
            let b = doc.token_end_before(q.span.end);
            for slot in quote_at.iter_mut().take(b).skip(a) {
                *slot = i as u32 + 1;
            }
            if a < n {
                quote_first[a] = true;
            }
        }
        let mut cue_at = zeroed_map::<u32>(n);
        for (i, c) in cues.iter().enumerate() {
            for slot in cue_at.iter_mut().take(c.end).skip(c.first) {
                *slot = i as u32 + 1;
            }
        }
        let mut mention_at = zeroed_map::<u32>(n);
        let mut heads = Vec::with_capacity(mentions.len());
        for (i, m) in mentions.iter().enumerate() {
            heads.push(doc.token_range(m.head, m.first));
            for slot in mention_at.iter_mut().take(m.end).skip(m.first) {
                *slot = i as u32 + 1;
            }
        }
        let mut sent_of = zeroed_map::<u32>(n);
        // (capacities here and in the other stages are rough guesses from the dev files, so that
        // the vectors rarely grow: each growth copies them)
        let mut sentences: Vec<(usize, usize)> = Vec::with_capacity(n / 16 + 1);
        for t in 0..n {
            let tok = &doc.tokens[t];
            let new_para = t == 0 || doc.tokens[t - 1].para != tok.para;
            // (tested only at sentence starts: most tokens are not)
            let boundary = tok.starts_sentence && (quote_at[t] == 0 || quote_first[t]) && {
                let c = doc.first_char(t);
                let lowercase_word = tok.kind == TokenKind::Word && !tok.upper && c.is_alphabetic();
                // `„Warum?“, fragte sie`: a comma after a closing mark goes on with the sentence
                let continues = tok.kind == TokenKind::Punct && matches!(c, ',' | ';' | ':' | ')');
                !lowercase_word && !continues
            };
            // a run-on without punctuation is cut, so every sentence-scoped rule stays bounded
            let forced = sentences.last().is_some_and(|l| t - l.0 >= MAX_SENTENCE_TOKENS);
            // a sentence end inside a quote does not split the sentence around it
            if new_para || forced || (boundary && !(quote_first[t] && t > 0 && quote_at[t - 1] != 0)) {
                if let Some(last) = sentences.last_mut() {
                    last.1 = t;
                }
                sentences.push((t, n));
            }
            sent_of[t] = sentences.len() as u32 - 1;
        }
        recycle_map(quote_first);
        Ctx { doc, lang, cues, mentions, quote_at, cue_at, mention_at, sent_of, sentences, heads }
    }

    fn sentence(&self, t: usize) -> (usize, usize) {
        self.sentences[self.sent_of[t] as usize]
    }

    fn cue_ending_at(&self, t: usize) -> Option<usize> {
        (self.cue_at[t] != 0).then(|| self.cue_at[t] as usize - 1).filter(|&c| self.cues[c].end == t + 1)
    }

    fn is(&self, t: usize, mask: u64) -> bool {
        self.doc.is(t, mask)
    }

    /// (Natively always inlined, so that each caller's set of marks is known to the compiler.)
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn punct(&self, t: usize, set: &[char]) -> bool {
        self.doc.tokens[t].kind == TokenKind::Punct && set.contains(&self.doc.first_char(t))
    }

    /// Whether token `k` is the opening mark of a quote that goes on after it.
    fn opens_quote(&self, k: usize) -> bool {
        k + 1 < self.doc.tokens.len() && self.quote_at[k] != 0 && self.doc.tokens[k].kind == TokenKind::Punct && self.quote_at[k + 1] == self.quote_at[k] && (k == 0 || self.quote_at[k - 1] != self.quote_at[k])
    }

    /// Whether token `k` opens a quote whose first word is an auxiliary: the quote holds the verb
    /// of a clause whose subject stands before it (`said Ottawa “will always stand up …”`).
    fn opens_quote_with_aux(&self, k: usize) -> bool {
        self.opens_quote(k) && self.doc.tokens[k + 1].kind == TokenKind::Word && self.is(k + 1, class::AUX)
    }

    /// Whether the complementiser at `k` is a relative pronoun because a verb follows it straight: in
    /// a language that writes every subject, a reported clause opens with its subject, so `a scheme
    /// called Green Start that encourages shops to …` has no clause after `that`.
    fn that_before_verb(&self, k: usize) -> bool {
        self.lang.explicit_subjects && k + 1 < self.doc.tokens.len() && self.doc.tokens[k + 1].kind == TokenKind::Word && self.is(k + 1, class::FINITE | class::ADDRESSEE_FIRST | class::IRREGULAR_VERB) && !self.is(k + 1, class::DETERMINER | class::PRONOUN)
    }

    /// For a speech verb in an infinitive of purpose (`called Schniederjans on Thursday night to
    /// confirm he …`), the finite speech verb before it, whose subject it shares; not after a
    /// directive, whose addressee is the one to speak (`asked Smith to confirm`).
    fn purpose_of(&self, cue: &SpeechCue, from: usize) -> Option<usize> {
        let t = cue.first;
        if t <= from + 2 || self.doc.tokens[t - 1].kind != TokenKind::Word || !self.is(t - 1, class::INF_COMPLEMENTISER) || !self.lang.infinitive_after_addressee && self.is(t - 1, class::PREPOSITION | class::DETERMINER) {
            return None;
        }
        // (not a noun's complement: `evidence to suggest they were …`)
        let before = t - 2;
        if self.doc.tokens[before].kind == TokenKind::Word && !self.doc.tokens[before].upper && self.doc.classes(before) == 0 {
            return None;
        }
        finite_cue_before(self, from, t - 1).filter(|&ci| self.cues[ci].end < t - 1 && !self.is(self.cues[ci].end - 1, class::ADDRESSEE_FIRST))
    }

    /// `a report … that, citing confidential sources, alleged …`: a gerund phrase set off by
    /// commas right before the verb, which holds its own object and never the subject; the comma
    /// that opens it.
    fn gerund_aside_before(&self, cue: &SpeechCue, from: usize) -> Option<usize> {
        let t = cue.first;
        if t <= from + 3 || !self.punct(t - 1, &[',']) {
            return None;
        }
        let open = (from..t - 1).rev().take(12).take_while(|&k| self.quote_at[k] == 0 && !self.punct(k, &['.', ';', ':'])).find(|&k| self.punct(k, &[',', '(']));
        open.filter(|&o| {
            o + 2 < t && self.doc.tokens[o + 1].kind == TokenKind::Word && !self.doc.tokens[o + 1].upper && self.gerund_form(o + 1)
        })
    }

    /// Whether token `k` is a gerund or participle in `-ing`: a listed gerund, or in English a plain
    /// lowercase word so ending (`citing`, `allowing`).
    fn gerund_form(&self, k: usize) -> bool {
        let w = self.doc.lower(k);
        self.is(k, class::GERUND) || self.lang.code == "en" && w.len() > 4 && w.ends_with("ing") && self.doc.classes(k) == 0
    }

    /// The nearest mention before `cue` in `[from, cue.first)` that can be its subject.
    fn subject_left(&self, cue: &SpeechCue, from: usize) -> Option<usize> {
        let mut t = cue.first;
        // `Die CCE bestätigte die Aussage der Gewerkschaft nicht und nannte sie …`: a verb right after
        // `and` shares the subject of the speech verb before it, not its object
        if t > from + 1 && self.is(t - 1, class::CONJUNCTION) && self.quote_at[t - 1] == 0 {
            let prev = (from..t - 1).rev().filter(|&k| self.quote_at[k] == 0).find_map(|k| self.cue_ending_at(k)).filter(|&ci| self.cues[ci].form == CueForm::Finite);
            if let Some(ci) = prev {
                return self.subject_left(&self.cues[ci], from);
            }
        }
        // `Green called Schniederjans on Thursday night to confirm he …`: a speech verb in an
        // infinitive of purpose after another speech verb shares that verb's subject (not after a
        // directive, whose addressee is the one to speak: `asked Smith to confirm`)
        if let Some(ci) = self.purpose_of(cue, from) {
            return self.subject_left(&self.cues[ci], from);
        }
        // `A statement from the EU said`, `una nota della Regione spiega`: the source after the
        // noun of words that is the verb's subject
        if t > from + 2 && self.mention_at[t - 1] != 0 {
            let m = self.mention_at[t - 1] as usize - 1;
            let first = self.mentions[m].first;
            if self.mentions[m].end == t && self.mentions[m].after_preposition && first >= from + 2 && self.is(first - 1, class::PREPOSITION) && self.is(first - 2, class::CUE_NOUN) && self.quote_at[first - 2] == 0 {
                return Some(m);
            }
        }
        // `Putin, che aveva respinto`: a relative pronoun right before the verb points back
        if t > from + 1 && self.is(t - 1, class::RELATIVE) {
            let mut k = t - 1;
            // (`, il quale ha risposto`: the relative's article)
            if k > from + 1 && self.is(k - 1, class::DETERMINER) && self.doc.tokens[k - 1].kind == TokenKind::Word {
                k -= 1;
            }
            if k > from && self.punct(k - 1, &[',']) {
                k -= 1;
            }
            if k > from && self.mention_at[k - 1] != 0 {
                return Some(self.mention_at[k - 1] as usize - 1);
            }
        }
        // `Jonathon Maguire, a pediatrician at St. Michael’s Hospital, said`: the verb follows an
        // apposition closed by a comma; the subject is the mention before the apposition opens
        // (the apposition may hold commas of its own: `Will Young, a mechanic based in Kansas
        // City, Mo., and an organizer at Railroad Workers United, said`)
        if t > from + 2 && self.punct(t - 1, &[',']) {
            let opens = (from..t - 1).rev().take(30).take_while(|&k| self.quote_at[k] == 0).filter(|&k| self.punct(k, &[',', '(', '–', '—']));
            for o in opens.take(4) {
                if o > from && self.mention_at[o - 1] != 0 && self.quote_at[o - 1] == 0 {
                    let m = self.mention_at[o - 1] as usize - 1;
                    let c = &self.mentions[m];
                    // (not the last of a list inside the apposition: `X, secretaria de A, B y
                    // C, dijo`)
                    if !c.after_preposition && c.kind == MentionKind::Name && !c.organisation && !self.is(c.first - 1, class::CONJUNCTION) {
                        return Some(m);
                    }
                }
            }
        }
        // `Temer voltou a dizer que … e pediu que …`: a verb coordinated right after `e`/`et`/`and`
        // shares the subject of the clause it joins, the sentence's first subject
        if t > from + 1 && self.is(t - 1, class::CONJUNCTION) && self.doc.tokens[t - 1].kind == TokenKind::Word && self.mention_at[t - 2] == 0 {
            if let Some(m) = first_subject(self, from, t - 1) {
                return Some(m);
            }
        }
        if let Some(o) = self.gerund_aside_before(cue, from) {
            t = o;
        }
        let plural = plural_verb(self.lang.code, self.doc.lower(cue.first));
        let mut crossed_clause = 0;
        while t > from && cue.first - t < MAX_SENTENCE_TOKENS {
            t -= 1;
            if self.quote_at[t] != 0 {
                // quoted words are not the subject; skip the whole quote
                continue;
            }
            if self.mention_at[t] != 0 {
                let m = self.mention_at[t] as usize - 1;
                let c = &self.mentions[m];
                // (the object of a participle is no subject: `The parole board decision allowing
                // his release said`)
                // (a noun phrase with its article, not a name: `managing director Stephen Norman`)
                let participle_object = c.first > from && !self.doc.tokens[c.first].upper && self.is(c.first, class::DETERMINER) && self.doc.tokens[c.first - 1].kind == TokenKind::Word && !self.doc.tokens[c.first - 1].upper && self.quote_at[c.first - 1] == 0 && self.gerund_form(c.first - 1);
                // (a person's name set off by commas is no subject of a plural verb, but the
                // apposition of a noun in the phrase before it: `los asesores del alcalde, Juan
                // Gil, dijeron`)
                let apposed = plural && c.kind == MentionKind::Name && !c.plural && !c.organisation && c.first > from && self.punct(c.first - 1, &[',']);
                // (nor a name's bracketed aside, its party or group: `Carlos Mendes (PSD) disse`)
                let aside = c.first > from + 1 && self.punct(c.first - 1, &['(']) && c.end < cue.first && self.punct(c.end, &[')']) && self.mention_at[c.first - 2] != 0;
                if !c.after_preposition && !participle_object && !apposed && !aside && (c.kind != MentionKind::Role || c.span.len() >= 4) {
                    return Some(m);
                }
                t = c.first;
                continue;
            }
            // `Pompeo praised China's support … and said`: a verb coordinated with an earlier one
            // shares its subject, the sentence's first
            // (also after a comma when a verb follows the conjunction: `la leader si è separata dal
            // suo braccio destro, Florian Philippot, e ha cambiato discorso`)
            if self.is(t, class::CONJUNCTION) && t > from && (!self.punct(t - 1, &[',']) || t + 1 < cue.first && self.is(t + 1, class::AUX | class::FINITE) && self.doc.tokens[t + 1].kind == TokenKind::Word && !self.doc.tokens[t + 1].upper) {
                return first_subject(self, from, t);
            }
            if self.is(t, class::COMPLEMENTISER) && !self.is(t, class::RELATIVE) {
                crossed_clause += 1;
                if crossed_clause > 0 {
                    return None;
                }
            }
            if cue.first - t > 25 {
                return None;
            }
        }
        None
    }

    /// The person a mention only modifies: `Cambridge cartoonist Andre Campbell`, `Rogers
    /// spokesperson Andrea Goldstein` (a place or company, up to two lowercase words, a name) and
    /// `Wise’s dad, Darrin`, `Campbell’s partner, Jason Louth` (a possessive, a noun, a comma and a
    /// name). Otherwise the mention itself.
    fn person_behind_modifier(&self, m: usize, limit: usize) -> usize {
        let doc = self.doc;
        let c = &self.mentions[m];
        if c.kind == MentionKind::Pronoun {
            return m;
        }
        let last = doc.lower(c.end - 1);
        let possessive = last.ends_with("'s") || last.ends_with('\'');
        let mut t = c.end;
        let mut words = 0;
        while t < limit && words < 2 && self.mention_at[t] == 0 && doc.tokens[t].kind == TokenKind::Word && !doc.tokens[t].upper && !self.is(t, class::DETERMINER | class::PREPOSITION | class::CONJUNCTION | class::COMPLEMENTISER | class::PRONOUN | class::AUX | class::ADVERB | class::RELATIVE) && self.cue_at[t] == 0 {
            t += 1;
            words += 1;
        }
        // an occupation noun between a place or company and a name (`cartoonist`, `lawyer`)
        let occupation = |k: usize| self.is(k, class::ROLE) || ["ist", "er", "or", "ian", "man", "woman", "person"].iter().any(|e| doc.lower(k).ends_with(e));
        if possessive && words > 0 && t + 1 < limit && self.punct(t, &[',']) {
            t += 1;
        } else if possessive || !(c.kind == MentionKind::Name || c.kind == MentionKind::Organisation) || words > 1 || words == 1 && !occupation(c.end) {
            return m;
        }
        if t < limit && self.mention_at[t] != 0 {
            let next = self.mention_at[t] as usize - 1;
            let n = &self.mentions[next];
            if n.first == t && n.kind == MentionKind::Name && !n.organisation {
                return next;
            }
        }
        m
    }

    /// A mention right after the cue (`ha detto il ministro`, `said Brooks`), skipping addressees
    /// and adverbs.
    fn subject_right(&self, cue: &SpeechCue, limit: usize) -> Option<usize> {
        let mut t = cue.end;
        let mut skipped = 0;
        while t < limit && skipped <= 3 {
            if self.mention_at[t] != 0 {
                let m = self.mention_at[t] as usize - 1;
                // (a mention opened by a word that is also the complementiser is the reported
                // clause's subject: `said that protestors were put at risk`)
                let after_complementiser = self.doc.tokens[self.mentions[m].first].kind == TokenKind::Word && self.is(self.mentions[m].first, class::COMPLEMENTISER);
                if self.mentions[m].first >= cue.end.saturating_sub(1) && !after_complementiser {
                    return Some(self.person_behind_modifier(m, limit));
                }
                return None;
            }
            if self.is(t, class::ADVERB | class::ADDRESSEE | class::CLITIC) || self.punct(t, &['-']) {
                t += 1;
                skipped += 1;
                continue;
            }
            // `ha detto in mattinata Salvini`, `said on Tuesday Smith`: a preposition and one
            // word no mention covers (a time or place adjunct, a medium: `ha scritto su Facebook
            // il capogruppo …`) before the inverted subject
            if self.is(t, class::PREPOSITION) && !self.is(t, class::DETERMINER) && t + 2 < limit && self.mention_at[t + 1] == 0 && self.doc.tokens[t + 1].kind == TokenKind::Word && !self.is(t + 1, class::DETERMINER | class::PREPOSITION)
                && self.mention_at[t + 2] != 0 && !self.mentions[self.mention_at[t + 2] as usize - 1].after_preposition && !self.is(t + 2, class::PREPOSITION)
            {
                t += 2;
                skipped += 2;
                continue;
            }
            // `hieß es aus Regierungskreisen`, `verlautete aus dem Ministerium`: an impersonal cue's source
            if t == cue.end && self.doc.lower(t) == "aus" && matches!(self.doc.lower(cue.end - 1), "es" | "verlautete" | "verlautet") {
                t += 1;
                skipped += 1;
                continue;
            }
            // `laut einer Pressemitteilung des BMI`, `according to a statement from the ministry`: the
            // source of an attributor can follow the document that carries its words
            if cue.form == CueForm::Attributor && self.quote_at[t] == 0 && (self.is(t, class::DETERMINER | class::CUE_NOUN) || self.is(t, class::PREPOSITION) && t > cue.end && self.is(t - 1, class::CUE_NOUN)) {
                t += 1;
                skipped += 1;
                continue;
            }
            // (where any noun phrase can be a source: `according to the most recent numbers from
            // Statistics Canada`, the name the phrase ends in, up to six plain words and
            // prepositions in, after an article: not `per barrel in electronic trading on …`)
            // (a quantifier is plain here, and so is a word listed as no name when capitalised:
            // `the most recent figures`)
            const PLAIN: u64 = class::QUANTIFIER | class::NOT_NAME;
            if cue.form == CueForm::Attributor && self.lang.phrase_sources && t < cue.end + 7 && self.is(cue.end, class::DETERMINER) && self.quote_at[t] == 0 && self.doc.tokens[t].kind == TokenKind::Word && !self.doc.tokens[t].upper
                && (self.doc.classes(t) & !PLAIN == 0 || self.is(t, class::PREPOSITION) && !self.is(t, class::INF_COMPLEMENTISER) && t > cue.end && self.doc.classes(t - 1) & !PLAIN == 0)
            {
                t += 1;
                continue;
            }
            break;
        }
        None
    }
}

/// State carried through the article in reading order.
#[derive(Default)]
struct Salience {
    /// The named mention of the last attributed quote, with the token where that quote ended.
    last_speaker: Option<(usize, usize)>,
}

/// Words that introduce a title, a name or a term rather than speech: `il film “Roma”`, `so-called`.
const TITLE_INTRODUCERS: &[&str] = &[
    "film", "libro", "romanzo", "canzone", "album", "programma", "trasmissione", "serie", "progetto", "operazione",
    "campagna", "slogan", "hashtag", "app", "nome", "titolo", "intitolato", "intitolata", "cosiddetto", "cosiddetta",
    "cosiddetti", "cosiddette", "chiamato", "chiamata", "denominato", "denominata", "detto", "book", "novel", "song",
    "movie", "show", "series", "titled", "entitled", "called", "named", "dubbed", "so-called", "term", "word", "label",
    "nicknamed", "programme", "program", "project", "campaign", "operation", "article", "report", "magazine",
    "journal", "newspaper", "opération", "dit", "dite", "appelé", "appelée", "intitulé", "baptisé", "livre",
    "llamado", "llamada", "denominado", "titulado", "película", "libro", "chamado", "chamada", "intitulado",
    "sogenannte", "sogenannten", "sogenannter", "genannt", "titel", "buch", "projekt", "aktion", "programm",
    "motto", "zeitung", "magazin", "sendung", "initiative", "bündnis", "kampagne", "slogan", "unter",
    "lista", "mostra", "rubrica", "festival", "premio", "spettacolo", "documentario", "podcast",
    // bodies named in marks: `l'association “…”`, `il movimento “…”`
    "association", "associazione", "asociación", "associação", "fondation", "fondazione", "fundación", "fundação",
    "mouvement", "movimento", "movimiento", "collectif", "centre", "centro", "projet", "proyecto", "projeto",
    "programa", "campagne", "campaña", "campanha", "verein",
    // a definition or a name given: `means “no value”`, `what they call “project panic”`
    "means", "meaning", "call", "significa", "signifie", "bedeutet", "chiamano", "appellent", "llaman", "chamam",
];

/// For each byte length below 16, a bit per [`introducer_bit`] of the [`TITLE_INTRODUCERS`] of that
/// length: a word whose bit is clear is no introducer, found without comparing it with each of them.
static TITLE_INTRODUCER_BITS: [u64; 16] = {
    let mut bits = [0u64; 16];
    let mut i = 0;
    while i < TITLE_INTRODUCERS.len() {
        let w = TITLE_INTRODUCERS[i].as_bytes();
        assert!(!w.is_empty() && w.len() < 16);
        bits[w.len()] |= 1 << introducer_bit(w);
        i += 1;
    }
    bits
};

/// A word's bit in [`TITLE_INTRODUCER_BITS`], from its first and last bytes.
const fn introducer_bit(w: &[u8]) -> u32 {
    (w[0] as u32 + 3 * w[w.len() - 1] as u32) % 64
}

/// `TITLE_INTRODUCERS.contains(&w)`.
fn is_title_introducer(w: &str) -> bool {
    let b = w.as_bytes();
    !b.is_empty() && b.len() < 16 && TITLE_INTRODUCER_BITS[b.len()] >> introducer_bit(b) & 1 != 0 && TITLE_INTRODUCERS.contains(&w)
}

/// Endings of compound nouns that introduce a title (`ARD-Sendung`, `Wochenzeitung`, `Kinofilm`).
const TITLE_COMPOUND_ENDINGS: &[&str] = &[
    "sendung", "zeitung", "magazin", "zeitschrift", "film", "buch", "album", "titel", "motto", "serie", "kampagne",
    "projekt", "programm", "blatt", "lied", "song", "roman", "show", "portal", "aktion", "initiative", "name",
];

/// Attributes every quote and finds indirect speech.
pub fn attribute(doc: &Document, lang: &Language, quotes: &[QuoteSpan], cues: &[SpeechCue], mentions: &[Candidate], indirect: bool) -> Vec<Attributed> {
    if doc.tokens.is_empty() {
        return Vec::new();
    }
    let ctx = Ctx::new(doc, lang, quotes, cues, mentions);
    // (sized for every quote and a reported clause per cue: rarely grown)
    let mut out: Vec<Attributed> = Vec::with_capacity(quotes.len() + cues.len());
    let mut sal = Salience::default();
    // (quote index, token range) for quotes accepted as speech
    let mut accepted: Vec<(usize, usize, usize)> = Vec::with_capacity(quotes.len());
    let mut used_cues = vec![false; cues.len()];
    let titles = titles_in_lists(&ctx, quotes);
    for (qi, q) in quotes.iter().enumerate() {
        let qa = doc.token_at_or_after(q.span.start);
        let qb = doc.token_end_before(q.span.end).max(qa + 1);
        if qa >= doc.tokens.len() {
            continue;
        }
        if let Some(a) = attribute_direct(&ctx, qi, q, qa, qb, titles[qi], &out, &accepted, &mut sal, &mut used_cues) {
            if let Some(m) = a.speaker_mention() {
                sal.last_speaker = Some((m, qb));
            }
            accepted.push((qi, qa, qb));
            out.push(a);
        }
    }
    inherit_from_next_piece(&ctx, &mut out);
    repeated_quotes(&ctx, quotes, &mut out, &mut accepted);
    if indirect {
        let mut found = find_indirect(&ctx, quotes, &accepted, &out, &mut sal);
        // a short quote left aside as a term (`è uno “schiaffo” per l'Ue`) inside a reported
        // clause is its speaker's own word: a partial quote, and the clause is mixed
        let mut taken = vec![false; quotes.len()];
        for a in &accepted {
            taken[a.0] = true;
        }
        // reported clauses in text order, for a binary search (they do not nest)
        crate::sort::sort_by_key(&mut found, |f| f.span.start);
        for (qi, i) in quotes_inside(&ctx, quotes, &taken, &found) {
            taken[qi] = true;
            found[i].kind = QuoteKind::Mixed;
            out.push(fragment_of(&found[i], quotes[qi].span));
        }
        // a quote given to the last speaker only for want of a cue, inside a sentence that the next
        // one attributes (`È "…" che "…". È il quadro descritto da X`), is that speaker's
        for a in out.iter_mut().filter(|a| a.kind == QuoteKind::Direct && a.rule == Rule::Continuation) {
            let i = found.partition_point(|f| f.span.start <= a.span.start);
            if let Some(f) = (i > 0).then(|| &found[i - 1]).filter(|f| f.rule == Rule::FollowingSentence && a.span.end <= f.span.end && f.speaker_mention().is_some()) {
                a.mention = f.mention;
                a.antecedent = f.antecedent;
                a.cue = f.cue;
                a.rule = f.rule;
            }
        }
        let mut reported = sentences_in_reported_mood(&ctx, &out, &found);
        crate::sort::sort_by_key(&mut reported, |r| r.span.start);
        // and so is one left aside inside a sentence that goes on in its speaker's words
        // (`L'occupazione "resterà trainata dai consumi" oltre che da una gestione "prudente"`)
        for (qi, i) in quotes_inside(&ctx, quotes, &taken, &reported) {
            out.push(fragment_of(&reported[i], quotes[qi].span));
        }
        let mut headlines = headlines_naming_their_speaker(&ctx, &out, &found);
        headlines.extend(callouts_signed_by_their_speaker(&ctx, &out, &found));
        out.extend(found);
        out.extend(reported);
        out.extend(headlines);
        let free = free_reported_speech(&ctx, &out);
        out.extend(free);
    }
    let navigation = navigation_paragraphs(&ctx);
    out.retain(|a| {
        let t = doc.token_at_or_after(a.span.start).min(doc.tokens.len() - 1);
        navigation.binary_search(&doc.tokens[t].para).is_err()
    });
    crate::sort::sort_by_key(&mut out, |a| (a.span.start, std::cmp::Reverse(a.span.end)));
    out
}

/// A quote printed twice (a headline or a pull quote repeating words of the body): where one copy
/// is attributed by a cue and the other has no speaker or was left aside, both are the same
/// speaker's (`Johnson e Conte presentano il vertice. "È un anno decisivo"` … `"È un anno decisivo",
/// spiega il premier italiano`).
fn repeated_quotes(ctx: &Ctx, quotes: &[QuoteSpan], out: &mut Vec<Attributed>, accepted: &mut Vec<(usize, usize, usize)>) {
    let doc = ctx.doc;
    // (a test runs both ways)
    #[cfg(test)]
    let hashed_keys = WIDE_SHORTCUTS && !tests::PLAIN_KEYS.with(|p| p.get());
    #[cfg(not(test))]
    let hashed_keys = WIDE_SHORTCUTS;
    // the words of a quote, lowercased and joined, as the key two copies share
    let key = |q: &QuoteSpan| -> Option<String> {
        let a = doc.token_at_or_after(q.inner.start);
        let b = doc.token_end_before(q.inner.end);
        // (joined as it is read: no vector of words)
        let words = (a..b).filter(|&t| doc.tokens[t].kind != TokenKind::Punct);
        if !(3..=60).contains(&words.clone().count()) {
            return None;
        }
        let mut key = String::with_capacity(q.inner.len());
        for (j, t) in words.enumerate() {
            if j > 0 {
                key.push(' ');
            }
            key.push_str(doc.lower(t));
        }
        Some(key)
    };
    let strong = |r: Rule| matches!(r, Rule::TrailingCue | Rule::LeadingCue | Rule::InnerCue | Rule::ColonIntroduction | Rule::SentenceSubject | Rule::Attributor);
    // natively (see `text::WIDE_SHORTCUTS`), the number of the key's words and a hash of them, taken
    // without building the key: a quote that no attributed copy elsewhere in the text matches in
    // both has no source, and most quotes are printed once, so their keys are never built (nor,
    // mostly, their hashes: few copies have as many words)
    let key_words = |q: &QuoteSpan| -> Option<(usize, usize, usize)> {
        let a = doc.token_at_or_after(q.inner.start);
        let b = doc.token_end_before(q.inner.end);
        let count = (a..b).filter(|&t| doc.tokens[t].kind != TokenKind::Punct).count();
        (3..=60).contains(&count).then_some((count, a, b))
    };
    let key_hash = |a: usize, b: usize| -> u64 {
        let mut h = crate::lang::WordHasher::default();
        for t in (a..b).filter(|&t| doc.tokens[t].kind != TokenKind::Punct) {
            h.write(doc.lower(t).as_bytes());
            h.write_u8(b' ');
        }
        h.finish()
    };
    // the attributed copies, by key (a sorted list: no hashing, and a document has few quotes)
    let mut sources: Vec<(String, usize)> = Vec::new();
    // natively, instead: the copies' word counts, key hashes and spans, with their quotes and
    // attributions; and their word counts and spans alone
    let mut hashed: Vec<(usize, u64, Span, usize, usize)> = Vec::new();
    let mut counted: Vec<(usize, Span)> = Vec::new();
    for (i, a) in out.iter().enumerate() {
        if !strong(a.rule) || a.speaker_mention().is_none() {
            continue;
        }
        // (quotes and attributions are both in text order: binary searches keep this linear-time)
        if let Some(qi) = quote_index(quotes, a.span) {
            if hashed_keys {
                if let Some((count, wa, wb)) = key_words(&quotes[qi]) {
                    hashed.push((count, key_hash(wa, wb), a.span, qi, i));
                    counted.push((count, a.span));
                }
            } else if let Some(k) = key(&quotes[qi]) {
                sources.push((k, i));
            }
        }
    }
    if sources.is_empty() && hashed.is_empty() {
        return;
    }
    let sort_sources = |sources: &mut Vec<(String, usize)>| crate::sort::compact_sort_by(sources, &mut |a, b| a.cmp(b));
    if !hashed_keys {
        sort_sources(&mut sources);
    }
    crate::sort::sort_by_key(&mut hashed, |&(count, h, span, _, _)| (count, h, span));
    crate::sort::sort_by_key(&mut counted, |&e| e);
    // (sorted by span last: when the first and the last entries equal to `key` are this quote's
    // span, all are, and the only source its key can find is itself)
    fn only_itself<K: Ord + Copy, T>(list: &[T], key: K, of: impl Fn(&T) -> K, span: impl Fn(&T) -> Span, own: Span) -> bool {
        let lo = list.partition_point(|e| of(e) < key);
        let same = &list[lo..lo + list[lo..].partition_point(|e| of(e) == key)];
        same.first().map_or(true, |e| span(e) == own) && same.last().map_or(true, |e| span(e) == own)
    }
    let find = |sources: &[(String, usize)], k: &str| sources.binary_search_by(|(s, _)| s.as_str().cmp(k)).ok().map(|j| sources[j].1);
    let mut is_accepted = vec![false; quotes.len()];
    for a in accepted.iter() {
        is_accepted[a.0] = true;
    }
    let mut added = Vec::new();
    for (qi, q) in quotes.iter().enumerate() {
        // a quote alone in its paragraph, a subheading, may repeat only the opening of a later
        // quote (`« Il n'a pas menti »` … `« Il n'a pas menti. Il a tout vu », a dit X`)
        let heading = {
            let qa = doc.token_at_or_after(q.span.start);
            alone_in_paragraph(doc, qa, doc.token_end_before(q.span.end).max(qa + 1))
        };
        if hashed_keys {
            let Some((count, wa, wb)) = key_words(q) else { continue };
            if !heading && only_itself(&counted, count, |e| e.0, |e| e.1, q.span) {
                continue;
            }
            if !heading && only_itself(&hashed, (count, key_hash(wa, wb)), |e| (e.0, e.1), |e| e.2, q.span) {
                continue;
            }
            if sources.is_empty() {
                sources.extend(hashed.iter().filter_map(|&(_, _, _, sq, i)| key(&quotes[sq]).map(|k| (k, i))));
                sort_sources(&mut sources);
            }
        }
        let Some(k) = key(q) else { continue };
        let opening = || {
            let j = sources.partition_point(|(s, _)| s.as_str() < k.as_str());
            sources.get(j).filter(|(s, i)| s.starts_with(k.as_str()) && s.as_bytes().get(k.len()) == Some(&b' ') && out[*i].span.start > q.span.end).map(|e| e.1)
        };
        let Some(src) = find(&sources, &k).or_else(|| heading.then(opening).flatten()) else { continue };
        let from = out[src].clone();
        if from.span == q.span {
            continue;
        }
        let copy = Attributed { span: q.span, kind: QuoteKind::Direct, mention: from.mention, antecedent: from.antecedent, cue: None, rule: Rule::RepeatedQuote, confidence: (from.confidence - 0.1).max(0.1) };
        if is_accepted[qi] {
            let i = out.partition_point(|a| a.span.start < q.span.start);
            // (a subheading's guess by anaphora gives way too)
            if let Some(a) = out[i..].iter_mut().take_while(|a| a.span.start == q.span.start).find(|a| a.span == q.span && (a.speaker_mention().is_none() || heading && a.rule == Rule::Anaphora)) {
                *a = copy;
            }
        } else {
            let qa = doc.token_at_or_after(q.span.start);
            let qb = doc.token_end_before(q.span.end).max(qa + 1);
            if quoted_subheading(doc, q, qa, qb) {
                continue;
            }
            accepted.push((qi, qa, qb));
            added.push(copy);
        }
    }
    if !added.is_empty() {
        out.extend(added);
        crate::sort::sort_by_key(out, |a| a.span.start);
        crate::sort::sort_by_key(accepted, |a| a.1);
    }
}

/// The index of the quote with exactly this span (quotes are in text order and do not overlap).
fn quote_index(quotes: &[QuoteSpan], span: Span) -> Option<usize> {
    let i = quotes.partition_point(|q| q.span.start < span.start);
    quotes[i..].iter().take_while(|q| q.span.start == span.start).position(|q| q.span == span).map(|k| i + k)
}

/// The paragraphs that open with a navigation phrase (`READ MORE:`, `WATCH:`, `Leggi anche:`)
/// followed by a colon (links to other articles, whose headlines' quotes this article does not
/// report) and the photo captions closed by a credit (`(Muriel Draaisma/CBC)`). Sorted.
fn navigation_paragraphs(ctx: &Ctx) -> Vec<u32> {
    let doc = ctx.doc;
    let n = doc.tokens.len();
    let mut out = Vec::new();
    let mut phrase = String::with_capacity(64);
    for (a, b) in doc.paragraph_token_ranges() {
        let para = doc.tokens[a].para;
        phrase.clear();
        for k in a..(a + 3).min(b) {
            if doc.tokens[k].kind != TokenKind::Word {
                break;
            }
            if !phrase.is_empty() {
                phrase.push(' ');
            }
            phrase.push_str(doc.lower(k));
            if k + 1 < n && ctx.punct(k + 1, &[':']) && ctx.lang.is(&phrase, class::BOILERPLATE) {
                out.push(para);
                break;
            }
        }
        // a photo caption, closed by its credit `(Muriel Draaisma/CBC)`, restates the article
        // beside a picture: its quotes are the body's, or the caption writer's
        let mut e = b;
        while e > a && ctx.punct(e - 1, &['.']) {
            e -= 1;
        }
        if e > a + 4 && ctx.punct(e - 1, &[')']) {
            let open = (a..e - 1).rev().take(16).find(|&k| ctx.punct(k, &['(', ')']));
            // (or a short caption's credit without a slash, after its sentence's stop: `… on their
            // plates. ( Stockphoto ).`, `(CBC).`; not an agency's signature under a dispatch)
            let short_caption = |o: usize| {
                let words = (a..o).filter(|&k| doc.tokens[k].kind == TokenKind::Word).count();
                o > a && ctx.punct(o - 1, &['.', '!', '?']) && words <= 60 && e - 1 - o <= 6 && doc.tokens[o + 1].upper && (o + 1..e - 1).all(|k| doc.tokens[k].kind == TokenKind::Word)
            };
            if open.is_some_and(|o| ctx.punct(o, &['(']) && ((o + 2..e - 2).any(|k| ctx.punct(k, &['/'])) || short_caption(o)) && out.last() != Some(&para)) {
                out.push(para);
            }
        } else if e > a + 6 && out.last() != Some(&para) {
            // …or by an agency credit in its own sentence, `Quyen Cheng/THE CANADIAN PRESS.`: a
            // photographer's capitalised name, a slash, and the agency in capitals
            let slash = (e.saturating_sub(5).max(a + 2)..e - 1).find(|&k| ctx.punct(k, &['/']));
            let credit = slash.is_some_and(|sl| {
                let capitals = |k: usize| doc.tokens[k].kind == TokenKind::Word && doc.text[doc.tokens[k].span.start..doc.tokens[k].span.end].chars().all(|c| !c.is_lowercase());
                let name_start = (a..sl).rev().take_while(|&k| doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].upper).last();
                (sl + 1..e).all(capitals) && name_start.is_some_and(|f| f > a && sl - f <= 3 && ctx.punct(f - 1, &['.', '!', '?']))
            });
            if credit {
                out.push(para);
            }
        }
    }
    out
}


#[allow(clippy::too_many_arguments)]
fn attribute_direct(ctx: &Ctx, qi: usize, q: &QuoteSpan, qa: usize, qb: usize, title_like: bool, done: &[Attributed], accepted: &[(usize, usize, usize)], sal: &mut Salience, used_cues: &mut [bool]) -> Option<Attributed> {
    let doc = ctx.doc;
    let (s0, _) = ctx.sentence(qa);
    let (_, s1) = ctx.sentence(qb - 1);
    // the stretch before the quote back to the previous quote or the sentence start, and after it
    let mut l0 = s0;
    let mut k = qa;
    while k > s0 {
        if ctx.quote_at[k - 1] != 0 && ctx.quote_at[k - 1] as usize - 1 != qi {
            l0 = k;
            break;
        }
        k -= 1;
    }
    let mut r1 = s1;
    for t in qb..s1 {
        if ctx.quote_at[t] != 0 {
            r1 = t;
            break;
        }
    }
    let make = |mention: Option<usize>, cue: Option<&SpeechCue>, rule: Rule, confidence: f32| -> Attributed {
        Attributed { span: q.span, kind: QuoteKind::Direct, mention, antecedent: None, cue: cue.map(|c| c.span), rule, confidence }
    };
    // — `le parole di Dmitry Peskov secondo cui ‘…’`, `X, secondo il quale “…”`: an attributor with
    // a relative pronoun points back to the mention before it
    // (the attributor ends two or three tokens before the quote: `secondo cui`, `secondo il quale`)
    let attributor = (2..=3).filter(|&back| qa > l0 + back).find_map(|back| ctx.cue_ending_at(qa - back).filter(|&ci| ctx.cues[ci].form == CueForm::Attributor));
    if let Some(ci) = attributor {
        let cue = &ctx.cues[ci];
        if let Some((m, _)) = source_before_relative(ctx, cue, l0).filter(|&(_, start)| start == qa) {
            used_cues[ci] = true;
            return Some(resolve(ctx, make(Some(m), Some(cue), Rule::Attributor, 0.8), sal, qa));
        }
    }
    // — trailing cue: `”, ha detto X` / `,” X said` / `,” said X`
    let mut k = qb;
    while k < r1 && ctx.punct(k, &[',', '–', '—', '-', ';', '(']) {
        k += 1;
    }
    let mut j = k;
    let mut trailing: Option<usize> = None;
    while j < r1 && j < k + 8 {
        if ctx.cue_at[j] != 0 {
            trailing = Some(ctx.cue_at[j] as usize - 1);
            break;
        }
        if ctx.mention_at[j] != 0 {
            j = ctx.mentions[ctx.mention_at[j] as usize - 1].end;
            continue;
        }
        if ctx.is(j, class::ADVERB) {
            j += 1;
            continue;
        }
        break;
    }
    // `”, così Enrico Borghi`: a verbless attributor after the quote
    if trailing.is_none() && k < r1 && ctx.is(k, class::POST_QUOTE) {
        if let Some(m) = mention_within(ctx, k + 1, r1, 6) {
            let cue = Span::new(doc.tokens[k].span.start, doc.tokens[k].span.end);
            return Some(resolve(ctx, Attributed { span: q.span, kind: QuoteKind::Direct, mention: Some(m), antecedent: None, cue: Some(cue), rule: Rule::TrailingCue, confidence: 0.85 }, sal, qa));
        }
    }
    // (an attributor with no source after it, `per la revisione`, is a preposition here)
    let r_end = r1.max(k + 1).min(doc.tokens.len());
    // (an attitude verb as well, when a comma joins it to the quote: `“…,” Vance agreed`, `“…”,
    // conclut le rapport`: the words are there, so the verb is their cue)
    let comma_joined = doc.text[q.inner.start..q.inner.end].trim_end().ends_with(',') || qb < r1 && ctx.punct(qb, &[',']);
    if let Some(ci) = trailing.filter(|&ci| (!ctx.cues[ci].attitude || comma_joined) && ctx.cues[ci].form != CueForm::Noun && !(ctx.cues[ci].form == CueForm::Attributor && ctx.subject_right(&ctx.cues[ci], r_end).is_none())) {
        let cue = &ctx.cues[ci];
        // where nouns are capitalised, `„Eine Katastrophe“, hieß es` is speech: a comma and a verb
        // after the marks do not follow a title
        let comma_cue = ctx.lang.capitalised_nouns && qb < r1 && ctx.punct(qb, &[',']) && cue.form == CueForm::Finite && qa + 1 < qb && {
            // an article and a noun (`„Eine Katastrophe“`), not a name (`„New York Times“`) or a code
            let inner = &doc.text[q.inner.start..q.inner.end];
            !inner.contains(|c: char| c.is_ascii_digit()) && ctx.is(qa + 1, class::DETERMINER) && q.words == 2
        };
        if title_like && q.words <= 3 && !comma_cue {
            return None;
        }
        used_cues[ci] = true;
        if cue.form == CueForm::Gerund {
            return Some(gerund_chain(ctx, make(None, Some(cue), Rule::GerundChain, 0.7), s0, qa, done, sal));
        }
        if !cue.inverted_pronoun {
            // a mention between the quote and the cue is its subject: `,” Brooks said`, `,” Danison
            // told HuffPost Canada`, `,” Rogers spokesperson Andrea Goldstein said` (the last one)
            if let Some(m) = (k..cue.first).rev().find(|&t| ctx.mention_at[t] != 0).map(|t| ctx.mention_at[t] as usize - 1) {
                return Some(resolve(ctx, make(Some(m), Some(cue), Rule::TrailingCue, 0.9), sal, qa));
            }
            if let Some(m) = ctx.subject_right(cue, r1.max(cue.end + 1).min(doc.tokens.len())) {
                return Some(resolve(ctx, make(Some(m), Some(cue), Rule::TrailingCue, 0.9), sal, qa));
            }
        }
        if cue.inverted_pronoun {
            return Some(inverted_pronoun(ctx, make(None, Some(cue), Rule::Anaphora, 0.7), cue, sal, qa));
        }
        return Some(anaphora(ctx, make(None, Some(cue), Rule::Anaphora, 0.6), sal));
    }
    // — leading cue: `X ha detto: “`, `X said “`, `told reporters that “`
    let mut k = qa;
    while k > l0 && (ctx.punct(k - 1, &[':', ',', '–', '—']) || ctx.is(k - 1, class::COMPLEMENTISER | class::ADDRESSEE)) {
        k -= 1;
    }
    let mut after_cue: Option<usize> = None;
    let leading = if k > l0 { ctx.cue_ending_at(k - 1) } else { None }.or_else(|| {
        // `told reporters:` / `ha detto ai giornalisti:`: a mention after the cue
        if k > l0 && ctx.mention_at[k - 1] != 0 {
            let mi = ctx.mention_at[k - 1] as usize - 1;
            let m = &ctx.mentions[mi];
            after_cue = Some(mi);
            (m.first > l0).then(|| ctx.cue_ending_at(m.first - 1)).flatten()
        } else {
            None
        }
    });
    if let Some(ci) = leading.filter(|&ci| !ctx.cues[ci].attitude && ctx.cues[ci].form != CueForm::Participle) {
        let cue = &ctx.cues[ci];
        if title_like && q.words <= 3 {
            return None;
        }
        used_cues[ci] = true;
        // `“A”, aggiunge il capo del governo, “B”`, `ha poi aggiunto il ministro: “…”`: the mention
        // after a finite verb is its inverted subject (not an addressee: `told reporters:`)
        let inverted = after_cue.filter(|&mi| {
            let m = &ctx.mentions[mi];
            m.first == cue.end && m.end < qa && cue.form == CueForm::Finite && !m.after_preposition && !ctx.is(m.first, class::ADDRESSEE) && !ctx.is(cue.end - 1, class::NEVER_INVERTED)
        });
        if let Some(m) = inverted {
            return Some(resolve(ctx, make(Some(m), Some(cue), Rule::LeadingCue, 0.9), sal, qa));
        }
        return Some(subject_of_cue(ctx, cue, s0, qa, make(None, Some(cue), Rule::LeadingCue, 0.9), done, sal));
    }
    // — headline or lead-in name: `Salvini: “…”` (not a name after a colon: `Codenamen: „Maelstrom“`)
    if qa > l0 && ctx.punct(qa - 1, &[':']) && !(title_like && q.words <= 3) {
        if qa > l0 + 1 && ctx.mention_at[qa - 2] != 0 {
            let m = ctx.mention_at[qa - 2] as usize - 1;
            let no_cue_before = (l0..qa).all(|t| ctx.cue_at[t] == 0);
            let c = &ctx.mentions[m];
            let after_comma = c.first > l0 && ctx.punct(c.first - 1, &[',']);
            if c.kind != MentionKind::Pronoun && (c.first == l0.max(s0) || no_cue_before && after_comma && !c.after_preposition) {
                return Some(resolve(ctx, make(Some(m), None, Rule::Headline, 0.85), sal, qa));
            }
        }
        // — colon introduction: `Rutte ha preso posizione: “…”`
        let last_cue = (l0..qa - 1).rev().find_map(|t| ctx.cue_ending_at(t)).filter(|&ci| !ctx.cues[ci].attitude);
        if let Some(ci) = last_cue {
            let cue = &ctx.cues[ci];
            used_cues[ci] = true;
            return Some(subject_of_cue(ctx, cue, s0, qa, make(None, Some(cue), Rule::ColonIntroduction, 0.8), done, sal));
        }
        if let Some(m) = first_subject(ctx, l0, qa - 1) {
            return Some(resolve(ctx, make(Some(m), None, Rule::ColonIntroduction, 0.75), sal, qa));
        }
        if !title_like && q.words >= 3 {
            return Some(anaphora(ctx, make(None, None, Rule::Anaphora, 0.5), sal));
        }
    }
    // — a speech verb elsewhere in the sentence: `aveva definito la situazione “un disastro”`
    if title_like {
        return None;
    }
    // `Pour la ministre X, interrogée sur CNews, « … »`, `Según X, «…»`: an attributor before the
    // quote, with no verb of its own between its source and the quote
    let attributor = (l0..qa).filter(|&t| ctx.quote_at[t] == 0).find_map(|t| ctx.cue_ending_at(t)).filter(|&ci| ctx.cues[ci].form == CueForm::Attributor);
    if let Some(ci) = attributor {
        let cue = &ctx.cues[ci];
        if let Some(m) = ctx.subject_right(cue, qa) {
            let free = (ctx.mentions[m].end..qa).all(|t| ctx.cue_at[t] == 0 || ctx.cues[ctx.cue_at[t] as usize - 1].form == CueForm::Participle);
            if free && qa > 0 && ctx.punct(qa - 1, &[',', ':']) {
                used_cues[ci] = true;
                return Some(resolve(ctx, make(Some(m), Some(cue), Rule::Attributor, 0.8), sal, qa));
            }
        }
    }
    // `laut Spiegel`: an attributor whose source is a capitalised word no list knows
    let unknown_source = |cue: &SpeechCue| cue.end < s1 && ctx.quote_at[cue.end] == 0 && doc.tokens[cue.end].kind == TokenKind::Word && doc.tokens[cue.end].upper;
    // where an attributor is also a common adverb (German `so`: `und so das Entstehen`), it counts
    // only with its source
    // (an attitude verb right before the quote: `considerou “inaceitável” o atraso`, where the
    // quote is the judgement it states)
    let usable = |ci: usize| {
        let c = &ctx.cues[ci];
        c.form != CueForm::Noun && (!c.attitude || c.end == qa) && (!ctx.lang.capitalised_nouns || c.form != CueForm::Attributor || unknown_source(c) || ctx.subject_right(c, s1).is_some())
    };
    let before = (s0..qa).rev().filter(|&t| ctx.quote_at[t] == 0).find_map(|t| ctx.cue_ending_at(t).filter(|&ci| usable(ci)));
    // `dijo que el jefe de Estado responderá “en cualquier momento”`: a verb inside the reported
    // clause of an earlier speech verb does not own the fragment; the reporting speaker does
    // (unless that verb reports a clause of its own: `contó que un vecino le dijo que … “…”`)
    let before = before.map(|ci| {
        let c = &ctx.cues[ci];
        if (c.end..(c.end + 3).min(qa)).any(|k| ctx.is(k, class::COMPLEMENTISER)) {
            return ci;
        }
        (s0..c.first)
            .filter(|&t| ctx.quote_at[t] == 0)
            .find_map(|t| ctx.cue_ending_at(t))
            .filter(|&e| e != ci && ctx.cues[e].form == CueForm::Finite && !ctx.cues[e].attitude && (ctx.cues[e].end..(ctx.cues[e].end + 3).min(c.first)).any(|k| ctx.is(k, class::COMPLEMENTISER)))
            .unwrap_or(ci)
    });
    let after = (qb..s1).filter(|&t| ctx.quote_at[t] == 0 && ctx.cue_at[t] != 0).map(|t| ctx.cue_at[t] as usize - 1).find(|&ci| usable(ci));
    let short = q.words <= 2;
    for (ci, is_before) in before.map(|c| (c, true)).into_iter().chain(after.map(|c| (c, false))) {
        let cue = &ctx.cues[ci];
        let distance = if is_before { qa - cue.end } else { cue.first.saturating_sub(qb) };
        // `Laut Polizei ist die Demonstration, …, „weitgehend störungsfrei“ verlaufen`: an attributor
        // opening the sentence covers all of it
        let opens_sentence = cue.form == CueForm::Attributor && cue.first == s0;
        // `…, habe ihr einen „Ruck“ verpasst und …, sagte Jane Greaves.`: a cue after a comma
        // closing the sentence attributes all that precedes it
        let closes_sentence = !is_before && cue.form == CueForm::Finite && cue.first > qb && ctx.punct(cue.first - 1, &[',']);
        if short && distance > 12 && !opens_sentence && !closes_sentence {
            continue;
        }
        // (a gerund after the quote speaks of it only right after its closing mark: `“…,” noting
        // that …`; further on it hangs on the clause the quote is part of: `the large “waves” in the
        // wind push warm air north, explaining …`)
        if cue.form == CueForm::Gerund && !is_before && distance > 2 {
            continue;
        }
        if cue.form == CueForm::Gerund {
            return Some(gerund_chain(ctx, make(None, Some(cue), Rule::GerundChain, 0.7), s0, qa, done, sal));
        }
        // `was described as “…” by the ministry`, `was described by the ministry as “…”`: a
        // passive's subject is who or what was spoken of, the speaker is its agent; without one, the
        // speaker the passage follows (`He was also described as “…”` after the judge's words)
        if cue.form == CueForm::Finite && passive(ctx, cue) {
            if let Some(m) = [cue.end, qb].into_iter().find_map(|k| passive_agent(ctx, k, s1)) {
                return Some(resolve(ctx, make(Some(m), Some(cue), Rule::PassiveAgent, 0.7), sal, qa));
            }
            // (the salient speaker from before this sentence, never its subject)
            return Some(anaphora_at(ctx, make(None, Some(cue), Rule::Anaphora, 0.5), sal, s0));
        }
        let subject = if cue.form == CueForm::Attributor {
            // `laut X`, `according to X`: the source follows the attributor, never precedes it
            ctx.subject_right(cue, if is_before { qa } else { s1 })
        } else if is_before {
            ctx.subject_left(cue, s0).or_else(|| ctx.subject_right(cue, qa))
        } else {
            ctx.subject_right(cue, s1).or_else(|| ctx.subject_left(cue, qb))
        };
        if let Some(m) = subject {
            return Some(resolve(ctx, make(Some(m), Some(cue), Rule::SentenceSubject, 0.7), sal, qa));
        }
        if cue.form == CueForm::Finite && is_before && !short || cue.form == CueForm::Attributor && unknown_source(cue) {
            return Some(anaphora(ctx, make(None, Some(cue), Rule::Anaphora, 0.5), sal));
        }
    }
    // `Es drohe „eine dramatische Erderwärmung“`: a sentence in the reported-speech mood quotes its
    // salient speaker
    if before.is_none() && after.is_none() && (s0..s1).any(|t| ctx.quote_at[t] == 0 && doc.is(t, class::SUBJUNCTIVE)) {
        // `Laut Polizei habe es … gegeben. … Dies hätten die Beamten „…“ verhindert.`: the source of
        // the reported speech the sentence continues, not the subject of its own clause
        if let Some((m, cue)) = reporting_source(ctx, s0) {
            return Some(resolve(ctx, make(Some(m), Some(&ctx.cues[cue]), Rule::Anaphora, 0.5), sal, qa));
        }
        return Some(anaphora(ctx, make(None, None, Rule::Anaphora, 0.45), sal));
    }
    if (before.is_some() || after.is_some()) && accepted.last().is_some_and(|p| p.2 <= qa && ctx.sent_of[p.2 - 1] == ctx.sent_of[qa]) {
        let prev = &done[done.len() - 1];
        return Some(Attributed { span: q.span, kind: QuoteKind::Direct, mention: prev.mention, antecedent: prev.antecedent, cue: prev.cue, rule: Rule::GerundChain, confidence: 0.6 });
    }
    // — the next sentence attributes it: `“…”. Così X …`, `“…”. Lo ha affermato X`
    if let Some(a) = attribute_by_following_sentence(ctx, q, qb, s1, sal) {
        return Some(a);
    }
    // — no cue: a quote that continues the previous speaker, or a long quote of the salient one;
    // a short one only as a full sentence right after the previous quote in its paragraph (`“I
    // loved doing that.”`)
    let inner = doc.text[q.inner.start..q.inner.end].trim();
    // (the stop may follow the closing mark: `"España necesita estabilidad".`)
    let after_mark = doc.token_at_or_after(q.span.end);
    let stop_after = after_mark < doc.tokens.len() && doc.tokens[after_mark].para == doc.tokens[qa].para && ctx.punct(after_mark, &['.', '!', '?']);
    let full_sentence = inner.chars().next().is_some_and(char::is_uppercase) && (inner.ends_with(['.', '!', '?']) || stop_after);
    let follows_quote = done.last().is_some_and(|p| p.kind == QuoteKind::Direct && p.span.end <= q.span.start && doc.paragraph_of(p.span.start) == doc.paragraph_of(q.span.start) && qa - doc.token_at_or_after(p.span.end).min(qa) <= 20);
    // a sentence quoted as a paragraph of its own, right after a paragraph that reports its speaker
    // (`The white paper said cold increases air leakage … ⏎ "This is a major challenge."`)
    let n = doc.tokens.len();
    let para = doc.tokens[qa].para;
    let alone = alone_in_paragraph(doc, qa, qb);
    if alone && full_sentence && q.words >= 3 && qa > 0 && done.last().map_or(true, |p| doc.tokens[doc.token_at_or_after(p.span.start).min(n - 1)].para + 1 < para) {
        let prev_para = doc.tokens[qa - 1].para;
        let (s0, s1) = ctx.sentence(qa - 1);
        let reporting = (s0..s1).filter(|&t| ctx.quote_at[t] == 0 && doc.tokens[t].para == prev_para).find_map(|t| ctx.cue_ending_at(t)).map(|ci| &ctx.cues[ci]).filter(|c| c.form == CueForm::Finite && !c.attitude);
        if let Some(cue) = reporting {
            if let Some(m) = ctx.subject_left(cue, s0).filter(|&m| ctx.mentions[m].kind != MentionKind::Pronoun && subject_close_to_verb(ctx, m, cue.first)) {
                return Some(resolve(ctx, make(Some(m), None, Rule::Continuation, 0.55), sal, qa));
            }
        }
    }
    if q.words < 5 && !q.dash && !(q.words >= 2 && full_sentence && follows_quote) {
        return None;
    }
    // `banned "bring them home" or "bring the troops home"`: a quote joined by a conjunction to one
    // that no one said is another item of a list of expressions, mentioned rather than said (but
    // `"Esamineremo …" e "ascolteremo …"` continues a speaker's words)
    if qa >= 2 && doc.tokens[qa - 1].kind == TokenKind::Word && ctx.quote_at[qa - 1] == 0 && ctx.is(qa - 1, class::CONJUNCTION) && ctx.quote_at[qa - 2] != 0 && done.last().map_or(true, |p| p.span.end < doc.tokens[qa - 2].span.end) {
        return None;
    }
    if quoted_subheading(doc, q, qa, qb) {
        return None;
    }
    if let Some(prev) = done.last() {
        let prev_para = doc.paragraph_of(prev.span.start).unwrap_or(0);
        let this_para = doc.tokens[qa].para as usize;
        if this_para <= prev_para + 1 && prev.kind == QuoteKind::Direct {
            return Some(Attributed { span: q.span, kind: QuoteKind::Direct, mention: prev.mention, antecedent: prev.antecedent, cue: None, rule: Rule::Continuation, confidence: 0.6 });
        }
    }
    if q.words >= 8 {
        if sal.last_speaker.is_none() {
            if let Some(a) = attribute_by_later_cue(ctx, q, s1) {
                return Some(a);
            }
        }
        return Some(anaphora(ctx, make(None, None, Rule::Anaphora, 0.35), sal));
    }
    None
}

/// The speaker whose reported speech a sentence starting at `s0` continues: the subject of the
/// nearest speech cue or attributor in the sentences before, within this paragraph and the previous
/// one, with every sentence in between in the reported mood (German Konjunktiv I). Returns the
/// mention and the cue.
fn reporting_source(ctx: &Ctx, s0: usize) -> Option<(usize, usize)> {
    let doc = ctx.doc;
    let para = doc.tokens[s0].para;
    let mut si = ctx.sent_of[s0] as usize;
    for _ in 0..4 {
        si = si.checked_sub(1)?;
        let (a, b) = ctx.sentences[si];
        if doc.tokens[a].para + 1 < para {
            return None;
        }
        let cues = (a..b).filter(|&t| ctx.quote_at[t] == 0).filter_map(|t| ctx.cue_ending_at(t)).collect::<Vec<_>>();
        for &ci in cues.iter().rev() {
            let c = &ctx.cues[ci];
            let m = match c.form {
                CueForm::Attributor => ctx.subject_right(c, b),
                CueForm::PostAttributor => ctx.subject_left(c, a),
                CueForm::Finite => ctx.subject_left(c, a).or_else(|| ctx.subject_right(c, b)),
                _ => None,
            };
            if let Some(m) = m {
                return Some((m, ci));
            }
        }
        // the chain of reported speech breaks at a sentence in the indicative
        if !(a..b).any(|t| ctx.quote_at[t] == 0 && doc.is(t, class::SUBJUNCTIVE)) {
            return None;
        }
    }
    None
}

/// `X, secondo il quale CONTENT` / `Lagarde secondo cui CONTENT`: an attributor followed by a
/// relative pronoun names no source after it; the relative points back to the mention before the
/// attributor (a comma between them allowed). Returns that mention and where the content starts.
fn source_before_relative(ctx: &Ctx, cue: &SpeechCue, s0: usize) -> Option<(usize, usize)> {
    let n = ctx.doc.tokens.len();
    let mut r = cue.end;
    if r + 1 < n && ctx.is(r, class::DETERMINER) && ctx.is(r + 1, class::RELATIVE) {
        r += 1;
    }
    // (not a complementiser: `para que` is a purpose clause)
    if r >= n || !ctx.is(r, class::RELATIVE) || ctx.is(r, class::COMPLEMENTISER) {
        return None;
    }
    let mut p = cue.first;
    if p > s0 && ctx.punct(p - 1, &[',']) {
        p -= 1;
    }
    let m = (p > s0 && ctx.mention_at[p - 1] != 0).then(|| ctx.mention_at[p - 1] as usize - 1)?;
    (ctx.mentions[m].kind != MentionKind::Pronoun).then_some((m, r + 1))
}

/// `“…”. Così Christine Lagarde ha aperto …` / `“…”. Lo ha affermato il portavoce …`: a sentence right
/// after the quote that opens with `così` (or a clitic and a speech verb) names the speaker.
fn attribute_by_following_sentence(ctx: &Ctx, q: &QuoteSpan, qb: usize, s1: usize, sal: &Salience) -> Option<Attributed> {
    let doc = ctx.doc;
    let n = doc.tokens.len();
    // the quote must end its sentence
    let mut t = qb;
    while t < n && t < s1 && ctx.punct(t, &['.', '!', '?', '…']) {
        t += 1;
    }
    // the next sentence is in the same paragraph, or the quote is a paragraph of its own and the
    // next one opens with the attribution (`“…”.⏎⏎Lo ha detto Enrico Letta …`)
    let qa = doc.token_at_or_after(q.span.start);
    let own_paragraph = qa < n && (qa == 0 || doc.tokens[qa - 1].para != doc.tokens[qa].para) && t < n && doc.tokens[t].para == doc.tokens[qb - 1].para + 1;
    if t != s1 || t >= n || doc.tokens[t].para != doc.tokens[qb - 1].para && !own_paragraph {
        return None;
    }
    // (`… immagini…”. Così`: the stop after a quote ending in an ellipsis is a sentence of its own)
    while t + 1 < n && ctx.punct(t, &['.', '!', '?', '…']) && doc.tokens[t + 1].para == doc.tokens[t].para {
        t += 1;
    }
    let (_, e) = ctx.sentence(t);
    let mut k = t;
    let so = ctx.is(k, class::POST_QUOTE);
    if so {
        k += 1;
    }
    while k < e && ctx.is(k, class::CLITIC | class::ADVERB) {
        k += 1;
    }
    let make = |m: usize, cue: Option<Span>| Attributed { span: q.span, kind: QuoteKind::Direct, mention: Some(m), antecedent: None, cue, rule: Rule::FollowingSentence, confidence: 0.8 };
    if k < e && ctx.cue_at[k] != 0 {
        let c = &ctx.cues[ctx.cue_at[k] as usize - 1];
        // an attitude verb too when a clitic points back at the quote (`Ne è convinto X`)
        if c.first >= t && (!c.attitude || k > t && !so) {
            if let Some(m) = ctx.subject_right(c, e) {
                return Some(resolve(ctx, make(m, Some(c.span)), &mut Salience { last_speaker: sal.last_speaker }, t));
            }
        }
    }
    if so {
        // `Così X commenta …`, `Così il vicepremier e ministro Matteo Salvini`: the first mention
        if let Some(m) = mention_within(ctx, k, e, 6) {
            let cue = Span::new(doc.tokens[t].span.start, doc.tokens[t].span.end);
            return Some(resolve(ctx, make(m, Some(cue)), &mut Salience { last_speaker: sal.last_speaker }, t));
        }
    }
    None
}

/// Whether the quote at tokens `[qa, qb)` is a paragraph of its own, but for punctuation after the
/// closing mark (`'Hard to be …'.`).
fn alone_in_paragraph(doc: &Document, qa: usize, qb: usize) -> bool {
    let para = doc.tokens[qa].para;
    let mut after = doc.tokens[qb.min(doc.tokens.len())..].iter().take_while(|t| t.para == para);
    (qa == 0 || doc.tokens[qa - 1].para != para) && after.by_ref().take(3).all(|t| t.kind == TokenKind::Punct) && after.next().is_none()
}

/// A quoted subheading: a paragraph of its own in single marks, the headline style, without a
/// final stop (`'Not a lot of units available'`), titles a section with someone's words; it is not
/// itself reported, even where the words repeat an attributed quote.
fn quoted_subheading(doc: &Document, q: &QuoteSpan, qa: usize, qb: usize) -> bool {
    !q.dash && doc.text[q.span.start..].starts_with(['\'', '‘', '’']) && !doc.text[q.inner.start..q.inner.end].trim_end().ends_with(['.', '!', '?', '…', ',', ';', ':']) && alone_in_paragraph(doc, qa, qb)
}

/// Whether the sentence opening at `s0` points back at the one before through its speech cue: only
/// clitics and anaphors before a finite cue (`Lo ha affermato X`, `È quanto fanno sapere X`), or
/// `è`, an article and one or two plain words before a bare participle (`È il quadro descritto dal
/// primario X`, `È l'allarme lanciato ieri da X`), whose agent [`participle_agent`] finds.
fn anaphoric_opening(ctx: &Ctx, cue: &SpeechCue, s0: usize) -> bool {
    if cue.first < s0 || !ctx.is(s0, class::CLITIC | class::ANAPHOR) {
        return false;
    }
    if cue.form == CueForm::Finite {
        return (s0..cue.first).all(|k| ctx.is(k, class::CLITIC | class::ANAPHOR));
    }
    let doc = ctx.doc;
    cue.form == CueForm::Participle
        && ctx.is(s0, class::ANAPHOR)
        && ctx.is(s0, class::AUX)
        && cue.first >= s0 + 3
        && cue.first <= s0 + 4
        && ctx.is(s0 + 1, class::DETERMINER)
        && (s0 + 2..cue.first).all(|k| doc.tokens[k].kind == TokenKind::Word && !doc.tokens[k].upper && doc.classes(k) == 0 && ctx.quote_at[k] == 0)
}

/// The agent of a bare participle: a name after a preposition within the next four words, with no
/// punctuation before it (`descritto dal direttore X`, `lanciato ieri da X`).
fn participle_agent(ctx: &Ctx, cue: &SpeechCue, s1: usize) -> Option<usize> {
    let m = mention_within(ctx, cue.end, s1, 4)?;
    let c = &ctx.mentions[m];
    (c.after_preposition && c.first > cue.end && ctx.is(c.first - 1, class::PREPOSITION)).then_some(m)
}

/// The agent of a passive speech verb: a mention right after the agent's preposition at token `k`
/// (`by the mayor`, `pela prefeita`).
fn passive_agent(ctx: &Ctx, k: usize, limit: usize) -> Option<usize> {
    (k + 1 < limit && ctx.doc.tokens[k].kind == TokenKind::Word && ctx.is(k, class::AGENT)).then(|| mention_within(ctx, k + 1, limit, 2)).flatten()
}

/// The first non-pronoun mention starting in `[from, from + window)`, before `limit` and before any
/// punctuation.
fn mention_within(ctx: &Ctx, from: usize, limit: usize, window: usize) -> Option<usize> {
    for t in from..limit.min(from + window) {
        if ctx.mention_at[t] != 0 {
            let m = ctx.mention_at[t] as usize - 1;
            if ctx.mentions[m].kind != MentionKind::Pronoun {
                return Some(m);
            }
        }
        if ctx.doc.tokens[t].kind == TokenKind::Punct {
            return None;
        }
    }
    None
}

/// A long quote that opens a story with no cue near it: the speaker is named in the next
/// sentences (`“…”. Ne è convinto il ministro …, ha aggiunto`): the subject of their first speech cue.
fn attribute_by_later_cue(ctx: &Ctx, q: &QuoteSpan, s1: usize) -> Option<Attributed> {
    let doc = ctx.doc;
    let n = doc.tokens.len();
    let first = ctx.sent_of[s1.min(n - 1)] as usize;
    for si in first..first + 2 {
        let (a, b) = *ctx.sentences.get(si)?;
        if a < s1 || doc.tokens[a].para > doc.tokens[s1.min(n - 1)].para + 1 {
            return None;
        }
        let cue = (a..b).filter(|&t| ctx.quote_at[t] == 0 && ctx.cue_at[t] != 0).map(|t| ctx.cue_at[t] as usize - 1).find(|&ci| ctx.cues[ci].form == CueForm::Finite && !ctx.cues[ci].attitude);
        if let Some(ci) = cue {
            let c = &ctx.cues[ci];
            if let Some(m) = ctx.subject_left(c, a).or_else(|| ctx.subject_right(c, b)).filter(|&m| ctx.mentions[m].kind != MentionKind::Pronoun) {
                return Some(Attributed { span: q.span, kind: QuoteKind::Direct, mention: Some(m), antecedent: None, cue: Some(c.span), rule: Rule::FollowingSentence, confidence: 0.5 });
            }
        }
    }
    None
}

/// `“A” nell’area … “B”, avverte il Dg`: pieces of one sentence without their own cue take the
/// attribution of the next piece's trailing cue.
fn inherit_from_next_piece(ctx: &Ctx, out: &mut [Attributed]) {
    for i in (0..out.len().saturating_sub(1)).rev() {
        if out[i].kind != QuoteKind::Direct || matches!(out[i].rule, Rule::TrailingCue | Rule::LeadingCue | Rule::InnerCue | Rule::ColonIntroduction | Rule::Headline | Rule::Attributor) {
            continue;
        }
        let next = &out[i + 1];
        if next.kind != QuoteKind::Direct || !matches!(next.rule, Rule::TrailingCue | Rule::InnerCue) {
            continue;
        }
        let a = ctx.doc.token_end_before(out[i].span.end).saturating_sub(1);
        let b = ctx.doc.token_at_or_after(next.span.start);
        if b >= ctx.doc.tokens.len() || ctx.sent_of[a] != ctx.sent_of[b] {
            continue;
        }
        let (mention, antecedent, cue) = (next.mention, next.antecedent, next.cue);
        out[i].mention = mention;
        out[i].antecedent = antecedent;
        out[i].cue = cue;
        out[i].rule = Rule::InnerCue;
        out[i].confidence = 0.8;
    }
}

/// Which quotes are titles: [`is_title_like`], and every short quote listed with a title (`Stücke wie
/// „Mein Gorilla hat 'ne Villa im Zoo“, „Von Kopf bis Fuß“ und …`, `in „A“ oder „B“`).
fn titles_in_lists(ctx: &Ctx, quotes: &[QuoteSpan]) -> Vec<bool> {
    let doc = ctx.doc;
    let n = doc.tokens.len();
    let mut titles: Vec<bool> = quotes.iter().map(|q| is_title_like(ctx, q, doc.token_at_or_after(q.span.start))).collect();
    let short = |q: &QuoteSpan| q.words <= 8 && !doc.text[q.inner.start..q.inner.end].trim_end().ends_with(['.', '!', '?']);
    // quotes i and i + 1 stand in one list: a comma or a conjunction between them, nothing else
    let listed = |i: usize| {
        let (a, b) = (doc.token_end_before(quotes[i].span.end), doc.token_at_or_after(quotes[i + 1].span.start));
        b == a + 1 && b < n && doc.tokens[a].para == doc.tokens[b].para && (ctx.punct(a, &[',']) || doc.tokens[a].kind == TokenKind::Word && ctx.is(a, class::CONJUNCTION))
    };
    for i in 0..quotes.len().saturating_sub(1) {
        if titles[i] && !titles[i + 1] && short(&quotes[i + 1]) && listed(i) {
            titles[i + 1] = true;
        }
    }
    for i in (0..quotes.len().saturating_sub(1)).rev() {
        if titles[i + 1] && !titles[i] && short(&quotes[i]) && listed(i) {
            titles[i] = true;
        }
    }
    titles
}

/// Titles of works, names and terms in marks: Title Case, or introduced by `film`, `so-called`, ….
fn is_title_like(ctx: &Ctx, q: &QuoteSpan, qa: usize) -> bool {
    let doc = ctx.doc;
    let inner = &doc.text[q.inner.start..q.inner.end];
    // where every noun is capitalised, a quote after an indefinite article is a noun phrase someone
    // used (`nannte den Bericht eine „Zeitungsente“`), not a name
    let predicate_noun = ctx.lang.capitalised_nouns && qa > 0 && doc.tokens[qa - 1].kind == TokenKind::Word && ctx.is(qa - 1, class::INDEFINITE);
    if q.words <= 6 && !predicate_noun && !inner.contains(['.', '!', '?', ',']) {
        // (counted as they are read: no vector of words)
        let (mut words, mut long, mut long_capitalised) = (0, 0, 0);
        for w in inner.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_alphabetic)) {
            words += 1;
            if w.chars().count() > 3 {
                long += 1;
                long_capitalised += w.chars().next().is_some_and(char::is_uppercase) as usize;
            }
        }
        if long > 0 && long_capitalised == long {
            // a single capitalised word can be speech only at a sentence start
            if !(words == 1 && doc.tokens.get(qa).is_some_and(|t| t.starts_sentence)) {
                return true;
            }
        }
    }
    if after_title_introducer(ctx, q, qa) {
        return true;
    }
    // compounds ending in an introducer: `ARD-Sendung „plusminus“`, `Wochenzeitung „Die Zeit“`
    if qa > 0 && doc.tokens[qa - 1].kind == TokenKind::Word && q.words <= 4 {
        let w = doc.lower(qa - 1);
        if TITLE_COMPOUND_ENDINGS.iter().any(|e| w.len() > e.len() && w.ends_with(e)) {
            return true;
        }
    }
    // a domain name or a code in marks: `„tagesschau.de“`, `„HD 13189“`
    let inner_trim = inner.trim().trim_matches(|c: char| crate::text::is_quote_char(c));
    // a catalogue code: `„HD 13189“`, `„G8“`
    let code = q.words <= 3 && inner_trim.chars().any(|c| c.is_ascii_digit()) && inner_trim.split_whitespace().all(|w| w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-'));
    if code || (q.words <= 2 || !inner_trim.contains(char::is_whitespace)) && (inner_trim.contains('.') && !inner_trim.ends_with('.') || inner_trim.chars().any(|c| c.is_ascii_digit()) && !inner_trim.contains(' ')) {
        return true;
    }
    // `Lagarde lancia la "revisione strategica"`: a short phrase after a definite article names a
    // thing (after an indefinite one, it is what someone called it: `une "amnésie fictive"`; after
    // an article joined to a preposition, what someone spoke of: `pela "fuga de informação"`)
    if !ctx.lang.capitalised_nouns && qa > 0 && (2..=3).contains(&q.words) && doc.tokens[qa - 1].kind == TokenKind::Word && ctx.is(qa - 1, class::DETERMINER) && !ctx.is(qa - 1, class::PRONOUN | class::COMPLEMENTISER | class::RELATIVE | class::INDEFINITE | class::PREPOSITION) && !inner_trim.contains(['.', '!', '?', ',', ':']) {
        return true;
    }
    if modifies_next_noun(ctx, q, qa) || subject_of_copula(ctx, q) {
        return true;
    }
    // `alla presentazione del “Manifesto di Assisi - Per un’economia …”`: a capitalised phrase
    // without a sentence's stop right after a preposition is a name (not where every noun is
    // capitalised)
    if !ctx.lang.capitalised_nouns && qa > 0 && doc.tokens[qa - 1].kind == TokenKind::Word && ctx.is(qa - 1, class::PREPOSITION) && inner_trim.chars().next().is_some_and(char::is_uppercase) && !inner_trim.contains(['.', '!', '?', ',', ':']) {
        return true;
    }
    false
}

/// `the "unpredictable" nature`, `of “free” sugars`: one quoted word between an article or a
/// preposition and a noun modifies that noun, a term no one is quoted saying, even inside a reported
/// clause. (Not where every noun is capitalised: there a lowercase word after the marks is a verb,
/// `als „falsch“ zurückgewiesen`.)
fn modifies_next_noun(ctx: &Ctx, q: &QuoteSpan, qa: usize) -> bool {
    let doc = ctx.doc;
    if ctx.lang.capitalised_nouns || q.words != 1 || qa == 0 || doc.tokens[qa - 1].kind != TokenKind::Word || !ctx.is(qa - 1, class::DETERMINER | class::PREPOSITION) {
        return false;
    }
    if doc.text[q.inner.start..q.inner.end].contains(['.', '!', '?', ',', ':']) {
        return false;
    }
    let next = doc.token_at_or_after(q.span.end);
    next < doc.tokens.len() && doc.tokens[next].kind == TokenKind::Word && !doc.tokens[next].upper && doc.tokens[next].para == doc.tokens[qa].para && doc.classes(next) == 0 && ctx.cue_at[next] == 0
}

/// The quotes not yet `taken` that stand inside one of `holders` (sorted, not nested) with a speaker,
/// and are not names or terms: (quote index, holder index) pairs, fragments of the holder's speech.
fn quotes_inside(ctx: &Ctx, quotes: &[QuoteSpan], taken: &[bool], holders: &[Attributed]) -> Vec<(usize, usize)> {
    let doc = ctx.doc;
    let mut out = Vec::new();
    for (qi, q) in quotes.iter().enumerate() {
        if taken[qi] {
            continue;
        }
        let qa = doc.token_at_or_after(q.span.start);
        if qa >= doc.tokens.len() || named_inside_report(ctx, q, qa) {
            continue;
        }
        let i = holders.partition_point(|h| h.span.start <= q.span.start);
        if i > 0 && q.span.end <= holders[i - 1].span.end && holders[i - 1].speaker_mention().is_some() {
            out.push((qi, i - 1));
        }
    }
    out
}

/// A direct quote `span` inside `holder`'s reported words: the holder's speaker and cue, a little
/// less confidence.
fn fragment_of(holder: &Attributed, span: Span) -> Attributed {
    Attributed { span, kind: QuoteKind::Direct, mention: holder.mention, antecedent: holder.antecedent, cue: holder.cue, rule: holder.rule, confidence: (holder.confidence - 0.1).max(0.1) }
}

/// Whether a quote inside someone's reported words is still a name or a term, not a fragment of
/// their words: a long title, a modifier of the next noun, a subject of `to be`, a quote after a
/// word that names (`what they call “project panic”`) or after a title's introducer, whatever its
/// length (`a rappelé que le centre intégré “…” a ouvert …`). (Another short title-like quote there
/// is the speaker's word: `ha detto che la Brexit è uno “schiaffo”`.)
fn named_inside_report(ctx: &Ctx, q: &QuoteSpan, qa: usize) -> bool {
    let doc = ctx.doc;
    let naming = qa > 0 && doc.tokens[qa - 1].kind == TokenKind::Word && ctx.is(qa - 1, class::NAMING);
    is_title_like(ctx, q, qa) && (q.words > 3 || ctx.lang.capitalised_nouns) || modifies_next_noun(ctx, q, qa) || subject_of_copula(ctx, q) || naming || after_title_introducer(ctx, q, qa)
}

/// `il film “Roma”`, `the book titled “…”`, `il programma televisivo “…”`: a quote right after a
/// title's introducer, or (up to four words) one word after it.
fn after_title_introducer(ctx: &Ctx, q: &QuoteSpan, qa: usize) -> bool {
    let doc = ctx.doc;
    let introducer = |k: usize| doc.tokens[k].kind == TokenKind::Word && is_title_introducer(doc.lower(k));
    qa > 0 && introducer(qa - 1) || qa > 1 && q.words <= 4 && introducer(qa - 2)
}

/// `A “flipper” is when …`, `“austerity” was among the words …`: a short quote right before a
/// form of `to be` is the subject of a definition or a comment, a term the journalist discusses,
/// not words someone said (speech ends before the verb that follows it: `“Enough” is what they
/// chanted` is rare next to the terms).
fn subject_of_copula(ctx: &Ctx, q: &QuoteSpan) -> bool {
    let doc = ctx.doc;
    if q.words > 3 || doc.text[q.inner.start..q.inner.end].contains(['.', '!', '?', ',', ':', ';']) {
        return false;
    }
    let next = doc.token_at_or_after(q.span.end);
    next < doc.tokens.len() && doc.tokens[next].kind == TokenKind::Word && !doc.tokens[next].upper && ctx.is(next, class::COPULA) && ctx.quote_at[next] == 0
}

/// The first mention in `[from, to)` that can be a subject.
fn first_subject(ctx: &Ctx, from: usize, to: usize) -> Option<usize> {
    (from..to).filter(|&t| ctx.mention_at[t] != 0 && ctx.quote_at[t] == 0).map(|t| ctx.mention_at[t] as usize - 1).find(|&m| !ctx.mentions[m].after_preposition)
}

fn subject_of_cue(ctx: &Ctx, cue: &SpeechCue, s0: usize, qa: usize, a: Attributed, done: &[Attributed], sal: &mut Salience) -> Attributed {
    if cue.form == CueForm::Gerund {
        let mut a = a;
        a.rule = Rule::GerundChain;
        a.confidence = 0.75;
        return gerund_chain(ctx, a, s0, qa, done, sal);
    }
    if cue.form == CueForm::Attributor {
        if let Some(m) = ctx.subject_right(cue, qa) {
            return resolve(ctx, Attributed { mention: Some(m), rule: Rule::Attributor, ..a }, sal, qa);
        }
    }
    if cue.inverted_pronoun {
        return inverted_pronoun(ctx, Attributed { rule: Rule::Anaphora, confidence: 0.7, ..a }, cue, sal, qa);
    }
    // `arriva il commento a freddo di Amadeus: “…”`, `the statement by the ministry: “…”`: a cue
    // noun's author follows it
    if cue.form == CueForm::Noun {
        let author = (cue.end..qa.min(cue.end + 5)).find(|&t| ctx.mention_at[t] != 0).map(|t| ctx.mention_at[t] as usize - 1).filter(|&m| ctx.mentions[m].after_preposition && ctx.mentions[m].kind != MentionKind::Pronoun);
        if let Some(m) = author {
            return resolve(ctx, Attributed { mention: Some(m), ..a }, sal, qa);
        }
    }
    if let Some(m) = ctx.subject_left(cue, s0).or_else(|| ctx.subject_right(cue, qa)) {
        return resolve(ctx, Attributed { mention: Some(m), ..a }, sal, qa);
    }
    anaphora(ctx, Attributed { rule: Rule::Anaphora, confidence: 0.6, ..a }, sal)
}

/// `…, accusandole di …, avvertendo: “…”`: a gerund's subject is the main clause's, which is the
/// speaker of an earlier quote in the same sentence or the subject of the sentence's first verb.
fn gerund_chain(ctx: &Ctx, a: Attributed, s0: usize, qa: usize, done: &[Attributed], sal: &mut Salience) -> Attributed {
    if let Some(prev) = done.last() {
        let pt = ctx.doc.token_at_or_after(prev.span.start);
        if pt < ctx.doc.tokens.len() && pt >= s0 && pt < qa && (prev.mention.is_some() || prev.antecedent.is_some()) {
            return Attributed { mention: prev.mention, antecedent: prev.antecedent, ..a };
        }
    }
    // the finite speech verb the gerund hangs on: the nearest before it (`Beaumont ha segnalato il
    // problema al Center, il quale ha risposto spiegando che …`: the Center's)
    let g = a.cue.map_or(qa, |c| ctx.doc.token_at_or_after(c.start)).min(qa);
    if let Some(ci) = finite_cue_before(ctx, s0, g) {
        if let Some(m) = ctx.subject_left(&ctx.cues[ci], s0).or_else(|| ctx.subject_right(&ctx.cues[ci], qa)) {
            return resolve(ctx, Attributed { mention: Some(m), ..a }, sal, qa);
        }
    }
    if let Some(m) = first_subject(ctx, s0, qa) {
        return resolve(ctx, Attributed { mention: Some(m), ..a }, sal, qa);
    }
    anaphora(ctx, Attributed { rule: Rule::Anaphora, confidence: 0.5, ..a }, sal)
}

/// The speech cue ending nearest before token `to` (from `s0`, outside quotes), if it is finite: the
/// verb a gerund hangs on.
fn finite_cue_before(ctx: &Ctx, s0: usize, to: usize) -> Option<usize> {
    (s0..to).rev().filter(|&t| ctx.quote_at[t] == 0).find_map(|t| ctx.cue_ending_at(t)).filter(|&ci| ctx.cues[ci].form == CueForm::Finite)
}

/// A pronoun mention resolves to the salient speaker; a named one is its own antecedent.
fn resolve(ctx: &Ctx, mut a: Attributed, sal: &mut Salience, at: usize) -> Attributed {
    if let Some(m) = a.mention {
        if ctx.mentions[m].kind == MentionKind::Pronoun {
            a.antecedent = antecedent_for_pronoun(ctx, m, sal, at);
            a.confidence = a.confidence.min(0.75);
        }
    }
    a
}

/// `a-t-il ajouté`, `ont-elles dit`: the pronoun inside the cue resolves like a pronoun mention —
/// to a person (or a group, for a plural pronoun) — rather than to any salient subject.
fn inverted_pronoun(ctx: &Ctx, mut a: Attributed, cue: &SpeechCue, sal: &Salience, at: usize) -> Attributed {
    let plural = (cue.first..cue.end).any(|t| {
        let w = ctx.doc.lower(t);
        w.ends_with("-ils") || w.ends_with("-elles")
    });
    let para = ctx.doc.tokens[at].para;
    if !plural {
        if let Some((s, end)) = sal.last_speaker {
            let m = &ctx.mentions[s];
            if m.kind == MentionKind::Name && !m.organisation && ctx.doc.tokens[end.saturating_sub(1).min(ctx.doc.tokens.len() - 1)].para + 1 >= para {
                // the last speaker, unless another person is named since
                let upto = ctx.mentions.partition_point(|c| c.end <= at);
                let newer = ctx.mentions[..upto].iter().enumerate().rev().take_while(|(_, c)| c.first >= end).find(|&(i, c)| c.kind == MentionKind::Name && !c.organisation && !c.after_preposition && looks_like_person(ctx, i));
                a.antecedent = Some(newer.map_or(s, |(i, _)| i));
                return a;
            }
        }
    }
    let upto = ctx.mentions.partition_point(|c| c.end <= at);
    let found = ctx.mentions[..upto].iter().enumerate().rev().take_while(|(_, c)| ctx.doc.tokens[c.first].para + 2 >= para).find(|(_, c)| {
        if plural {
            c.plural || c.organisation || c.kind == MentionKind::Organisation
        } else {
            c.kind == MentionKind::Name && !c.organisation || c.kind == MentionKind::Role && !c.plural
        }
    });
    match found {
        Some((i, _)) => {
            a.antecedent = Some(i);
            a
        }
        None => anaphora(ctx, a, sal),
    }
}

fn antecedent_for_pronoun(ctx: &Ctx, pronoun: usize, sal: &Salience, _at: usize) -> Option<usize> {
    let p = &ctx.mentions[pronoun];
    let para = ctx.doc.tokens[p.first].para;
    let neuter = ctx.doc.is(p.first, class::NEUTER);
    let plural = ctx.doc.is(p.first, class::PLURAL);
    let is_org = |m: &Candidate| m.organisation || m.kind == MentionKind::Organisation;
    let fits = |i: usize| {
        let m = &ctx.mentions[i];
        if neuter {
            is_org(m) || m.kind == MentionKind::Name && !looks_like_person(ctx, i)
        } else if plural {
            m.plural || is_org(m)
        } else {
            m.kind == MentionKind::Name && !m.organisation && looks_like_person(ctx, i)
        }
    };
    // the nearest earlier fitting mention that can be a subject, in this or the two paragraphs before
    let nearest = ctx.mentions[..pronoun]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, m)| ctx.doc.tokens[m.first].para + 2 >= para)
        .find(|&(i, m)| fits(i) && !m.after_preposition)
        .map(|(i, _)| i)
        // in an earlier sentence, its subject (the first fitting mention) rather than a name in its
        // apposition or object (`Navdeep Bains, Minister of Innovation, Science and Economic
        // Development, said … . “…,” he said`)
        .map(|i| {
            let si = ctx.sent_of[ctx.mentions[i].first];
            if si == ctx.sent_of[p.first] {
                return i;
            }
            let s0 = ctx.sentences[si as usize].0;
            let lo = ctx.mentions.partition_point(|c| c.first < s0);
            (lo..i).find(|&j| fits(j) && !ctx.mentions[j].after_preposition && ctx.quote_at[ctx.mentions[j].first] == 0).unwrap_or(i)
        });
    // the last speaker if they were named after the nearest fitting mention, else that mention
    // (a speaker named only after the pronoun is not its antecedent: the indirect pass runs after
    // every direct quote has set the salience)
    let speaker = sal.last_speaker.filter(|&(s, _)| fits(s) && ctx.mentions[s].kind != MentionKind::Pronoun && ctx.mentions[s].first < p.first);
    match (nearest, speaker) {
        (Some(n), Some((s, _))) => Some(if ctx.mentions[s].first > ctx.mentions[n].first { s } else { n }),
        (Some(n), None) => Some(n),
        (None, Some((s, _))) => Some(s),
        (None, None) => sal.last_speaker.map(|(s, _)| s).filter(|_| !neuter),
    }
}

/// A person's name has two words or more (`Dennis Brooks`), or is the surname of one written earlier
/// (`Brooks`): a lone capitalised word (`Story`, `Cambridge`) is not taken for a `he` or `she`.
fn looks_like_person(ctx: &Ctx, i: usize) -> bool {
    let doc = ctx.doc;
    let m = &ctx.mentions[i];
    let (a, b) = ctx.heads[i];
    let words = (a..b).filter(|&t| doc.tokens[t].kind == TokenKind::Word).count();
    // (an acronym in it makes a name an organisation's: `BC Hydro`, `CBC News`)
    let acronym = (a..b).any(|t| doc.tokens[t].kind == TokenKind::Word && doc.word(t).chars().count() >= 2 && doc.word(t).chars().all(|c| c.is_uppercase()));
    if words >= 2 {
        return !acronym;
    }
    if words == 0 || b == 0 {
        return false;
    }
    let surname = doc.lower(b - 1);
    let upto = ctx.mentions.partition_point(|c| c.first < m.first);
    (0..upto).rev().take(400).any(|j| {
        let (c, (a, e)) = (&ctx.mentions[j], ctx.heads[j]);
        c.kind == MentionKind::Name && !c.organisation && e >= 2 && doc.lower(e - 1) == surname && a + 1 < e
    })
}

/// No speaker named next to the quote: the last speaker, or a subject the narrative named after
/// them (see [`recent_subject`]); none when there is neither.
fn anaphora(ctx: &Ctx, a: Attributed, sal: &Salience) -> Attributed {
    let at = ctx.doc.token_at_or_after(a.span.start).min(ctx.doc.tokens.len().saturating_sub(1));
    anaphora_at(ctx, a, sal, at)
}

/// [`anaphora`], with the narrative's subject looked for before token `at` rather than before the
/// quote.
fn anaphora_at(ctx: &Ctx, mut a: Attributed, sal: &Salience, at: usize) -> Attributed {
    let narrative = recent_subject(ctx, at);
    let pick = match (sal.last_speaker, narrative) {
        // a subject named in the narrative after the last quote is the salient one
        (Some((s, end)), Some(n)) => Some(if ctx.mentions[n].first >= end { n } else { s }),
        (Some((s, _)), None) => Some(s),
        (None, n) => n,
    };
    if let Some(m) = pick {
        a.antecedent = Some(m);
        a.mention = None;
    } else {
        a.rule = Rule::None;
        a.confidence = a.confidence.min(0.2);
    }
    a
}

/// The subject of the nearest sentence before token `at` (this sentence's words before `at` first,
/// then up to three sentences back within the paragraph and the one before): the first named
/// mention outside quotes that is not governed by a preposition.
fn recent_subject(ctx: &Ctx, at: usize) -> Option<usize> {
    let doc = ctx.doc;
    let mut si = ctx.sent_of[at] as usize;
    let para = doc.tokens[at].para;
    let mut end = at;
    for _ in 0..4 {
        let (s0, _) = ctx.sentences[si];
        if doc.tokens[s0].para + 1 < para {
            return None;
        }
        // up to the sentence's speech verb: a mention after it is its inverted subject or part of
        // what was said, not the narrative's subject
        // (a cue noun, `No seu discurso`, has no subject of its own)
        let cue = (s0..end).find(|&t| ctx.quote_at[t] == 0 && ctx.cue_at[t] != 0 && ctx.cues[ctx.cue_at[t] as usize - 1].form != CueForm::Noun).map(|t| &ctx.cues[ctx.cue_at[t] as usize - 1]);
        let main_end = cue.map_or(end, |c| c.first);
        let found = (s0..main_end)
            .filter(|&t| ctx.mention_at[t] != 0 && ctx.quote_at[t] == 0)
            .map(|t| ctx.mention_at[t] as usize - 1)
            .find(|&m| {
                let c = &ctx.mentions[m];
                !c.after_preposition && c.kind != MentionKind::Pronoun
            });
        if found.is_some() {
            return found;
        }
        if let Some(m) = cue.and_then(|c| ctx.subject_right(c, end)).filter(|&m| ctx.mentions[m].kind != MentionKind::Pronoun) {
            return Some(m);
        }
        if si == 0 {
            return None;
        }
        si -= 1;
        end = ctx.sentences[si].1;
    }
    None
}

/// Indirect speech: `X said (that) …`, `…, X said.`, `according to X, …`, `secondo X …`. A reported
/// clause that contains a direct quote is `mixed`; one that is all quote is left to the direct quote.
fn find_indirect(ctx: &Ctx, quotes: &[QuoteSpan], accepted: &[(usize, usize, usize)], direct: &[Attributed], sal: &mut Salience) -> Vec<Attributed> {
    let doc = ctx.doc;
    let n = doc.tokens.len();
    let mut out: Vec<Attributed> = Vec::new();
    let mut claimed_until = 0usize; // cues inside an earlier reported clause are part of it
    // token → accepted direct quote index
    let mut is_accepted = vec![false; quotes.len()];
    for a in accepted {
        is_accepted[a.0] = true;
    }
    // a comma, or a quote's closing mark with the comma inside it (`…,” he said`)
    let comma_at = |t: usize| -> bool {
        ctx.punct(t, &[',']) || ctx.quote_at[t] != 0 && (t + 1 >= n || ctx.quote_at[t + 1] != ctx.quote_at[t]) && {
            let q = &quotes[ctx.quote_at[t] as usize - 1];
            doc.text[q.inner.start..q.inner.end].trim_end().ends_with(',')
        }
    };
    let accepted_at = |t: usize| -> Option<usize> { (ctx.quote_at[t] != 0).then(|| ctx.quote_at[t] as usize - 1).filter(|&qi| is_accepted[qi]) };
    for cue in ctx.cues.iter() {
        if cue.first < claimed_until || ctx.quote_at[cue.first] != 0 || cue.attitude && !ctx.lang.attitude_is_speech {
            continue;
        }
        let (s0, s1) = ctx.sentence(cue.first);
        // `He won't say what the message is`, `non ha detto se …`: a negated verb reports nothing
        if (s0.max(cue.first.saturating_sub(2))..cue.end).any(|k| ctx.is(k, class::NEGATION)) {
            continue;
        }
        // `the Greens will argue that …`, `va s'exprimer`: words expected, not yet said
        if (cue.first..cue.end - 1).any(|k| ctx.is(k, class::FUTURE_AUX)) {
            continue;
        }
        let make = |start: usize, end: usize, mention: Option<usize>, rule: Rule, conf: f32| Attributed {
            span: Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end),
            kind: QuoteKind::Indirect,
            mention,
            antecedent: None,
            cue: Some(cue.span),
            rule,
            confidence: conf,
        };
        let mut found: Option<(usize, usize, Option<usize>, Rule)> = None;
        // a reported clause split by its attributor: `Zudem hob Sarkozy | dem „Figaro“ zufolge | … hervor`
        let mut second_piece: Option<(usize, usize)> = None;
        match cue.form {
            CueForm::Attributor => 'attributor: {
                // `according to X, CONTENT` / `CONTENT, according to X.`; or a speech verb and its
                // inverted subject after the attributor (`según indicaron a este periódico las
                // citadas fuentes, CONTENT`, `CONTENT, según informaron fuentes policiales.`)
                let verb_source = || {
                    let vc = (cue.end < s1 && ctx.cue_at[cue.end] != 0).then(|| &ctx.cues[ctx.cue_at[cue.end] as usize - 1]).filter(|vc| vc.first == cue.end && vc.form == CueForm::Finite)?;
                    (vc.end..s1.min(vc.end + 8)).take_while(|&k| ctx.quote_at[k] == 0 && !ctx.punct(k, &[',', '.', ';', ':'])).find(|&k| ctx.mention_at[k] != 0).map(|k| ctx.mention_at[k] as usize - 1).filter(|&m| ctx.mentions[m].kind != MentionKind::Pronoun)
                };
                let Some(m) = ctx.subject_right(cue, s1).or_else(verb_source) else {
                    // `Lagarde secondo la quale CONTENT`
                    let Some((m, start)) = source_before_relative(ctx, cue, s0) else { break 'attributor };
                    let end = clause_end(ctx, start, s1);
                    if end > start + 2 {
                        found = Some((start, end, Some(m), Rule::Attributor));
                    }
                    break 'attributor;
                };
                let me = ctx.mentions[m].end;
                // (not when the words before the comma go on after the source: `… de l'accusé
                // dont, selon X, « … »`)
                let open_before = cue.first > s0 + 1 && doc.tokens[cue.first - 2].kind == TokenKind::Word && ctx.is(cue.first - 2, class::RELATIVE | class::COMPLEMENTISER | class::CONJUNCTION | class::PREPOSITION | class::DETERMINER);
                if cue.first > s0 && ctx.punct(cue.first - 1, &[',', '(']) && cue.first - 1 > s0 + 3 && !open_before {
                    // `Surtout, CONTENT, selon X, "…".`: an opening adverb is not content; a quote
                    // after the source that ends the sentence goes on with it (a mixed quote)
                    let start = if ctx.is(s0, class::ADVERB) && ctx.punct(s0 + 1, &[',']) { s0 + 2 } else { s0 };
                    let quote_ends = me + 1 < s1 && ctx.punct(me, &[',']) && accepted_at(me + 1).is_some() && (me + 1..s1).all(|k| accepted_at(k).is_some() || doc.tokens[k].kind == TokenKind::Punct);
                    found = Some((start, if quote_ends { s1 } else { cue.first - 1 }, Some(m), Rule::Attributor));
                } else if cue.first > s0 + 3 && (me < s1 && ctx.is(me, class::RELATIVE) && !ctx.lang.capitalised_nouns || me < s1 && (me..s1).all(|k| doc.tokens[k].kind == TokenKind::Punct) && ctx.punct(s1 - 1, &['.', '!', '?'])) {
                    // `CONTENT secondo i medici che l'hanno eseguito.`: the source closes the sentence
                    // (German sets a relative clause off by a comma, and its relative pronouns are
                    // its articles: `laut einer Mitteilung des BMI der Verbesserung …` goes on)
                    found = Some((s0, cue.first, Some(m), Rule::Attributor));
                } else if me < s1 {
                    // `According to an Ontario Provincial Police investigation of the 2014 shooting,
                    // CONTENT`: a lowercase noun goes on with the source up to the comma
                    // (a verb form right before the comma is a noun: `according to the Globe
                    // report, CONTENT`)
                    let source_goes_on = || {
                        let w = &doc.tokens[me];
                        let noun_before_comma = me + 1 < s1 && ctx.punct(me + 1, &[',']) && !ctx.is(me, class::AUX);
                        if w.kind != TokenKind::Word || w.upper || ctx.is(me, class::DETERMINER | class::PRONOUN | class::ADVERB | class::COMPLEMENTISER | class::AUX | class::CONJUNCTION | class::CLITIC) || ctx.is(me, class::FINITE) && !noun_before_comma {
                            return None;
                        }
                        (me + 1..s1.min(me + 10)).take_while(|&k| ctx.quote_at[k] == 0 && ctx.cue_at[k] == 0 && (doc.tokens[k].kind != TokenKind::Punct || ctx.punct(k, &[',']))).find(|&k| ctx.punct(k, &[',']))
                    };
                    let start = if ctx.punct(me, &[',']) { me + 1 } else { source_goes_on().map_or(me, |c| c + 1) };
                    let end = clause_end(ctx, start, s1);
                    // `pour la Sicile pour travailler …`: a purpose clause (a preposition and an
                    // infinitive) is not what the source said
                    let purpose = start + 1 < s1 && ctx.is(start, class::PREPOSITION) && doc.tokens[start + 1].kind == TokenKind::Word && looks_infinitive(ctx.lang.code, doc.lower(start + 1));
                    // `un recuerdo para las víctimas, a las que …`: an attributor opens its clause
                    // (in Romance and English word order; German puts `laut X` inside the clause)
                    let opens_clause = ctx.lang.capitalised_nouns || cue.first == s0 || ctx.punct(cue.first - 1, &[',', ';', ':', '(', '–', '—', '-', '"', '«', '“']) || ctx.is(cue.first - 1, class::CONJUNCTION | class::ADVERB) || doc.tokens[cue.first - 1].kind == TokenKind::Punct;
                    // `Pour X, interrogée sur CNews, « … »`: words about the source, then its quote
                    let quote_from = (start..end).find(|&k| accepted_at(k).is_some());
                    let only_quote = quote_from.is_some_and(|k| k > start && ctx.punct(k - 1, &[',', ':']) && (k..end).all(|t| accepted_at(t).is_some() || ctx.punct(t, &['.', ',', ';', '!', '?'])));
                    if end > start + 2 && !purpose && !only_quote && opens_clause {
                        found = Some((start, end, Some(m), Rule::Attributor));
                    }
                }
            }
            CueForm::Finite | CueForm::Participle if ctx.lang.code != "en" && anaphoric_opening(ctx, cue, s0) => {
                // `… . Lo ha affermato X.`, `… . È quanto fanno sapere fonti del partito.`, `… . È
                // l'allarme lanciato dal sindaco X.`: the sentence before is what was said
                let si = ctx.sent_of[s0] as usize;
                if si == 0 {
                    continue;
                }
                let (p0, p1) = ctx.sentences[si - 1];
                let speaker = if cue.form == CueForm::Participle {
                    participle_agent(ctx, cue, s1)
                } else {
                    ctx.subject_right(cue, s1).or_else(|| {
                        // a passive agent: `È quanto trapela da fonti leghiste`
                        (cue.end < s1 && ctx.is(cue.end, class::PREPOSITION)).then(|| mention_within(ctx, cue.end + 1, s1, 3)).flatten()
                    })
                };
                // a sentence with its own speech verb only relays (`X conferma che … . Lo riporta Y`)
                let own_cue = (cue.first..cue.end).any(|k| ctx.is(k, class::RELAY)) && (p0..p1).any(|k| ctx.cue_at[k] != 0 && ctx.quote_at[k] == 0 && ctx.cues[ctx.cue_at[k] as usize - 1].form == CueForm::Finite);
                // a quote that is the whole sentence (after a dateline) is already a direct quote
                let doc = ctx.doc;
                let own_words = (p0..p1).filter(|&k| ctx.quote_at[k] == 0 && doc.tokens[k].kind == TokenKind::Word && doc.word(k).chars().any(char::is_lowercase)).count();
                // (words of the journalist's joining two quotes are a sentence of the journalist's:
                // `È "…" che "…". È il quadro descritto da X`)
                let joined_quotes = ctx.quote_at[p0] == 0 && own_words >= 1 && (p0 + 1..p1).filter(|&k| ctx.quote_at[k] != 0 && ctx.quote_at[k] != ctx.quote_at[k - 1]).count() >= 2;
                if speaker.is_none() || p1 <= p0 + 3 || own_cue || own_words < 3 && !joined_quotes {
                    continue;
                }
                found = Some((p0, p1, speaker, Rule::FollowingSentence));
            }
            CueForm::PostAttributor => {
                // `Der Polizei zufolge CONTENT` / `CONTENT, Zeugen zufolge.`
                let Some(m) = ctx.subject_left(cue, s0) else { continue };
                let c = &ctx.mentions[m];
                if c.end != cue.first || c.kind == MentionKind::Pronoun || c.first > s0 && c.after_preposition {
                    continue;
                }
                if c.first == s0 && cue.end < s1 {
                    let start = if ctx.punct(cue.end, &[',']) { cue.end + 1 } else { cue.end };
                    let end = clause_end(ctx, start, s1);
                    if end > start + 2 {
                        found = Some((start, end, Some(m), Rule::Attributor));
                    }
                } else if c.first > s0 + 3 && ctx.punct(c.first - 1, &[',', '(']) {
                    found = Some((s0, c.first - 1, Some(m), Rule::Attributor));
                } else if c.first > s0 + 1 && cue.end + 2 < s1 && !c.after_preposition && !ctx.punct(c.first - 1, &[',']) && !ctx.is(c.first - 1, class::RELATIVE) {
                    let end = clause_end(ctx, cue.end, s1);
                    found = Some((s0, c.first, Some(m), Rule::Attributor));
                    second_piece = Some((cue.end, end));
                }
            }
            CueForm::Finite | CueForm::Gerund => {
                // the complement: skip addressees (`told reporters`, `le ha detto`) and time words
                let mut t = cue.end;
                let mut skipped = 0;
                let mut inverted: Option<usize> = None;
                // `told the jury he …`, `told him the …`: the addressee of a `tell` verb
                // (not `advises that …`)
                if t < s1 && ctx.is(cue.end - 1, class::ADDRESSEE_FIRST) && !ctx.is(t, class::COMPLEMENTISER) {
                    if ctx.mention_at[t] != 0 {
                        t = ctx.mentions[ctx.mention_at[t] as usize - 1].end;
                    } else if ctx.is(t, class::OBJECT_PRONOUN) {
                        t += 1;
                    } else if ctx.is(t, class::DETERMINER) && t + 2 < s1 && doc.tokens[t + 1].kind == TokenKind::Word {
                        let mut k = t + 1;
                        // (up to `di` where no addressee stands before `to`: `accusa un vicino di
                        // rubare l'acqua`)
                        while k < s1 && k < t + 4 && doc.tokens[k].kind == TokenKind::Word && !ctx.is(k, class::PRONOUN | class::DETERMINER | class::COMPLEMENTISER | class::ADDRESSEE_INF) && (ctx.lang.infinitive_after_addressee || !ctx.is(k, class::INF_COMPLEMENTISER)) {
                            k += 1;
                        }
                        t = k;
                    }
                }
                let after_addressee = t;
                // `stated in July it …`, `said on Tuesday that …`, `said last week the …`
                if t + 1 < s1 && ctx.is(t, class::ADVERBIAL_INTRO) && (doc.tokens[t + 1].upper || ctx.is(t + 1, class::TIME)) {
                    t += 2;
                }
                // `informó de que …`, `alertando de que …`: a preposition right before the
                // complementiser belongs to it
                if t == cue.end && t + 2 < s1 && doc.tokens[t].kind == TokenKind::Word && !doc.tokens[t].upper && ctx.is(t, class::PREPOSITION) && !ctx.is(t, class::DETERMINER) && ctx.is(t + 1, class::COMPLEMENTISER) && !ctx.is(t + 1, class::DETERMINER) {
                    t += 1;
                }
                // `ha detto in un'intervista che …`, `dijo a los periodistas que …`, `a déclaré dans
                // un communiqué que …`: a short prepositional phrase (no verb, no punctuation) between
                // a finite verb and its complementiser; one that a clitic or a verb follows is a
                // relative (`en la reunión que se celebró`), and so is one after what a verb is about
                // (`reclamou de críticas que não são construtivas`)
                // (or a gerund after a comma: `, poi precisando dopo una breve pausa che …`; not a
                // noun in `-ing`, `recipe writing in a way that …`)
                // `ha chiesto espressamente al ministro di …`: adverbs between the verb and a
                // preposition
                let past_adverbs = (t..s1.min(t + 3)).find(|&k| !(ctx.is(k, class::ADVERB) && !ctx.is(k, class::PREPOSITION | class::COMPLEMENTISER | class::DETERMINER) && ctx.quote_at[k] == 0 && ctx.mention_at[k] == 0)).unwrap_or(t);
                if past_adverbs > t && past_adverbs < s1 && doc.is(past_adverbs, class::PREPOSITION) {
                    t = past_adverbs;
                }
                let gerund_clause = cue.form == CueForm::Gerund && (s0..cue.first).rev().find(|&k| !ctx.is(k, class::ADVERB)).is_some_and(|k| ctx.punct(k, &[',']));
                // the comma closing such a phrase when a phrase set off by commas follows it
                // (`trasladó a la prensa, por medio de un portavoz, que …`)
                let mut phrase_comma = None;
                if t < s1 && (cue.form == CueForm::Finite || gerund_clause) && doc.is(t, class::PREPOSITION) && !doc.is(cue.end - 1, class::BARE_CLAUSE) && !ctx.is(t, class::INF_COMPLEMENTISER | class::TOPIC_PREPOSITION) {
                    phrase_comma = (t + 1..(t + 8).min(s1)).find(|&k| doc.tokens[k].kind != TokenKind::Word || ctx.quote_at[k] != 0 || ctx.cue_at[k] != 0 || ctx.is(k, class::FINITE | class::AUX | class::COMPLEMENTISER | class::RELATIVE)).filter(|&k| k > t + 1 && ctx.punct(k, &[',']));
                    let complementiser = (t + 1..(t + 8).min(s1))
                        // (a verb form after an article is a noun, `em nota`, `dans un communiqué`;
                        // an article may also be a pronoun, `a los periodistas`)
                        .take_while(|&k| {
                            let after_article = ctx.is(k - 1, class::DETERMINER | class::PREPOSITION) && !ctx.is(k, class::AUX);
                            // (a clitic that is also a preposition, before no verb, is the
                            // preposition: `à un voisin résidant en banlieue qu'il …`)
                            let preposition = ctx.is(k, class::PREPOSITION) && k + 1 < s1 && !ctx.is(k + 1, class::FINITE | class::AUX);
                            doc.tokens[k].kind == TokenKind::Word && ctx.quote_at[k] == 0 && (ctx.cue_at[k] == 0 || after_article) && (ctx.is(k, class::COMPLEMENTISER | class::DETERMINER) || after_article || !ctx.is(k, class::FINITE | class::AUX | class::PARTICIPLE | class::PRONOUN | class::RELATIVE) && (preposition || !ctx.is(k, class::CLITIC)))
                        })
                        // (or, after a verb that takes one, the infinitive's complementiser: `ha
                        // chiesto a Berlusconi di sciogliere la riserva`)
                        .find(|&k| k > t + 1 && (ctx.is(k, class::COMPLEMENTISER) || cue.infinitival && !ctx.lang.infinitive_after_addressee && ctx.is(k, class::INF_COMPLEMENTISER) && k + 1 < s1 && looks_infinitive(ctx.lang.code, doc.lower(k + 1))));
                    if let Some(k) = complementiser.filter(|&k| !ctx.is(k, class::COMPLEMENTISER)) {
                        t = k;
                    } else if let Some(k) = complementiser {
                        // (past an adverb: `in a way that only could have worked`; not after a
                        // noun of time, which takes no relative: `disse na noite desta segunda-feira
                        // que continua no cargo`)
                        let v = (k + 1..s1).find(|&j| !ctx.is(j, class::ADVERB) || ctx.is(j, class::NEGATION)).unwrap_or(s1);
                        let relative = v < s1 && ctx.is(v, class::CLITIC | class::AUX | class::FINITE) && !ctx.is(v, class::DETERMINER) && !(t + 1..k).any(|j| ctx.is(j, class::TIME));
                        if !relative {
                            t = k;
                        }
                    }
                }
                // `destacou, ao lado de cinco secretários, que …`, `a indiqué, dans un communiqué,
                // que …`: a phrase set off by commas, then the complementiser
                // (or adverbs set off by commas, after a gerund too: `aggiungendo, però, che …`,
                // `alertando, contudo, que …`)
                let bracket = if t < s1 && ctx.punct(t, &[',']) { Some(t) } else { phrase_comma.filter(|&c| c > t && ctx.is(t, class::PREPOSITION)) };
                if let Some(o) = bracket.filter(|&o| o + 2 < s1 && matches!(cue.form, CueForm::Finite | CueForm::Gerund)) {
                    // (the phrase may be long: `recomendou, na primeira reunião com os novos secretários
                    // nomeados na terça, que …`)
                    let close = (o + 1..(o + 16).min(s1)).take_while(|&k| ctx.quote_at[k] == 0 && (ctx.cue_at[k] == 0 || ctx.cues[ctx.cue_at[k] as usize - 1].form == CueForm::Noun) && !ctx.is(k, class::AUX | class::COMPLEMENTISER) && !ctx.punct(k, &['.', ';', ':', '!', '?'])).find(|&k| ctx.punct(k, &[',']));
                    let adverbs = |c: usize| c <= o + 3 && (o + 1..c).all(|k| ctx.is(k, class::ADVERB) && !ctx.is(k, class::COMPLEMENTISER));
                    if let Some(c) = close.filter(|&c| c > o + 1 && c + 1 < s1 && ctx.is(c + 1, class::COMPLEMENTISER) && (cue.form == CueForm::Finite && ctx.is(o + 1, class::PREPOSITION) || adverbs(c))) {
                        t = c + 1;
                    }
                }
                // `said in a statement that …`, `said in his speech he was ready`: a short
                // prepositional phrase between a verb that takes a bare clause and its clause (`to`
                // only before a name or an article, an addressee: `alleged to CBC News that`, not
                // an infinitive)
                let addressee = |k: usize| k < s1 && doc.tokens[k].kind == TokenKind::Word && (doc.tokens[k].upper || ctx.is(k, class::DETERMINER));
                // (a subordinator before an article is a preposition too: `acknowledged before the
                // judge that`, `said after the vote that`)
                let preposition = t < s1 && (doc.is(t, class::PREPOSITION) || doc.is(t, class::SUBORDINATOR) && t + 1 < s1 && doc.tokens[t + 1].kind == TokenKind::Word && ctx.is(t + 1, class::DETERMINER) && !ctx.is(t + 1, class::PRONOUN | class::COMPLEMENTISER));
                if preposition && doc.is(cue.end - 1, class::BARE_CLAUSE) && (!ctx.is(t, class::INF_COMPLEMENTISER) || addressee(t + 1)) {
                    let limit = (t + 9).min(s1);
                    let mut k = t + 1;
                    while k < limit && ctx.quote_at[k] == 0 && !ctx.punct(k, &[',', ';', ':', '.']) {
                        // (not right after the preposition, where `that` is a determiner:
                        // `recalled of that first day`)
                        if doc.is(k, class::COMPLEMENTISER) && k > t + 1 {
                            t = k;
                            break;
                        }
                        if doc.is(k, class::BARE_CLAUSE | class::FINITE) {
                            break;
                        }
                        k += 1;
                    }
                    // (or the phrase ends at a comma and the clause follows it: `admits in this
                    // instance, there were fatalities`; the bare clause is checked below)
                    if !doc.is(t, class::COMPLEMENTISER) && k < limit && k > t + 1 && k + 2 < s1 && ctx.punct(k, &[',']) && doc.tokens[k + 1].kind == TokenKind::Word && ctx.is(k + 1, class::EXPLETIVE | class::PRONOUN | class::DETERMINER) && !ctx.is(k + 1, class::COMPLEMENTISER | class::RELATIVE | class::OBJECT_PRONOUN) {
                        t = k + 1;
                    }
                    // or, for verbs that take a bare clause, a pronoun that starts it (when the verb
                    // has its subject: `…, notes from when he taught juniors` is a noun in a list)
                    if !doc.is(t, class::COMPLEMENTISER) && ctx.subject_left(cue, s0).is_some_and(|m| subject_close_to_verb(ctx, m, cue.first)) {
                        // (or an article after the phrase's noun, whose noun an auxiliary follows:
                        // `said in an email the company had “no choice”`)
                        let article_subject = |k: usize| k > t + 2 && doc.is(k, class::DETERMINER) && !doc.is(k, class::PRONOUN | class::COMPLEMENTISER | class::PREPOSITION) && doc.tokens[k - 1].kind == TokenKind::Word && !doc.tokens[k - 1].upper && doc.classes(k - 1) == 0
                            && (k + 1..s1.min(k + 5)).take_while(|&j| doc.tokens[j].kind == TokenKind::Word && ctx.quote_at[j] == 0).any(|j| doc.is(j, class::AUX) && j > k + 1);
                        if let Some(k) = (t + 1..limit).take_while(|&k| ctx.quote_at[k] == 0 && !ctx.punct(k, &[',', ';', ':', '.'])).find(|&k| doc.is(k, class::PRONOUN) && !doc.tokens[k].upper && k + 1 < s1 && doc.tokens[k + 1].kind == TokenKind::Word || article_subject(k)) {
                            t = k;
                        }
                    }
                }
                // `told council members on Wednesday that …`: a verb whose addressee comes first,
                // an addressee and an adverbial of plain words, then the complementiser (not a
                // relative: `told the members that were present …`); a short name in marks may be
                // part of the addressee (`told ABC’s “Morning” show that`), and so may the rest of
                // a name (its `’s`)
                // (the addressee's first word may have been passed already: `told ABC’s | …`)
                if (t == cue.end || t == after_addressee) && cue.form == CueForm::Finite && ctx.is(cue.end - 1, class::ADDRESSEE_FIRST) {
                    let in_short_quote = |k: usize| ctx.quote_at[k] != 0 && (k.saturating_sub(5)..(k + 6).min(s1)).filter(|&j| ctx.quote_at[j] == ctx.quote_at[k]).count() <= 5;
                    let that = (cue.end + 1..s1.min(cue.end + 12))
                        .take_while(|&k| in_short_quote(k) || ctx.mention_at[k] != 0 && k > t && ctx.mention_at[k] == ctx.mention_at[k - 1] || doc.tokens[k].kind == TokenKind::Word && ctx.quote_at[k] == 0 && ctx.cue_at[k] == 0 && (ctx.is(k, class::COMPLEMENTISER) || !(ctx.is(k, class::FINITE | class::AUX | class::RELATIVE | class::CONJUNCTION) || ctx.is(k, class::PRONOUN) && !ctx.is(k, class::OBJECT_PRONOUN))))
                        .find(|&k| ctx.is(k, class::COMPLEMENTISER) && !ctx.is(k - 1, class::PREPOSITION | class::DETERMINER));
                    if let Some(k) = that.filter(|&k| k + 1 < s1 && !ctx.is(k + 1, class::AUX | class::FINITE)) {
                        t = k;
                    }
                }
                while t < s1 && skipped < 4 {
                    // `sagte dem „Tagesspiegel“, man müsse …`: a quoted addressee after its article
                    if ctx.lang.capitalised_nouns && t + 1 < s1 && ctx.mention_at[t] == 0 && matches!(doc.lower(t), "dem" | "der") && ctx.quote_at[t + 1] != 0 {
                        let q = ctx.quote_at[t + 1];
                        let mut k = t + 1;
                        while k < s1 && ctx.quote_at[k] == q {
                            k += 1;
                        }
                        // `„Bild“-Zeitung`
                        if k + 1 < s1 && ctx.punct(k, &['-']) && doc.tokens[k + 1].kind == TokenKind::Word && doc.tokens[k].span.start == doc.tokens[k - 1].span.end {
                            k += 2;
                        }
                        t = k;
                        skipped += 1;
                        continue;
                    }
                    if ctx.mention_at[t] != 0 && ctx.mentions[ctx.mention_at[t] as usize - 1].first >= cue.end {
                        let m = &ctx.mentions[ctx.mention_at[t] as usize - 1];
                        // `ha detto ai giornalisti che …`; but after an inverted subject, a `che`
                        // that a clitic or an auxiliary follows is a relative (`ci ha pensato il
                        // capogruppo X che si è mostrato prudente`)
                        let relative = !m.after_preposition && m.end + 1 < s1 && ctx.is(m.end + 1, class::CLITIC | class::AUX) && !ctx.is(m.end + 1, class::DETERMINER) || ctx.that_before_verb(m.end);
                        if m.end < s1 && ctx.is(m.end, class::COMPLEMENTISER) && !relative {
                            t = m.end;
                            continue;
                        }
                        // `disse a integrantes do governo | de Jair Bolsonaro | que …`: the
                        // addressee's complement, a name after a preposition
                        if m.end + 1 < s1 && ctx.is(m.end, class::PREPOSITION) && ctx.mention_at[m.end + 1] != 0 && ctx.mentions[ctx.mention_at[m.end + 1] as usize - 1].first == m.end + 1 && skipped < 3 {
                            t = m.end + 1;
                            skipped += 1;
                            continue;
                        }
                        // `Am Montag sagte Olaf Scholz, die Regierung werde …`: the subject after the
                        // verb, then the reported clause
                        if ctx.lang.capitalised_nouns && cue.form == CueForm::Finite && m.end + 1 < s1 && ctx.punct(m.end, &[',']) && m.kind != MentionKind::Pronoun {
                            inverted = Some(ctx.mention_at[t] as usize - 1);
                            t = m.end;
                        }
                        break;
                    }
                    // (not a subject before its auxiliary: `says Canada has asked`)
                    // (nor before a quote that opens with one: `said Ottawa “will …”`)
                    let quoted_aux = t + 2 < s1 && ctx.opens_quote_with_aux(t + 1);
                    let time_word = doc.tokens[t].upper && ctx.is(t, class::NOT_NAME) && !ctx.is(t, class::PRONOUN | class::DETERMINER) && !(t + 1 < s1 && ctx.is(t + 1, class::AUX)) && !quoted_aux;
                    if (ctx.is(t, class::ADVERB | class::ADDRESSEE) || time_word) && !ctx.is(t, class::COMPLEMENTISER) {
                        t += 1;
                        skipped += 1;
                        continue;
                    }
                    // `ha detto ieri sera che`, `ha detto lunedì che`: a noun of time right before
                    // the complementiser
                    if t + 1 < s1 && ctx.is(t, class::TIME) && ctx.is(t + 1, class::COMPLEMENTISER) && !ctx.is(t + 1, class::DETERMINER) && ctx.quote_at[t] == 0 && ctx.mention_at[t] == 0 {
                        t += 1;
                        skipped += 1;
                        continue;
                    }
                    break;
                }
                // `erklärte in einer Mitteilung, es habe …`: a short prepositional phrase before the comma
                if ctx.lang.capitalised_nouns && cue.form == CueForm::Finite && t < s1 && doc.tokens[t].kind == TokenKind::Word && !doc.tokens[t].upper && ctx.is(t, class::PREPOSITION) {
                    if let Some(c) = (t + 1..(t + 7).min(s1)).take_while(|&k| doc.tokens[k].kind == TokenKind::Word && ctx.quote_at[k] == 0 && ctx.cue_at[k] == 0 && !ctx.is(k, class::FINITE | class::AUX | class::COMPLEMENTISER) || ctx.punct(k, &[','])).find(|&k| ctx.punct(k, &[','])) {
                        t = c;
                    }
                }
                let subject = || -> (Option<usize>, Rule) {
                    if inverted.is_some() {
                        return (inverted, Rule::SentenceSubject);
                    }
                    if cue.form == CueForm::Gerund {
                        // `una llamada de un vecino alertando de que …`: a gerund right after a noun
                        // phrase, with no comma, describes that noun's referent, its subject
                        if cue.first > s0 && ctx.mention_at[cue.first - 1] != 0 && ctx.quote_at[cue.first - 1] == 0 {
                            let m = ctx.mention_at[cue.first - 1] as usize - 1;
                            if ctx.mentions[m].kind != MentionKind::Pronoun {
                                return (Some(m), Rule::SentenceSubject);
                            }
                        }
                        let before_cue = direct.partition_point(|a| a.span.start < cue.span.start);
                        let candidates = direct[..before_cue].iter().rev().take(4).chain(out.iter().rev().take(2));
                        let same_sentence = |a: &&Attributed| a.span.end <= cue.span.start && ctx.sent_of[doc.token_at_or_after(a.span.start).min(n - 1)] as usize == ctx.sent_of[cue.first] as usize;
                        if let Some(prev) = candidates.filter(same_sentence).max_by_key(|a| a.span.end) {
                            return (prev.speaker_mention(), Rule::GerundChain);
                        }
                        // the subject of the finite speech verb the gerund hangs on (`il quale ha
                        // risposto spiegando che …`), else the sentence's first
                        let m = finite_cue_before(ctx, s0, cue.first).and_then(|ci| ctx.subject_left(&ctx.cues[ci], s0)).or_else(|| first_subject(ctx, s0, cue.first));
                        return (m, Rule::GerundChain);
                    }
                    // `She was told by staff that …`: a passive's subject was spoken to or of; its
                    // agent speaks, or no one named
                    if cue.form == CueForm::Finite && passive(ctx, cue) {
                        let agent = passive_agent(ctx, cue.end, s1);
                        return (agent, if agent.is_some() { Rule::PassiveAgent } else { Rule::None });
                    }
                    let m = ctx.subject_left(cue, s0).or_else(|| ctx.subject_right(cue, s1));
                    // a noun right before the verb that no mention covers is its subject, no one's
                    // earlier: no speaker rather than a guess (`people arrested at the camp alleged
                    // that …`)
                    // (where subjects are never dropped; also after a time word, `people arrested
                    // last week said`)
                    let unnamed_subject = ctx.lang.explicit_subjects && cue.first > s0 && doc.tokens[cue.first - 1].kind == TokenKind::Word && !doc.tokens[cue.first - 1].upper && doc.classes(cue.first - 1) & !class::TIME == 0 && ctx.quote_at[cue.first - 1] == 0;
                    (m, if m.is_none() && unnamed_subject { Rule::None } else { Rule::SentenceSubject })
                };
                let infinitive_after = |k: usize| k < s1 && doc.tokens[k].kind == TokenKind::Word && looks_infinitive(ctx.lang.code, doc.lower(k)) && !(ctx.lang.infinitive_after_addressee && (doc.tokens[k].upper || ctx.is(k, class::DETERMINER | class::PRONOUN | class::PREPOSITION | class::ADVERB | class::CONJUNCTION)));
                // `urged people to send a message`, `advised people never to use …`, `reminded
                // customers to consider …`: the addressee, then the infinitive
                // (not a verb in the infinitive itself: `are expected to ask the judge to …`)
                let directive = ctx.lang.infinitive_after_addressee && cue.infinitival && ctx.is(cue.end - 1, class::ADDRESSEE_FIRST) && !(cue.first > 0 && ctx.is(cue.first - 1, class::INF_COMPLEMENTISER));
                if directive && t == cue.end {
                    let addressee_then_to = (cue.end..s1.min(cue.end + 10))
                        .take_while(|&k| doc.tokens[k].kind == TokenKind::Word && ctx.quote_at[k] == 0 && (k == cue.end || ctx.cue_at[k] == 0) && !ctx.is(k, class::AUX | class::FINITE | class::COMPLEMENTISER | class::RELATIVE))
                        .find(|&k| k > cue.end && ctx.is(k, class::INF_COMPLEMENTISER) && infinitive_after(k + 1));
                    t = addressee_then_to.unwrap_or(t);
                }
                // (the infinitive may open a quote: `ha assicurato di "voler andare avanti" con …`)
                // (`appelait les habitants à "résister"`: after an addressee, `à`)
                let inf_comp = ctx.is(t, class::INF_COMPLEMENTISER) || t > cue.end && ctx.is(t, class::ADDRESSEE_INF) && ctx.is(cue.end - 1, class::ADDRESSEE_FIRST);
                if t + 1 < s1 && inf_comp && (infinitive_after(t + 1) || ctx.opens_quote(t + 1) && infinitive_after(t + 2)) && cue.infinitival && !(ctx.lang.infinitive_after_addressee && (t == cue.end || !directive)) {
                    let start = t + 1;
                    let end = clause_end(ctx, start, s1);
                    if end > start + 1 {
                        // (the addressee is not the speaker: `prompting the city to urge residents to …`)
                        let (m, rule) = if directive { (ctx.subject_left(cue, s0), Rule::SentenceSubject) } else { subject() };
                        found = Some((start, end, m, rule));
                    }
                } else if t < s1 && ctx.is(t, class::COMPLEMENTISER) && (!doc.tokens[t].upper || doc.tokens[t].starts_sentence) && !ctx.that_before_verb(t) {
                    // (a capitalised `That` inside a sentence is a title's word: `called The Cake That
                    // Got Me Fired`)
                    let start = t + 1;
                    let end = clause_end(ctx, start, s1);
                    if end > start + 1 {
                        let (m, rule) = subject();
                        found = Some((start, end, m, rule));
                    }
                } else if let Some(qe) = (cue.attitude && t == cue.end && accepted_at(t).is_some()).then(|| (t..s1).find(|&k| ctx.quote_at[k] != ctx.quote_at[t]).unwrap_or(s1)).filter(|&qe| qe + 1 < s1 && doc.tokens[qe].kind == TokenKind::Word && ctx.is(qe, class::DETERMINER | class::PRONOUN)) {
                    // `considerou “inaceitável” o atraso das obras`: a judgement quoted right after
                    // an attitude verb, then what it judges (a small clause) is the reported content
                    let end = (qe..clause_end(ctx, qe, s1)).find(|&k| ctx.punct(k, &[',']) && ctx.quote_at[k] == 0).unwrap_or_else(|| clause_end(ctx, qe, s1));
                    if end > qe + 1 {
                        let (m, rule) = subject();
                        found = Some((t, end, m, rule));
                    }
                } else if t + 1 < s1 && cue.form == CueForm::Finite && (ctx.is(t, class::BARE_INFINITIVE) || ctx.is(t, class::NEGATION) && (ctx.is(t + 1, class::BARE_INFINITIVE | class::CLITIC) || looks_infinitive(ctx.lang.code, doc.lower(t + 1)))
                    // (or a quote that opens with an infinitive, where no `di` comes before one:
                    // `disse esta semana "compartilhar da mesma preocupação" que …`)
                    || matches!(ctx.lang.code, "fr" | "es" | "pt") && ctx.opens_quote(t) && doc.tokens[t + 1].kind == TokenKind::Word && !doc.tokens[t + 1].upper && looks_infinitive(ctx.lang.code, doc.lower(t + 1)))
                {
                    // `a affirmé avoir tout oublié`, `affirme ne se souvenir de rien`, `dijo no
                    // haber visto`: an infinitive clause whose subject is the speaker's, up to a
                    // comma (`avoir tout oublié, une amnésie à laquelle …`)
                    let end = clause_end(ctx, t, s1);
                    // (not a comma inside a quote)
                    let end = (t + 1..end).find(|&k| ctx.punct(k, &[',']) && ctx.quote_at[k] == 0).unwrap_or(end);
                    if end > t + 1 {
                        let (m, rule) = subject();
                        found = Some((t, end, m, rule));
                    }
                } else if t < s1 && cue.form == CueForm::Gerund && ctx.is(cue.end - 1, class::BARE_CLAUSE) && cue.first > s0 + 2 && ctx.punct(cue.first - 1, &[',']) && zero_that_clause(ctx, t) && (ctx.is(t, class::PRONOUN) || clause_has_verb(ctx, t, clause_end(ctx, t, s1))) {
                    // `…, saying the party needs to move on`: a gerund after a comma and its bare clause
                    let end = clause_end(ctx, t, s1);
                    if end > t + 2 {
                        let (m, rule) = subject();
                        found = Some((t, end, m, rule));
                    }
                } else if let Some(m) = relative_speaker(ctx, cue, s0, t, s1) {
                    // `what it says is a $14.5 billion deficit`, `reductions that the panel says are
                    // needed`: the speech verb stands in a relative clause whose object is the
                    // subject of the reported verb; the content is that verb and its complement
                    let end = clause_end(ctx, t, s1);
                    if end > t + 1 {
                        found = Some((t, end, Some(m), Rule::SentenceSubject));
                    }
                } else if t < s1 && cue.form == CueForm::Finite && ctx.is(cue.end - 1, class::BARE_CLAUSE) && !passive(ctx, cue) && zero_that_clause(ctx, t) && cue.first > s0 && (ctx.subject_left(cue, s0).is_some_and(|m| subject_close_to_verb(ctx, m, cue.first) || coordinated_predicate(ctx, m, cue.first) || ctx.purpose_of(cue, s0).is_some())
                    // (or a subject before a gerund aside, whether a mention covers it or not)
                    || ctx.gerund_aside_before(cue, s0).is_some()
                    // `said he did not think …`, `told Global News he didn't want …`: a subject
                    // pronoun opening the clause shows it, whoever the speaker is
                    // (not an infinitive, `evidence to suggest they were`, nor across a phrase,
                    // `notes from when he taught`)
                    || ctx.is(t, class::PRONOUN) && !doc.tokens[t].upper && t + 2 < s1 && doc.tokens[t + 1].kind == TokenKind::Word && !ctx.is(t + 1, class::PREPOSITION | class::CONJUNCTION | class::DETERMINER)
                        && !(cue.first > 0 && doc.lower(cue.first - 1) == "to")
                        && (cue.end..t).all(|k| ctx.mention_at[k] != 0 || ctx.is(k, class::ADVERB | class::ADDRESSEE | class::TIME) || doc.tokens[k].upper)
                    // `some in the Muslim community say the outpouring of support has dried up`: a
                    // subject no mention covers, right before the verb, and a clause that opens with
                    // an article and shows an auxiliary before any punctuation
                    || t == cue.end && cue.first == cue.end - 1 && doc.tokens[cue.first - 1].kind == TokenKind::Word && !doc.tokens[cue.first - 1].upper && doc.classes(cue.first - 1) == 0
                        && ctx.is(t, class::DETERMINER) && !ctx.is(t, class::COMPLEMENTISER)
                        && (t + 1..s1.min(t + 9)).take_while(|&k| doc.tokens[k].kind == TokenKind::Word && ctx.quote_at[k] == 0).any(|k| ctx.is(k, class::AUX)))
                {
                    let end = clause_end(ctx, t, s1);
                    // a clause that does not open with a pronoun (or `he's`) shows a verb (`claimed
                    // responsibility for the attack` is an object)
                    if end > t + 2 && (ctx.is(t, class::PRONOUN | class::SUBORDINATOR | class::SUBJECT_CONTRACTION) || clause_has_verb(ctx, t, end)) {
                        // (a subject no mention covers is no one's earlier: no speaker, not a guess)
                        let m = ctx.subject_left(cue, s0);
                        found = Some((t, end, m, if m.is_some() { Rule::SentenceSubject } else { Rule::None }));
                    }
                } else if t < s1 && ctx.punct(t, &[',']) && ctx.lang.code == "de" && cue.form == CueForm::Finite && t + 1 < s1 && accepted_at(t + 1).is_none() {
                    let end = clause_end(ctx, t + 1, s1);
                    // `sagte, er sei …`: the reported clause is in the reported mood; a relative or
                    // an indirect question in the indicative (`verteidigt, der … angeklagt war`,
                    // `erklären, was mich inspiriert`) is not reported speech
                    let reported_mood = (t + 1..end).any(|k| ctx.quote_at[k] == 0 && doc.is(k, class::SUBJUNCTIVE));
                    let f = t + 1;
                    let opens_other_clause = doc.tokens[f].kind == TokenKind::Word && !doc.tokens[f].upper && {
                        let next_lower = f + 1 < end && doc.tokens[f + 1].kind == TokenKind::Word && !doc.tokens[f + 1].upper;
                        // a relative pronoun before a lowercase function word, a question word or
                        // subordinator, or a verb first (`Sollte sich dies bestätigen, geschieht es`)
                        // unless after `Wie X berichtet,` or in an infinitive clause (`… zu haben`)
                        doc.is(f, class::RELATIVE) && next_lower && ctx.is(f + 1, class::PREPOSITION | class::ADVERB | class::PRONOUN | class::AUX | class::DETERMINER)
                            || ctx.is(f, class::NOT_CONTENT)
                            || doc.classes(f) == 0 && !(s0..(s0 + 2).min(t)).any(|k| doc.lower(k) == "wie") && !(f..end.saturating_sub(1)).any(|k| doc.lower(k) == "zu" && doc.tokens[k + 1].kind == TokenKind::Word && !doc.tokens[k + 1].upper && (k + 2 >= end || doc.tokens[k + 2].kind == TokenKind::Punct))
                    };
                    if end > t + 3 && (reported_mood || !opens_other_clause) {
                        let (m, rule) = subject();
                        found = Some((t + 1, end, m, rule));
                    }
                } else if !passive(ctx, cue) && (cue.form == CueForm::Finite && cue.first > s0 + 2 && comma_at(cue.first - 1) || cue.form == CueForm::Finite && cue.first > s0 + 4 && ctx.mention_at[cue.first - 1] != 0 && {
                    let m = &ctx.mentions[ctx.mention_at[cue.first - 1] as usize - 1];
                    m.first > s0 && comma_at(m.first - 1)
                }) {
                    // (not a passive, whose subject was asked or told: `…, António Costa foi
                    // questionado sobre …`)
                    // `CONTENT, X said.` / `CONTENT, said X.` / `CONTENT, ha detto X.`; the comma may
                    // close a quoted fragment (`There was a "whiff" of … offensive," Shibley said`)
                    let before = if comma_at(cue.first - 1) { cue.first - 1 } else { ctx.mentions[ctx.mention_at[cue.first - 1] as usize - 1].first - 1 };
                    let comma = if ctx.punct(before, &[',']) { before } else { before + 1 };
                    let after = ctx.subject_right(cue, s1).map(|m| ctx.mentions[m].end).unwrap_or(cue.end);
                    // `…, said landlords in cities like Toronto will be …`: a noun after the verb
                    // that an auxiliary follows is the subject of the reported clause, not the speaker
                    let subject_of_clause = after > cue.end && (after..s1.min(after + 8)).take_while(|&k| doc.tokens[k].kind == TokenKind::Word && ctx.quote_at[k] == 0 && ctx.cue_at[k] == 0).any(|k| ctx.is(k, class::AUX));
                    // (where subjects are never dropped, a verb right after the comma and before a
                    // preposition needs its subject after it: `Les ruines de l'église, superbe
                    // ouvrage du XVIe siècle, témoignent de la violence` is a sentence, not content
                    // and its cue; not in German, whose time adjuncts come first, `sagte am Montag
                    // der Minister`)
                    let subject_missing = ctx.lang.explicit_subjects && !ctx.lang.capitalised_nouns && comma_at(cue.first - 1) && after == cue.end && !cue.inverted_pronoun && after < s1 && doc.tokens[after].kind == TokenKind::Word && ctx.is(after, class::PREPOSITION) && ctx.mention_at[after] == 0 && (after + 1 >= s1 || ctx.mention_at[after + 1] == 0);
                    let rest_ok = !subject_of_clause && !subject_missing && (after >= s1 || ctx.punct(after, &['.', '!', '?', ',', ';', '(', '–', '—']) || ctx.is(after, class::ADVERB | class::PREPOSITION | class::ADDRESSEE | class::ATTRIBUTOR | class::GERUND) && !ctx.is(after, class::DETERMINER) || doc.tokens[after].upper && ctx.is(after, class::NOT_NAME));
                    // the content must not just be a direct quote's tail
                    // the content needs words of the journalist's own, not only quoted ones
                    // (a speech verb and its speaker between two quotes are the attribution, not content)
                    // (`L'Oms “chiede un accesso urgente …”, riassume il direttore`: with a quoted
                    // predicate, the subject's own words count)
                    let first_quoted = (s0..comma).find(|&k| accepted_at(k).is_some()).unwrap_or(comma);
                    // (a dateline's capitals, `(ANSA) - NAPOLI, 24 FEB -`, are not words of its own)
                    let own_words = (s0..comma).filter(|&k| ctx.quote_at[k] == 0 && doc.tokens[k].kind == TokenKind::Word && ctx.cue_at[k] == 0 && (ctx.mention_at[k] == 0 || k < first_quoted && first_quoted < comma) && doc.word(k).chars().any(char::is_lowercase)).count();
                    // `Der Ministerpräsident Thailands, Abhisit Vejjajiva, sagte`: a role in apposition
                    // before the speaker is not what was said
                    let only_mentions = (s0..comma).all(|k| ctx.mention_at[k] != 0 || doc.tokens[k].kind != TokenKind::Word || doc.is(k, class::DETERMINER | class::PREPOSITION | class::ROLE | class::TITLE) || doc.tokens[k].upper);
                    // another speech verb in the content is its own attribution (`"A", ha
                    // sottolineato X …: "B", ha detto X`): the content would span both
                    let other_cue = (s0..comma).any(|k| {
                        ctx.cue_at[k] != 0 && ctx.quote_at[k] == 0 && {
                            let c = &ctx.cues[ctx.cue_at[k] as usize - 1];
                            c.first == k
                                && (c.form == CueForm::Attributor || c.form == CueForm::Finite && !c.attitude && c.first > s0 && ctx.punct(c.first - 1, &[',', '-', '–', '—']))
                                && ctx.subject_right(c, comma).is_some()
                        }
                    });
                    // `Lors de sa visite à Lyon, X a pu constater`: a fronted adverbial phrase before the subject, not content
                    // (or `As an example, Moore pointed to …`)
                    let fronted_phrase = comma + 1 < cue.first && ctx.is(s0, class::PREPOSITION | class::AS_INTRO) && !ctx.is(s0, class::DETERMINER) && !(s0..comma).any(|k| ctx.quote_at[k] != 0 || ctx.punct(k, &[',', ':', ';']) || ctx.is(k, class::FINITE | class::AUX | class::COMPLEMENTISER));
                    // `…, dans un message audio, X avait expliqué à un ami qu'il …`: the verb's own
                    // reported clause follows it, so what comes before the subject is not content
                    let clause_follows = comma + 1 < cue.first && (cue.end..s1.min(cue.end + 10)).take_while(|&k| ctx.quote_at[k] == 0 && !ctx.punct(k, &[',', ';', '.', ':', '!', '?'])).any(|k| ctx.is(k, class::COMPLEMENTISER) && !ctx.is(k, class::DETERMINER | class::PREPOSITION));
                    // `Zapatero, der der PSOE angehört, verwies …`: a subject with its relative clause
                    let relative_subject = ctx.mention_at[s0] != 0 && {
                        let e = ctx.mentions[ctx.mention_at[s0] as usize - 1].end;
                        e + 1 < comma && ctx.punct(e, &[',']) && ctx.is(e + 1, class::RELATIVE)
                    };
                    // `… "A", aggiunge X, "B"`: a cue interrupting a quote attributes it, it
                    // closes no reported clause
                    let interrupts_quote = comma > s0 && accepted_at(comma - 1).is_some() && after + 1 < s1 && ctx.punct(after, &[',']) && accepted_at(after + 1).is_some();
                    // `… entro il 2050 e, ricorda Palazzo Chigi, il nostro Paese è al primo posto`:
                    // after a conjunction the cue is a parenthesis and the content follows it
                    // `Per quanto riguarda gli altri aspetti, "la crescita continua", ha detto X`: a
                    // topic phrase and then the quote up to the comma is the direct quote alone
                    let topic_then_quote = first_quoted > s0 + 1 && first_quoted < comma && ctx.punct(first_quoted - 1, &[',']) && (first_quoted..comma).all(|k| accepted_at(k).is_some() || ctx.punct(k, &[',', '.'])) && (s0..first_quoted - 1).all(|k| ctx.cue_at[k] == 0 && ctx.mention_at[k] == 0 && !ctx.is(k, class::FINITE | class::AUX));
                    // `"…," Karen Lindsay, emergency program co-ordinator, said`: a quote, its speaker
                    // and the speaker's apposition before the verb
                    let quote_then_speaker = first_quoted < comma && (s0..first_quoted).all(|k| doc.tokens[k].kind == TokenKind::Punct) && {
                        let mut k = first_quoted;
                        while k < comma && (accepted_at(k).is_some() || ctx.punct(k, &[','])) {
                            k += 1;
                        }
                        k < comma && ctx.mention_at[k] != 0 && ctx.mentions[ctx.mention_at[k] as usize - 1].first == k
                    };
                    // `Il cantante ha provato a giustificarsi: "…", ha detto Blanco`: words that
                    // introduce the quote with a colon are the journalist's
                    let colon_intro = first_quoted > s0 && first_quoted < comma && ctx.punct(first_quoted - 1, &[':']);
                    // `E, forte del risultato parziale, rilancia …`: an aside set off after a
                    // conjunction describes the subject
                    let aside = s0 + 1 < comma && ctx.is(s0, class::CONJUNCTION) && ctx.punct(s0 + 1, &[',']);
                    let conjunction_before = comma > s0 + 1 && ctx.is(comma - 1, class::CONJUNCTION) && after + 3 < s1 && ctx.punct(after, &[',']) && accepted_at(after + 1).is_none();
                    // `Almost all revenues, they promise, will be returned to families`: a cue set off
                    // by commas inside the clause it reports; the clause goes on after it
                    // (the clause opens the sentence or follows a subordinator or conjunction:
                    // `mentre l'Italia, spiega il premier Conte, si curerà di …`; its verb may come
                    // after a clitic)
                    let clause_start = (s0..comma).rev().take(6).find(|&k| ctx.is(k, class::SUBORDINATOR | class::CONJUNCTION)).map_or(s0, |k| k + 1);
                    let verb_next = ctx.is(after + 1, class::AUX | class::FINITE | class::ADVERB) || ctx.is(after + 1, class::CLITIC) && !ctx.is(after + 1, class::DETERMINER) || after + 1 < s1 && future_form(ctx.lang.code, doc.lower(after + 1));
                    // `It is on Trudeau's watch, Scheer said, that the country is facing …`: a cleft
                    // sentence split by its cue reports what follows `that`
                    // (an attributor without its source is a preposition: `y para ello, ha dicho, …`)
                    let clause_plain = (clause_start..comma).all(|k| ctx.quote_at[k] == 0 && (ctx.cue_at[k] == 0 || ctx.cues[ctx.cue_at[k] as usize - 1].form == CueForm::Attributor && ctx.subject_right(&ctx.cues[ctx.cue_at[k] as usize - 1], comma).is_none()));
                    let cleft = after + 3 < s1 && ctx.punct(after, &[',']) && ctx.is(after + 1, class::COMPLEMENTISER) && ctx.quote_at[after + 1] == 0 && ctx.is(clause_start, class::NEUTER) && clause_start + 1 < comma && ctx.is(clause_start + 1, class::AUX) && clause_plain;
                    // (or in a quote that opens in lowercase: `La decisión, apuntó, "reafirmó que …"`)
                    let quote_goes_on = after + 3 < s1 && ctx.punct(after, &[',']) && accepted_at(after + 1).is_some() && ctx.quote_at[after + 2] == ctx.quote_at[after + 1] && doc.tokens[after + 2].kind == TokenKind::Word && !doc.tokens[after + 2].upper;
                    let continues = after + 3 < s1 && ctx.punct(after, &[',']) && (quote_goes_on || doc.tokens[after + 1].kind == TokenKind::Word && !doc.tokens[after + 1].upper && ctx.cue_at[after + 1] == 0 && ctx.quote_at[after + 1] == 0 && !ctx.is(after + 1, class::CONJUNCTION | class::RELATIVE | class::PREPOSITION | class::GERUND | class::COMPLEMENTISER) && verb_next) && comma <= clause_start + 6 && clause_plain;
                    if conjunction_before && cue.form == CueForm::Finite {
                        let end = clause_end(ctx, after + 1, s1);
                        if end > after + 3 {
                            found = Some((after + 1, end, ctx.subject_right(cue, s1), Rule::InnerCue));
                        }
                    } else if cleft && cue.form == CueForm::Finite && rest_ok {
                        // (both pieces, as for a quote interrupted by its cue)
                        let end = clause_end(ctx, after + 2, s1);
                        if end > after + 3 {
                            found = Some((clause_start, comma, ctx.subject_left(cue, s0).filter(|&m| ctx.mentions[m].first > comma).or_else(|| ctx.subject_right(cue, s1)), Rule::InnerCue));
                            second_piece = Some((after + 1, end));
                        }
                    } else if continues && cue.form == CueForm::Finite && rest_ok {
                        let end = clause_end(ctx, after + 1, s1);
                        let m = if ctx.mention_at[cue.first - 1] != 0 && comma < cue.first - 1 { Some(ctx.mention_at[cue.first - 1] as usize - 1) } else { ctx.subject_right(cue, s1) };
                        // (two pieces, as for a quote interrupted by its cue: `Almost all revenues,
                        // they promise, will be returned …`; but one mixed quote when a quote goes on
                        // from the subject: `La decisión, apuntó, "reafirmó …"`)
                        if end > after + 3 && (quote_goes_on || ctx.lang.code != "en") {
                            found = Some((clause_start, end, m, Rule::InnerCue));
                        } else if end > after + 3 {
                            found = Some((clause_start, comma, m, Rule::InnerCue));
                            second_piece = Some((after + 1, end));
                        }
                    } else if rest_ok && !interrupts_quote && !topic_then_quote && !colon_intro && !aside && !quote_then_speaker && (own_words >= 2 || own_words == 1 && first_quoted < comma && (s0..first_quoted).any(|k| ctx.mention_at[k] != 0)) && !only_mentions && !other_cue && !fronted_phrase && !clause_follows && !relative_subject {
                        let m = if ctx.mention_at[cue.first - 1] != 0 && comma < cue.first - 1 {
                            Some(ctx.mention_at[cue.first - 1] as usize - 1)
                        } else {
                            ctx.subject_right(cue, s1)
                        };
                        found = Some((s0, comma, m, Rule::TrailingCue));
                        // `Some hid under desks, he said, but one person ran to the roof`: a clause
                        // coordinated after the cue, with a subject of its own, is reported too (not
                        // one about the speaker, the journalist's: `…, he says, and he was upset`)
                        let own_subject = |k: usize| ctx.is(k, class::EXPLETIVE) || !ctx.is(k, class::PRONOUN) && (ctx.is(k, class::DETERMINER | class::QUANTIFIER) || ctx.mention_at[k] != 0 && ctx.mentions[ctx.mention_at[k] as usize - 1].kind != MentionKind::Pronoun);
                        if after + 3 < s1 && ctx.punct(after, &[',']) && ctx.is(after + 1, class::CONJUNCTION) && accepted_at(after + 1).is_none() && own_subject(after + 2) {
                            let end = clause_end(ctx, after + 1, s1);
                            if end > after + 4 && clause_has_verb(ctx, after + 2, end) {
                                second_piece = Some((after + 1, end));
                            }
                        }
                    }
                } else if t < s1 && ctx.punct(t, &[':']) && t + 1 < s1 && accepted_at(t + 1).is_none() {
                    let end = clause_end(ctx, t + 1, s1);
                    if end > t + 3 {
                        let (m, rule) = subject();
                        found = Some((t + 1, end, m, rule));
                    }
                } else if cue.first > s0 && (ctx.punct(cue.first - 1, &['–', '—', '(']) || cue.first > s0 + 1 && ctx.punct(cue.first - 1, &['-']) && doc.tokens[cue.first - 2].span.end < doc.tokens[cue.first - 1].span.start || ctx.is(cue.first - 1, class::AS_INTRO) && !ctx.is(cue.first - 1, class::COMPLEMENTISER)) {
                    // (a hyphen with a space before it is a dash: `Un modo - riferiscono fonti - per …`)
                    // a parenthetical cue: `anche se – ha riferito il Cremlino – CONTENT`, or an
                    // `as` clause: `Come spiega Kevin Beaumont, ricercatore …, CONTENT`
                    let as_clause = ctx.is(cue.first - 1, class::AS_INTRO);
                    let Some(m) = ctx.subject_right(cue, s1) else { continue };
                    let mut me = ctx.mentions[m].end;
                    // the subject's apposition: `, ricercatore di sicurezza che ha individuato il problema,`
                    if as_clause && me < s1 && ctx.punct(me, &[',']) {
                        if let Some(close) = (me + 1..s1.min(me + 16)).find(|&k| ctx.punct(k, &[',']) || ctx.quote_at[k] != 0) {
                            if ctx.punct(close, &[',']) && (me + 1..close).all(|k| ctx.cue_at[k] == 0) && close + 1 < s1 && (ctx.is(close + 1, class::DETERMINER) || ctx.doc.tokens[close + 1].kind == TokenKind::Word && !ctx.doc.tokens[close + 1].upper) {
                                me = close;
                            }
                        }
                    }
                    if me < s1 && ctx.punct(me, if as_clause { &[','][..] } else { &['–', '—', ')', '-'][..] }) {
                        let end = clause_end(ctx, me + 1, s1);
                        if end > me + 3 {
                            found = Some((me + 1, end, Some(m), Rule::InnerCue));
                        }
                    }
                }
            }
            _ => {}
        }
        let Some((start, end, mention, rule)) = found else { continue };
        // `ha ammesso che A e che B`: coordinated reported clauses, one quote each in the Italian
        // annotations; the French, Spanish, Portuguese and English ones keep `que A et que B` as one
        let split_coordinated = ctx.lang.code == "it";
        let mut pieces = vec![(start, end)];
        pieces.extend(second_piece);
        let mut e = end;
        while split_coordinated && e + 2 < s1 && ctx.is(e, class::CONJUNCTION) && ctx.is(e + 1, class::COMPLEMENTISER) {
            let next_end = clause_end(ctx, e + 2, s1);
            if next_end <= e + 2 {
                break;
            }
            pieces.push((e + 2, next_end));
            e = next_end;
        }
        for (start, end) in pieces {
        if start >= end || end > n {
            continue;
        }
        // trim punctuation at the ends
        let (mut start, mut end) = (start, end);
        while start < end && ctx.punct(start, &[',', ':', ';', '–', '—', '-']) {
            start += 1;
        }
        while end > start && ctx.punct(end - 1, &[',', '.', ':', ';', '–', '—', '-']) {
            end -= 1;
        }
        // (two words after a complementiser may be a whole clause: `urged people to get
        // vaccinated`, `disse que se excedeu`; not `they tweet it out`)
        let marked = start > 0 && doc.tokens[start - 1].kind == TokenKind::Word && ctx.is(start - 1, class::COMPLEMENTISER | class::INF_COMPLEMENTISER);
        if end <= start || end - start < 2 || end - start == 2 && (!marked || (start..end).any(|t| doc.tokens[t].kind != TokenKind::Word || ctx.quote_at[t] != 0)) {
            continue;
        }
        // all quote: the direct quote says it already
        if accepted_at(start).is_some() && accepted_at(end - 1).is_some() && ctx.quote_at[start] == ctx.quote_at[end - 1] {
            continue;
        }
        let has_quote = (start..end).any(|t| accepted_at(t).is_some());
        let mut a = make(start, end, mention, rule, 0.7);
        if has_quote {
            a.kind = QuoteKind::Mixed;
        }
        // a mixed quote without a named subject is its quoted fragment's: the direct quote inside it
        // was attributed with the same cue or a nearer one
        let inner = if has_quote && a.mention.is_none() {
            (start..end).find_map(accepted_at).and_then(|qi| direct.iter().find(|d| d.span == quotes[qi].span)).filter(|d| d.speaker_mention().is_some())
        } else {
            None
        };
        if let Some(d) = inner {
            a.mention = d.mention;
            a.antecedent = d.antecedent;
            a.rule = d.rule;
        } else if a.mention.is_some() {
            a = resolve(ctx, a, sal, start);
        } else if rule == Rule::None {
            a.confidence = 0.4;
        } else if cue.inverted_pronoun {
            a = inverted_pronoun(ctx, Attributed { rule: Rule::Anaphora, ..a }, cue, sal, start);
        } else {
            a = anaphora(ctx, Attributed { rule: Rule::Anaphora, confidence: 0.5, ..a }, sal);
        }
        if let Some(m) = a.speaker_mention() {
            sal.last_speaker = Some((m, end));
        }
        // `afirmou que Lula disse que …`: a report nested in the content, its speaker named right
        // before its own verb and complementiser, is that speaker's report as well
        let nested = (start + 1..end.saturating_sub(2)).find(|&k| ctx.quote_at[k] == 0 && ctx.mention_at[k - 1] != 0 && ctx.cue_at[k] != 0 && {
            let c = &ctx.cues[ctx.cue_at[k] as usize - 1];
            c.first == k && c.form == CueForm::Finite && !c.attitude && ctx.is(c.end, class::COMPLEMENTISER)
        });
        claimed_until = claimed_until.max(nested.unwrap_or(if rule == Rule::TrailingCue { cue.end } else { end }));
        out.push(a);
        }
    }
    out
}

/// The spans of `a` and `b`, sorted by start, for [`overlaps_any`].
fn sorted_spans(a: &[Attributed], b: &[Attributed]) -> Vec<Span> {
    let mut v: Vec<Span> = a.iter().chain(b).map(|q| q.span).collect();
    crate::sort::sort_by_key(&mut v, |s| s.start);
    v
}

/// Whether `span` overlaps any of `sorted` (sorted by start), in logarithmic time plus the spans
/// that start before it and are long enough to reach it (few: quotes do not nest deeply).
fn overlaps_any(sorted: &[Span], span: Span) -> bool {
    let i = sorted.partition_point(|s| s.start < span.end);
    sorted[..i].iter().rev().take(64).any(|s| s.overlaps(span))
}

/// `De Magistris, rafforzamento forze ordine`, `Spari davanti bimbi: sindaco Napoli, serve risposta
/// forte`: a news agency headline (a short paragraph without a final stop and without a speech verb)
/// that opens with a speaker and a comma reports what follows the comma.
fn headlines_naming_their_speaker(ctx: &Ctx, direct: &[Attributed], indirect: &[Attributed]) -> Vec<Attributed> {
    let taken = sorted_spans(direct, indirect);
    let doc = ctx.doc;
    let mut out = Vec::new();
    for (a, b) in doc.paragraph_token_ranges() {
        if b - a > 25 || b - a < 4 || ctx.punct(b - 1, &['.', '!', '?', '…', ':', ';']) || (a..b).any(|k| ctx.cue_at[k] != 0 || ctx.quote_at[k] != 0) {
            continue;
        }
        // the speaker opens the headline or follows its topic and a colon
        let start = (a..b).find(|&k| ctx.punct(k, &[':'])).map_or(a, |k| k + 1);
        if start >= b || ctx.mention_at[start] == 0 {
            continue;
        }
        let m = ctx.mention_at[start] as usize - 1;
        let c = &ctx.mentions[m];
        let mut me = c.end;
        // `sindaco Torino, ora più controlli`: an agency headline's role and its place
        if c.kind == MentionKind::Role && me + 1 < b && doc.tokens[me].kind == TokenKind::Word && doc.tokens[me].upper && ctx.punct(me + 1, &[',']) && (ctx.mention_at[me] == 0 || ctx.mentions[ctx.mention_at[me] as usize - 1].first == me && ctx.mentions[ctx.mention_at[me] as usize - 1].end == me + 1) {
            me += 1;
        }
        if c.first != start || c.kind == MentionKind::Pronoun || me + 2 >= b || !ctx.punct(me, &[',']) {
            continue;
        }
        // a list of names (`Roma, Milano e Napoli`) is not a speaker and a statement
        if (me + 1..b).any(|k| ctx.punct(k, &[','])) && ctx.mention_at[me + 1] != 0 {
            continue;
        }
        // an apposition or a byline (`Stanley Grizzle, a prominent activist`, `Jeff Karoub, The
        // Associated Press`) starts with an article or a capital
        if doc.tokens[me + 1].kind != TokenKind::Word || doc.tokens[me + 1].upper || ctx.is(me + 1, class::DETERMINER | class::PREPOSITION) {
            continue;
        }
        let content = Span::new(doc.tokens[me + 1].span.start, doc.tokens[b - 1].span.end);
        if overlaps_any(&taken, content) {
            continue;
        }
        out.push(Attributed { span: content, kind: QuoteKind::Indirect, mention: Some(m), antecedent: None, cue: None, rule: Rule::Headline, confidence: 0.6 });
    }
    out
}

/// Words set apart and signed, without quotation marks: an embedded post (`Thursday's windstorm was
/// … #BCStorm pic.twitter.com/… — BC Hydro (@bchydro) December 22, 2018`) or a pull quote
/// (`It's very bad for our seniors. Rod Peters, Lake Cowichan mayor`). The paragraph before the
/// signature is what the signer said.
fn callouts_signed_by_their_speaker(ctx: &Ctx, direct: &[Attributed], indirect: &[Attributed]) -> Vec<Attributed> {
    let taken = sorted_spans(direct, indirect);
    let doc = ctx.doc;
    let mut out = Vec::new();
    for (a, b) in doc.paragraph_token_ranges() {
        if b - a < 6 || (a..b).any(|k| ctx.quote_at[k] != 0 || ctx.cue_at[k] != 0) {
            continue;
        }
        // the signature: `— Name (@handle) …` anywhere, or `. Name[, a few words]` closing the paragraph
        let post = (a + 3..b).find(|&k| {
            ctx.punct(k, &['—', '–']) && k + 1 < b && ctx.mention_at[k + 1] != 0 && {
                let m = &ctx.mentions[ctx.mention_at[k + 1] as usize - 1];
                m.first == k + 1 && doc.text[doc.tokens[m.end - 1].span.end..].trim_start().starts_with("(@")
            }
        });
        let (signature, content_end) = if let Some(k) = post {
            // the post's text ends before its links and trailing hashtags
            let mut e = k;
            if let Some(url) = (a..k).find(|&t| doc.word(t).starts_with("http") || crate::text::contains_str(doc.word(t), "twitter.com") || doc.word(t).starts_with("pic.")) {
                e = url;
            }
            while e > a && (ctx.punct(e - 1, &['#', '@', ':', '/']) || doc.tokens[e - 1].span.start > 0 && doc.text[..doc.tokens[e - 1].span.start].ends_with('#')) {
                e -= 1;
            }
            (k + 1, e)
        } else {
            let Some(s) = (a + 4..b).rev().find(|&k| ctx.punct(k - 1, &['.', '!', '?']) && ctx.mention_at[k] != 0 && ctx.mentions[ctx.mention_at[k] as usize - 1].first == k) else { continue };
            let m = &ctx.mentions[ctx.mention_at[s] as usize - 1];
            let tail_ok = m.end == b || ctx.punct(m.end, &[',']) && b - m.end <= 6 && !ctx.punct(b - 1, &['.', '!', '?']);
            // a photo caption with its credit (`… Vancouver on Oct. 29, 2015. Ben Nelms`) dates
            // what it shows
            let dated = (a..s).any(|k| doc.tokens[k].kind == TokenKind::Number && doc.word(k).len() == 4 && (doc.word(k).starts_with("19") || doc.word(k).starts_with("20")));
            if !tail_ok || dated || m.kind == MentionKind::Pronoun || ctx.sent_of[s] == ctx.sent_of[a] {
                continue;
            }
            (s, s - 1)
        };
        let m = ctx.mention_at[signature] as usize - 1;
        let mut e = content_end;
        while e > a && ctx.punct(e - 1, &['.', ',', ';', ':', '—', '–', '-']) {
            e -= 1;
        }
        if e < a + 5 {
            continue;
        }
        let span = Span::new(doc.tokens[a].span.start, doc.tokens[e - 1].span.end);
        if overlaps_any(&taken, span) {
            continue;
        }
        out.push(Attributed { span, kind: QuoteKind::Indirect, mention: Some(m), antecedent: None, cue: None, rule: Rule::TrailingCue, confidence: 0.5 });
    }
    out
}

/// `Es drohe „eine dramatische Erderwärmung …“.`: a sentence in the reported-speech mood (German
/// Konjunktiv I) that carries a quoted fragment is a mixed quote of the fragment's speaker.
fn sentences_in_reported_mood(ctx: &Ctx, direct: &[Attributed], indirect: &[Attributed]) -> Vec<Attributed> {
    let taken = sorted_spans(&[], indirect);
    let doc = ctx.doc;
    let n = doc.tokens.len();
    let mut out: Vec<Attributed> = Vec::new();
    for q in direct.iter().filter(|q| q.kind == QuoteKind::Direct && q.speaker_mention().is_some()) {
        let qa = doc.token_at_or_after(q.span.start);
        if qa >= n {
            continue;
        }
        let (s0, s1) = ctx.sentence(qa);
        if out.last().is_some_and(|o| o.span.end > doc.tokens[s0].span.start) {
            continue;
        }
        let reported_mood = (s0..s1).any(|t| ctx.quote_at[t] == 0 && doc.is(t, class::SUBJUNCTIVE));
        // `In Emilia e Calabria insomma “non sarà un voto sul Governo”.`: a sentence with no cue of
        // its own that goes on in its speaker's words after words of the journalist's
        let free_partial = q.rule == Rule::Continuation
            && qa > s0 + 2
            && (s0..s1).all(|t| ctx.cue_at[t] == 0 || ctx.quote_at[t] != 0)
            && (s0..qa).filter(|&t| ctx.quote_at[t] == 0 && doc.tokens[t].kind == TokenKind::Word).count() >= 3
            // (after a framing phrase, `Con gli opportuni investimenti, “…”`, not after a clause
            // of the journalist's: `Il premier concorda e loda “…”`, `Ipotesi che bolla come “…”`)
            && doc.is(s0, class::PREPOSITION)
            && (s0..qa).all(|t| !doc.is(t, class::FINITE | class::AUX | class::COMPLEMENTISER | class::RELATIVE | class::PRONOUN));
        // `La crescita "continuerà ad essere sostenuta …"`, `La situazione sul campo, a Gaza, "è
        // indescrivibile - incalza X - …"`: a subject noun phrase of the journalist's whose
        // predicate is the quote (it opens in lowercase with a verb)
        let first_inner = qa + 1;
        let quoted_predicate = !ctx.lang.capitalised_nouns
            && first_inner < s1
            && ctx.quote_at[first_inner] == ctx.quote_at[qa]
            && doc.tokens[first_inner].kind == TokenKind::Word
            && !doc.tokens[first_inner].upper
            && (doc.is(first_inner, class::AUX | class::FINITE | class::CLITIC | class::NEGATION) || future_form(ctx.lang.code, doc.lower(first_inner)))
            && qa > s0 + 1
            && doc.is(s0, class::DETERMINER)
            && (s0..qa).all(|t| ctx.quote_at[t] == 0 && ctx.cue_at[t] == 0 && !doc.is(t, class::FINITE | class::AUX | class::COMPLEMENTISER | class::RELATIVE | class::PRONOUN | class::CONJUNCTION));
        if !reported_mood && !free_partial && !quoted_predicate {
            continue;
        }
        // `Es drohe „…“`: two words of its own suffice
        let own = (s0..s1).filter(|&t| ctx.quote_at[t] == 0 && doc.tokens[t].kind == TokenKind::Word).count();
        if own < 2 {
            continue;
        }
        let mut end = s1;
        // (up to the quote when a cue interrupts it: `"è indescrivibile - incalza X - …"`)
        let q_end = doc.token_end_before(q.span.end);
        if quoted_predicate && (q_end..s1).any(|t| ctx.cue_at[t] != 0 && ctx.quote_at[t] == 0) {
            end = q_end;
        }
        while end > s0 && ctx.punct(end - 1, &['.', '!', '?', ';', ':', ',']) {
            end -= 1;
        }
        let span = Span::new(doc.tokens[s0].span.start, doc.tokens[end - 1].span.end);
        if overlaps_any(&taken, span) {
            continue;
        }
        out.push(Attributed { span, kind: QuoteKind::Mixed, mention: q.mention, antecedent: q.antecedent, cue: None, rule: q.rule, confidence: (q.confidence - 0.1).max(0.1) });
    }
    out
}

/// `Die Polizei teilte mit, … . Die Temperatur habe sich wieder normalisiert.`: a sentence in the
/// reported mood (German Konjunktiv I) with no quote or cue of its own goes on reporting the source
/// of the reported speech before it ([`reporting_source`]): the whole sentence is indirect speech.
fn free_reported_speech(ctx: &Ctx, found: &[Attributed]) -> Vec<Attributed> {
    let doc = ctx.doc;
    let mut out: Vec<Attributed> = Vec::new();
    // the sentence index that ended the last reported stretch, to join consecutive sentences
    let mut last: Option<usize> = None;
    for (si, &(s0, s1)) in ctx.sentences.iter().enumerate() {
        if s1 <= s0 + 3 || !(s0..s1).any(|t| doc.is(t, class::SUBJUNCTIVE) && doc.tokens[t].kind == TokenKind::Word) {
            continue;
        }
        if (s0..s1).any(|t| ctx.quote_at[t] != 0 || ctx.cue_at[t] != 0) {
            continue;
        }
        let mut end = s1;
        while end > s0 && ctx.punct(end - 1, &['.', '!', '?', ';', ':', ',']) {
            end -= 1;
        }
        if end <= s0 + 2 || doc.tokens[end - 1].para != doc.tokens[s0].para {
            continue;
        }
        let span = Span::new(doc.tokens[s0].span.start, doc.tokens[end - 1].span.end);
        if found.iter().any(|a| a.span.overlaps(span)) {
            continue;
        }
        // one reported stretch over consecutive sentences of a paragraph
        if last.is_some_and(|l| l + 1 == si) && out.last().is_some_and(|o| doc.paragraph_of(o.span.start) == Some(doc.tokens[s0].para as usize)) {
            if let Some(o) = out.last_mut() {
                o.span.end = span.end;
            }
            last = Some(si);
            continue;
        }
        let Some((m, ci)) = reporting_source(ctx, s0) else { continue };
        last = Some(si);
        let a = Attributed { span, kind: QuoteKind::Indirect, mention: Some(m), antecedent: None, cue: Some(ctx.cues[ci].span), rule: Rule::Anaphora, confidence: 0.5 };
        let mut sal = Salience::default();
        out.push(resolve(ctx, a, &mut sal, s0));
    }
    out
}

/// Where a reported clause starting at `start` ends: the sentence end, a `;`, a colon before a quote,
/// or a gerund or cue introducing the next clause (`, aggiungendo che`).
fn clause_end(ctx: &Ctx, start: usize, s1: usize) -> usize {
    // a clause that starts inside parentheses ends with them: `X (le ha detto di andare a
    // studiare), la giovane attivista …`
    let s0 = ctx.sentence(start.min(ctx.doc.tokens.len() - 1)).0;
    let in_parentheses = (s0..start).rev().find(|&k| ctx.punct(k, &['(', ')'])).is_some_and(|k| ctx.punct(k, &['(']));
    let mut t = start;
    while t < s1 {
        if ctx.quote_at[t] != 0 {
            t += 1;
            continue;
        }
        if in_parentheses && ctx.punct(t, &[')']) {
            return t;
        }
        if ctx.punct(t, &[';']) {
            return t;
        }
        if ctx.punct(t, &[':']) && t + 1 < s1 && ctx.quote_at[t + 1] != 0 {
            return t;
        }
        if ctx.punct(t, &[',']) && t + 1 < s1 && ctx.cue_at[t + 1] != 0 {
            let c = &ctx.cues[ctx.cue_at[t + 1] as usize - 1];
            if matches!(c.form, CueForm::Gerund | CueForm::Finite | CueForm::Attributor) {
                return t;
            }
        }
        // `afirmó que "…", al firmar el decreto`, `ha declarado que "…" después de que el grupo
        // anunciara …`: after a clause that is all one quote, a preposition with a complementiser,
        // or after a comma with an infinitive, opens the journalist's account of when it was said
        // (without the comma the infinitive goes on with the quote: `"marzo è il mese giusto"
        // per chiudere l'accordo`)
        if t > start && ctx.quote_at[start] != 0 && (start..t).all(|k| ctx.quote_at[k] == ctx.quote_at[start]) {
            let k = if ctx.punct(t, &[',']) { t + 1 } else { t };
            let prep = |j: usize| j < s1 && ctx.doc.tokens[j].kind == TokenKind::Word && ctx.is(j, class::PREPOSITION) && !ctx.is(j, class::INF_COMPLEMENTISER | class::COMPLEMENTISER);
            let comp = |j: usize| j < s1 && ctx.is(j, class::COMPLEMENTISER) && !ctx.is(j, class::DETERMINER | class::PREPOSITION);
            let with_infinitive = k > t && prep(k) && k + 1 < s1 && ctx.doc.tokens[k + 1].kind == TokenKind::Word && !ctx.doc.tokens[k + 1].upper && looks_infinitive(ctx.lang.code, ctx.doc.lower(k + 1));
            let with_clause = prep(k) && comp(k + 1) || k < s1 && ctx.is(k, class::ADVERB) && prep(k + 1) && comp(k + 2);
            if !ctx.lang.capitalised_nouns && ctx.lang.code != "en" && (with_infinitive || with_clause) {
                return t;
            }
        }
        // `spiegando che "…", che poi significa …`: a relative after a clause that is all one
        // quote is the journalist's comment on it
        if ctx.punct(t, &[',']) && t > start && t + 1 < s1 && ctx.quote_at[start] != 0 && ctx.is(t + 1, class::RELATIVE) && (start..t).all(|k| ctx.quote_at[k] == ctx.quote_at[start]) {
            return t;
        }
        // `, X said` after the clause (but not `if he runs, he would hope to …`: a cue with its own
        // complement is the main clause of what is reported)
        if ctx.punct(t, &[',']) && t + 1 < s1 && ctx.mention_at[t + 1] != 0 {
            let m = &ctx.mentions[ctx.mention_at[t + 1] as usize - 1];
            if m.end < s1 && ctx.cue_at[m.end] != 0 {
                let c = &ctx.cues[ctx.cue_at[m.end] as usize - 1];
                let trailing = c.end >= s1 || !ctx.doc.is(c.end, class::COMPLEMENTISER | class::INF_COMPLEMENTISER) && !matches!(ctx.doc.lower(c.end), "to");
                if trailing {
                    return t;
                }
            }
        }
        // `… non cederà alle richieste, i sindacati sui loro siti spiegano che …`: a
        // later speech verb with its own complementiser, in a clause of its own after a comma,
        // starts another report, and the comma ends this one (not a relative or an aside: `, che
        // ha spiegato che`, `, come spiega X,`)
        if ctx.punct(t, &[',']) && t > start + 1 && t + 1 < s1 && !ctx.is(t + 1, class::RELATIVE | class::COMPLEMENTISER | class::AS_INTRO | class::SUBORDINATOR) {
            let next = (t + 1..s1.min(t + 12)).take_while(|&k| ctx.quote_at[k] == 0 && !ctx.punct(k, &[',', ';', ':', '.', '!', '?', '(', '–', '—']) && !ctx.is(k, class::RELATIVE | class::COMPLEMENTISER)).find(|&k| ctx.cue_at[k] != 0);
            if let Some(k) = next {
                let c = &ctx.cues[ctx.cue_at[k] as usize - 1];
                if c.first == k && c.form == CueForm::Finite && c.end < s1 && ctx.is(c.end, class::COMPLEMENTISER) && !ctx.is(c.end, class::DETERMINER) && k > t + 1 {
                    return t;
                }
            }
        }
        // `… e avvertendo`: a coordinated speech verb starts another clause
        if t + 1 < s1 && t > start && ctx.is(t, class::CONJUNCTION) && ctx.cue_at[t + 1] != 0 && ctx.cues[ctx.cue_at[t + 1] as usize - 1].form == CueForm::Gerund {
            return t;
        }
        // `… ma subito spiega che`: a coordinated finite speech verb starts another report (and so
        // does one in a subordinate clause after a comma: `…, aunque confirmó que …`)
        // (or after a colon: `she didn’t come from a cooking family: she notes that …`)
        if t > start && (ctx.is(t, class::CONJUNCTION) || ctx.is(t, class::SUBORDINATOR) && ctx.punct(t - 1, &[',']) || ctx.punct(t, &[':'])) {
            let mut k = t + 1;
            while k < s1 && ctx.is(k, class::ADVERB) && ctx.cue_at[k] == 0 {
                k += 1;
            }
            // (or a preposition and one plain word, an adverbial: `mas de seguida um dos
            // vereadores informou …`)
            if k + 2 < s1 && ctx.is(k, class::PREPOSITION) && !ctx.is(k, class::DETERMINER) && ctx.doc.tokens[k + 1].kind == TokenKind::Word && !ctx.doc.tokens[k + 1].upper && ctx.doc.classes(k + 1) == 0 {
                k += 2;
            }
            // (`… but Chapman says that …`: a new subject, then its speech verb; `— but the
            // hereditary leaders say …`: words of the noun phrase before the mention)
            let mut j = k;
            while j < s1 && j < k + 3 && ctx.mention_at[j] == 0 && ctx.quote_at[j] == 0 && ctx.doc.tokens[j].kind == TokenKind::Word && !ctx.doc.tokens[j].upper && (ctx.is(j, class::DETERMINER) || ctx.doc.classes(j) == 0) {
                j += 1;
            }
            if j < s1 && ctx.mention_at[j] != 0 && ctx.quote_at[j] == 0 {
                let m = &ctx.mentions[ctx.mention_at[j] as usize - 1];
                if m.first >= k && m.first <= j && !m.after_preposition {
                    k = m.end;
                }
            }
            // (not a verb without a complement in a conditional aside: `di ritirare la proposta,
            // se crede, e di aprire …`)
            let c = (k < s1 && ctx.cue_at[k] != 0).then(|| &ctx.cues[ctx.cue_at[k] as usize - 1]);
            let bare_aside = c.is_some_and(|c| ctx.is(t, class::SUBORDINATOR) && c.end < s1 && ctx.punct(c.end, &[',', ';', '.']));
            if c.is_some_and(|c| ctx.quote_at[k] == 0 && c.form == CueForm::Finite && c.first == k) && !bare_aside {
                return t;
            }
        }
        // `that there was "no crisis" and "crisis" was among the words of the year`: a quoted
        // word and a verb after the conjunction are a new clause with its own subject
        if t > start && t + 2 < s1 && ctx.is(t, class::CONJUNCTION) && ctx.quote_at[t + 1] != 0 {
            let q = ctx.quote_at[t + 1];
            let after = (t + 1..s1).find(|&k| ctx.quote_at[k] != q).unwrap_or(s1);
            if after < s1 && ctx.is(after, class::AUX) {
                return t;
            }
        }
        // `e che …`: a second reported clause starts (a separate quote in the Italian annotations)
        if ctx.lang.code == "it" && t + 1 < s1 && ctx.is(t, class::CONJUNCTION) && ctx.is(t + 1, class::COMPLEMENTISER) && t > start {
            return t;
        }
        t += 1;
    }
    s1
}

/// Whether a lowercased word is a verb in the future by its ending (Italian `resterà`, `sarà`: no
/// common noun ends in `-rà`).
fn future_form(lang: &str, w: &str) -> bool {
    (lang == "it" && w.ends_with("rà") || lang == "es" && (w.ends_with("rá") || w.ends_with("rán"))) && w.chars().count() > 3
}

/// Whether a lowercased finite verb or auxiliary is in the third person plural by its ending
/// (`dijeron`, `hanno`, `disseram`, `déclarent`, `ont`).
fn plural_verb(lang: &str, w: &str) -> bool {
    // (not `tem`, `mantém`, `soutient`: singular)
    match lang {
        "es" => w.ends_with('n'),
        "it" => w.ends_with("no"),
        "pt" => w.ends_with('m') && !w.ends_with("ém") && w != "tem",
        "fr" => w.ends_with("nt") && !w.ends_with("ient"),
        _ => false,
    }
}

/// Whether a lowercased word looks like an infinitive (`restare`, `voler`, `farlo`, `déclarer`).
fn looks_infinitive(lang: &str, w: &str) -> bool {
    match lang {
        "it" => ["re", "r", "rsi", "rla", "rlo", "rli", "rle", "rne", "rci", "rgli", "rvi"].iter().any(|e| w.ends_with(e)) && w.chars().count() > 3,
        "fr" => ["er", "ir", "re"].iter().any(|e| w.ends_with(e)) && w.chars().count() > 3,
        "es" | "pt" => ["ar", "er", "ir", "arse", "erse", "irse", "lo", "la"].iter().any(|e| w.ends_with(e)) && w.chars().count() > 3,
        // (callers rule out the function words: `to the`, `to him`)
        "en" => w.len() > 1 && w.bytes().all(|b| b.is_ascii_lowercase()),
        _ => false,
    }
}

/// Whether a subject mention ending before `verb` is that verb's subject: next to it, closed by an
/// apposition's comma, or followed by a short prepositional phrase (`Tim Guest with the Nova Scotia
/// Health Authority says`), or by nothing but names, capitalised words, prepositions and
/// articles.
fn subject_close_to_verb(ctx: &Ctx, m: usize, verb: usize) -> bool {
    let end = ctx.mentions[m].end;
    if end + 3 >= verb || ctx.punct(end, &[',']) {
        return true;
    }
    let doc = ctx.doc;
    // (an apposition closed by a comma right before the verb: `Jonathon Maguire, pediatrician and
    // researcher at St. Michael's Hospital in Toronto, said`)
    let apposition = end + 25 >= verb && ctx.punct(verb - 1, &[',']) && (end..verb).all(|k| ctx.quote_at[k] == 0 && ctx.cue_at[k] == 0 && !ctx.is(k, class::FINITE | class::AUX | class::COMPLEMENTISER | class::RELATIVE));
    apposition || end + 9 >= verb && ctx.is(end, class::PREPOSITION) && (end..verb).all(|k| doc.tokens[k].kind == TokenKind::Word && ctx.quote_at[k] == 0 && !ctx.is(k, class::FINITE | class::COMPLEMENTISER | class::RELATIVE))
        || (end..verb).all(|k| ctx.mention_at[k] != 0 || doc.tokens[k].upper && doc.tokens[k].kind == TokenKind::Word || ctx.is(k, class::PREPOSITION | class::DETERMINER))
}

/// `Marit Stiles praised the plan and said the premier …`: a speech verb coordinated by `and` with
/// the predicate of the sentence's subject, with no comma, mention, relative or subordinate clause
/// between them (a quoted complement may stand there: `called the plan “a fantasy” and said`),
/// shares that subject as closely as a verb right after it.
fn coordinated_predicate(ctx: &Ctx, m: usize, verb: usize) -> bool {
    let doc = ctx.doc;
    let mention = &ctx.mentions[m];
    let e = mention.end;
    if mention.first != ctx.sentence(verb).0 || e + 1 >= verb || e + 12 < verb || doc.tokens[verb - 1].kind != TokenKind::Word || !ctx.is(verb - 1, class::CONJUNCTION) || doc.tokens[e].kind != TokenKind::Word || doc.tokens[e].upper {
        return false;
    }
    // (the subject's own verb right after it: a listed or irregular form, or a past in `-ed`)
    let w = doc.lower(e);
    let own_verb = ctx.is(e, class::FINITE | class::AUX | class::IRREGULAR_VERB) || w.len() > 4 && w.ends_with("ed");
    own_verb && (e..verb - 1).all(|k| (ctx.mention_at[k] == 0 || ctx.quote_at[k] != 0) && !ctx.punct(k, &[',', ';', ':']) && !ctx.is(k, class::RELATIVE | class::COMPLEMENTISER | class::SUBORDINATOR))
}

/// Whether `[from, to)` shows a finite verb: an auxiliary or its contraction, a past form in `-ed`,
/// an `-s` form followed by an article, a preposition, `to` or an adverb (`takes a toll`, `wants
/// to`), or a plain form before `to` and a plain word or before an article (`need to meet`, `favour
/// the`). A bare clause after `announced the …` without one is the verb's object (`announced the end
/// of the siege`). A word inside a quote counts: the clause is mixed (`said the photo “totally
/// misrepresents the culture”`).
fn clause_has_verb(ctx: &Ctx, from: usize, to: usize) -> bool {
    let doc = ctx.doc;
    // the reported clause's own verb comes before a clause it subordinates (`added 0.2 per cent to
    // 7,108.82 as Theresa May agreed …`; not `such as Dylann Roof`) and before a predicate
    // coordinated with the speech verb's (`reported little progress but are hopeful that …`)
    let word = |k: usize| k < to && doc.tokens[k].kind == TokenKind::Word;
    let to = (from + 2..to)
        .find(|&k| {
            word(k) && word(k + 1) && {
                let subordinate = ctx.is(k, class::SUBORDINATOR) && !ctx.is(k - 1, class::QUANTIFIER) && (doc.tokens[k + 1].upper || ctx.is(k + 1, class::PRONOUN) && !ctx.is(k + 1, class::OBJECT_PRONOUN));
                subordinate || ctx.is(k, class::CONJUNCTION) && ctx.is(k + 1, class::AUX | class::FINITE)
            }
        })
        .unwrap_or(to);
    (from + 1..to).any(|k| {
        if doc.tokens[k].kind != TokenKind::Word || doc.tokens[k].upper {
            return false;
        }
        let w = doc.lower(k);
        // (a plain word before `to` and a plain word: `need to meet`; before an article: `favour the`)
        let plain = |j: usize| j < to && doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].upper && doc.classes(j) == 0;
        // (not after a pronoun, the subject of a later clause: `wrote her first cookbook, then she became a`)
        // (nor after `to`, an infinitive: `announced plans to close their plants`)
        let base_form = k > from + 1 && plain(k) && !ctx.is(k - 1, class::PRONOUN | class::INF_COMPLEMENTISER) && w.len() > 2 && !w.ends_with("ing") && !w.ends_with("ly") && (k + 2 < to && ctx.is(k + 1, class::INF_COMPLEMENTISER) && plain(k + 2) || k + 1 < to && ctx.is(k + 1, class::DETERMINER) && !ctx.is(k + 1, class::COMPLEMENTISER));
        // (a contraction that holds its subject opens a clause wherever it stands)
        if ["'re", "'ve", "'ll", "'m"].iter().any(|e| w.ends_with(e)) || ctx.is(k, class::SUBJECT_CONTRACTION) {
            return true;
        }
        // (a verb right after a relative pronoun or a conjunction belongs to a relative clause or
        // to the speech verb's own coordinated predicate: `announced the end of a siege that echoed
        // …`, `reported little progress but are hopeful`)
        if ctx.is(k - 1, class::RELATIVE | class::CONJUNCTION) {
            return false;
        }
        // (an irregular form, but not after a pronoun past a comma, the subject of a later clause:
        // `wrote two plays in 2004, then after a long break she ran a bakery`)
        let irregular = ctx.is(k, class::IRREGULAR_VERB) && !(ctx.is(k - 1, class::PRONOUN) && (from..k - 1).any(|j| ctx.punct(j, &[','])));
        base_form || irregular || ctx.is(k, class::AUX | class::FINITE | class::PARTICIPLE) || w.len() > 4 && w.ends_with("ed") || w.ends_with("n't") || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !ctx.is(k - 1, class::DETERMINER) && k + 1 < to && (ctx.is(k + 1, class::DETERMINER | class::ADVERB) || doc.tokens[k + 1].kind == TokenKind::Number)
    })
}

/// The speaker of a speech verb inside a relative or comparative clause that is followed straight
/// by the reported verb (`what it says is …`, `that the panel says are needed`, `than the UN's
/// panel says are needed`): the clause lacks its subject, taken out by the relative, so the verb
/// after the cue is the reported one. The speaker is the mention before the verb, or the owner of
/// the noun there (`the United Nations’ climate panel`).
fn relative_speaker(ctx: &Ctx, cue: &SpeechCue, s0: usize, t: usize, s1: usize) -> Option<usize> {
    let doc = ctx.doc;
    let verb_next = t < s1 && doc.tokens[t].kind == TokenKind::Word && (ctx.is(t, class::AUX) || future_form(ctx.lang.code, doc.lower(t)));
    if t != cue.end || t + 1 >= s1 || cue.form != CueForm::Finite || !verb_next || ctx.quote_at[t] != 0 {
        return None;
    }
    let m = ctx.subject_left(cue, s0)?;
    let c = &ctx.mentions[m];
    // (a verb that takes no bare clause, after a relative pronoun: `tema che l'Alleanza ha fatto
    // sapere sarà trattato a parte`)
    let after_relative = c.first > s0 && doc.tokens[c.first - 1].kind == TokenKind::Word && ctx.is(c.first - 1, class::RELATIVE);
    if !(ctx.is(cue.end - 1, class::BARE_CLAUSE) || after_relative) {
        return None;
    }
    // (an apostrophe and up to three plain words: the noun the mention owns)
    let owned = c.end + 4 >= cue.first && (c.end..cue.first).all(|k| ctx.punct(k, &['’', '\'']) || doc.tokens[k].kind == TokenKind::Word && !doc.tokens[k].upper && doc.classes(k) == 0);
    (c.first > s0 && (c.end == cue.first || owned && c.end < cue.first && ctx.punct(c.end, &['’', '\'']))).then_some(m)
}

/// Whether a cue is a passive verb group (`was announced`, `have been told`): its subject is what
/// was said or the addressee, so no bare clause follows it (`when the tax was announced they hoisted
/// signs`). A progressive (`was saying`) is active.
fn passive(ctx: &Ctx, cue: &SpeechCue) -> bool {
    cue.end > cue.first + 1 && !ctx.doc.lower(cue.end - 1).ends_with("ing") && (cue.first..cue.end - 1).any(|k| ctx.is(k, class::PASSIVE_AUX))
}

/// English reported clauses without `that`: `says there are no warm places`, `said the agency will`.
fn zero_that_clause(ctx: &Ctx, t: usize) -> bool {
    let doc = ctx.doc;
    if doc.tokens[t].kind != TokenKind::Word {
        return doc.tokens[t].kind == TokenKind::Number;
    }
    let l = doc.lower(t);
    if ctx.mention_at[t] != 0 {
        let m = &ctx.mentions[ctx.mention_at[t] as usize - 1];
        // `said Brooks.` is an inverted subject, not a clause; `said he and his party are`,
        // `said the business, along with …, gave` start one (callers have found the subject left of
        // the verb already)
        if m.end >= doc.tokens.len() {
            return false;
        }
        let pronoun = m.kind == MentionKind::Pronoun;
        let lower_np = !doc.tokens[m.first].upper && ctx.lang.is(doc.lower(m.first), class::DETERMINER);
        // (`told Mayor John Tory about being homeless`: an addressee and a preposition)
        // (`said Canada “will always stand up …”`: a quote that opens with the auxiliary)
        return doc.tokens[m.end].kind == TokenKind::Word && (pronoun || !ctx.doc.is(m.end, class::CONJUNCTION | class::PREPOSITION)) || lower_np && ctx.punct(m.end, &[',']) || ctx.opens_quote_with_aux(m.end);
    }
    if ctx.lang.is(l, class::PREPOSITION | class::ADDRESSEE | class::CONJUNCTION | class::COMPLEMENTISER | class::FINITE | class::GERUND | class::RELATIVE) {
        return false;
    }
    // `said while many refugees have received support, others …`, `said if he runs, he …`: a
    // subordinate clause with a subject, fronted in the reported clause (not `said while sitting`,
    // `said when asked`)
    if ctx.lang.is(l, class::SUBORDINATOR) && t + 2 < doc.tokens.len() {
        let next = t + 1;
        let w = doc.lower(next);
        let subject_like = doc.tokens[next].kind == TokenKind::Word && (ctx.lang.is(w, class::DETERMINER | class::PRONOUN) || ctx.mention_at[next] != 0 || ctx.lang.is(w, class::QUANTIFIER | class::EXPLETIVE));
        let (_, s1) = ctx.sentence(t);
        return subject_like && (next + 1..s1).any(|k| ctx.punct(k, &[',']));
    }
    if ctx.lang.is(l, class::NO_CLAUSE)
        // subordinators and adverbs open an adjunct, not a reported clause (`said while sitting`)
        || ctx.lang.is(l, class::SUBORDINATOR)
        // a verb first: there is no subject, so no clause (`said was a shotgun`)
        || ctx.lang.is(l, class::AUX)
    {
        return false;
    }
    // `a new report shows there could be …`: a first word in `-s` right before `there`, `that` or an
    // article is a verb, so the clause has no subject (and the speech verb was a noun)
    if !doc.tokens[t].upper && doc.classes(t) == 0 && l.len() > 3 && l.ends_with('s') && !l.ends_with("ss") && !l.contains('\'') && t + 1 < doc.tokens.len() && doc.tokens[t + 1].kind == TokenKind::Word && ctx.is(t + 1, class::EXPLETIVE | class::COMPLEMENTISER | class::DETERMINER) && !ctx.is(t + 1, class::PRONOUN) {
        return false;
    }
    // `announced plans to close`: a noun then an infinitive is the verb's object, not a clause
    if !doc.tokens[t].upper && doc.classes(t) == 0 && t + 2 < doc.tokens.len() && ctx.is(t + 1, class::INF_COMPLEMENTISER) && doc.tokens[t + 2].kind == TokenKind::Word {
        return false;
    }
    // `said Tuesday's remarks raise questions`: a possessive opens a noun phrase; `says Canada has
    // asked`: a capitalised word before an auxiliary is the clause's subject
    // (or before a quote that opens with the auxiliary: `said Ottawa “will always stand up …”`)
    !doc.tokens[t].upper || t + 1 < doc.tokens.len() && ctx.is(t + 1, class::AUX) && doc.tokens[t + 1].kind == TokenKind::Word || ctx.opens_quote_with_aux(t + 1) || ctx.lang.is(l, class::DETERMINER | class::PRONOUN | class::EXPLETIVE) || l.ends_with("'s") && l.len() > 3
}

#[cfg(test)]
pub(crate) mod tests {
    use std::cell::Cell;

    thread_local! {
        /// Makes [`super::repeated_quotes`] build every key (the plain way, as in the .wasm).
        pub(crate) static PLAIN_KEYS: Cell<bool> = const { Cell::new(false) };
    }

    /// The bit filter of the title introducers answers as a search of the list: for every
    /// introducer, its prefixes, suffixes and near variants, and every word of the seed articles.
    #[test]
    fn title_introducer_filter_agrees_with_the_list() {
        let mut words: Vec<String> = Vec::new();
        for w in super::TITLE_INTRODUCERS {
            for (i, _) in w.char_indices().skip(1) {
                words.push(w[..i].to_string());
                words.push(w[i..].to_string());
            }
            words.extend([w.to_string(), format!("{w}s"), format!("x{w}"), w.to_uppercase(), String::new()]);
        }
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        for e in std::fs::read_dir(seeds).unwrap().flatten() {
            let text = std::fs::read_to_string(e.path()).unwrap_or_default();
            words.extend(text.split(|c: char| !c.is_alphanumeric() && c != '-').map(crate::text::lowercase));
        }
        assert!(words.len() > 1000);
        for w in &words {
            assert_eq!(super::is_title_introducer(w), super::TITLE_INTRODUCERS.contains(&w.as_str()), "{w}");
        }
    }

    /// Repeated quotes are found the same way with the key hashes (natively) as with the keys
    /// built for every quote.
    #[test]
    fn repeated_quotes_agree_with_and_without_key_hashes() {
        let texts = [
            ("“We will win the election easily”\n\nThe campaign began on Monday. “We will win the election easily,” Anna Rossi said at the rally. Then: “We will win the election easily.” “Not again,” she said. “Not again, not again,” he said.\n\n“We will win the election easily,” said Bianchi.", "en"),
            ("“Il governo non cadrà mai, parola mia”\n\nIl leader della Lega Matteo Salvini ha detto: “Il governo non cadrà mai, parola mia”. Poi ha aggiunto: “Andiamo avanti tutti insieme”.\n\n“Andiamo avanti tutti insieme”, ha ripetuto.", "it"),
            ("“A b c”, dijo Ana. “A b c”. “A b c”, dijo Luis. “D e f”, dijo Eva. “D e f”. “G h i j”.", "es"),
        ];
        let mut repeated = 0;
        for (text, code) in texts {
            let opts = crate::Options { lang: Some(code.to_string()), ..Default::default() };
            let hashed = crate::analyze(text, &opts);
            PLAIN_KEYS.with(|p| p.set(true));
            let plain = crate::analyze(text, &opts);
            PLAIN_KEYS.with(|p| p.set(false));
            assert_eq!(hashed, plain, "{text}");
            repeated += hashed.quotes.iter().filter(|q| q.rule == crate::Rule::RepeatedQuote).count();
        }
        assert!(repeated >= 2, "{repeated}");
    }
}
