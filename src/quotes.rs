//! Quote marks → [`QuoteSpan`]s: pairing marks by their flanking context, nesting, apostrophes,
//! multi-paragraph quotes, recovery from unbalanced marks, dialogue dashes.
//!
//! Only top-level quotes are returned: speech quoted inside another quote is part of that quote.
//! Whether a quote is speech or a title, name or scare quote is decided later, in attribution,
//! where the cues around it are known.

use crate::analysis::Span;
use crate::lang::Language;
use crate::text::{is_alphanumeric, Document};

/// A span of quoted words, marks included, as found by pairing marks.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteSpan {
    /// From the opening mark to the closing mark, both included.
    pub span: Span,
    /// The words inside the marks.
    pub inner: Span,
    /// The closing mark was found (false: recovered at the end of the paragraph).
    pub closed: bool,
    /// The quote runs over more than one paragraph.
    pub multi_paragraph: bool,
    /// A dialogue-dash quote (`—Texto —dijo X—`), not marks.
    pub dash: bool,
    /// Number of words inside.
    pub words: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    pos: usize,
    ch: char,
    family: Family,
}

fn flanking(prev: Option<char>, next: Option<char>) -> (bool, bool) {
    let p_space = prev.map_or(true, |c| c.is_whitespace());
    let n_space = next.map_or(true, |c| c.is_whitespace());
    let p_open = prev.map_or(true, |c| c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '«' | '„' | '‘' | '‚' | '‹' | '"' | '\''));
    let n_close = next.map_or(true, |c| c.is_whitespace() || (!is_alphanumeric(c) && !matches!(c, '(' | '[' | '¿' | '¡')));
    // can open: something follows and the mark is not glued to a word before it
    let opens = !n_space && p_open;
    // can close: something precedes and the mark is not glued to a word after it
    let closes = !p_space && n_close;
    (opens, closes)
}

/// The index of the first byte at or after `i` that can start a quote mark (`"`, `'`, or the lead
/// byte 0xC2 or 0xE2 of a typographic mark), or `bytes.len()`: eight bytes at a time while none is
/// there (most of any paragraph), then byte by byte.
fn next_mark_byte(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // non-zero exactly when some byte of `v` equals `b`
    let has = |v: u64, b: u8| {
        let x = v ^ (ONES * b as u64);
        x.wrapping_sub(ONES) & !x & HIGHS
    };
    while let Some(chunk) = bytes.get(i..i + 8) {
        let v = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        if has(v, b'"') | has(v, b'\'') | has(v, 0xC2) | has(v, 0xE2) != 0 {
            break;
        }
        i += 8;
    }
    while i < bytes.len() && !matches!(bytes[i], b'"' | b'\'' | 0xC2 | 0xE2) {
        i += 1;
    }
    i
}

/// Finds the top-level quotations of `doc`, in text order.
pub fn find_quotes(doc: &Document, lang: &Language) -> Vec<QuoteSpan> {
    let text = doc.text;
    let german = lang.code == "de";
    let mut out: Vec<QuoteSpan> = Vec::new();
    // an opener left open at the end of a paragraph, carried into the next one when that paragraph
    // opens with the same mark (the multi-paragraph convention)
    let mut carried: Option<(Open, usize)> = None; // (opener, paragraph it started in)
    // the marks open in the paragraph (one buffer, cleared for each; at most 32 deep, below)
    let mut stack: Vec<Open> = Vec::with_capacity(32);
    for (pi, para) in doc.paragraphs.iter().enumerate() {
        let s = &text[para.start..para.end];
        stack.clear();
        let mut first_mark = true;
        let mut prev: Option<char>;
        let mut pending_carry = carried.take();
        let bytes = s.as_bytes();
        let mut leading_ws = 0;
        while leading_ws < bytes.len() && bytes[leading_ws].is_ascii_whitespace() {
            leading_ws += 1;
        }
        let mut i = 0;
        while i < bytes.len() {
            // every quote mark is `"`, `'` or starts with the byte 0xC2 (« ») or 0xE2 (‘ ’ “ ” „ ‹ ›):
            // skip everything else without decoding it
            i = next_mark_byte(bytes, i);
            if i >= bytes.len() {
                break;
            }
            let Some(mut c) = s[i..].chars().next() else { break };
            let this = i;
            i += c.len_utf8();
            if !crate::text::is_quote_char(c) {
                continue;
            }
            // `creators,’’ says`, `enough'' for`: two single marks typed for one double mark
            let mut mark_len = c.len_utf8();
            if matches!(c, '’' | '‘' | '\'') && s[i..].starts_with(c) {
                i += c.len_utf8();
                mark_len += c.len_utf8();
                c = match c {
                    '’' => '”',
                    '‘' => '“',
                    _ => '"',
                };
            }
            prev = s[..this].chars().next_back();
            let pos = para.start + this;
            let next = s[i..].chars().next();
            let at_start = this <= leading_ws;
            let (opens, closes) = flanking(prev, next);
            // a multi-paragraph quote: this paragraph opens with the mark the previous one left open
            if first_mark && at_start {
                if let Some((open, from_para)) = pending_carry.take() {
                    if open_char_family(c) == Some(open.family) && opens {
                        stack.push(Open { pos: open.pos, ch: open.ch, family: open.family });
                        first_mark = false;
                        continue;
                    }
                    // not continued: close the carried quote at the end of its paragraph
                    push_recovered(&mut out, doc, open, from_para);
                }
            }
            first_mark = false;
            let has_open = |st: &Vec<Open>, f: Family| st.iter().any(|o| o.family == f);
            let top_is = |st: &Vec<Open>, ch: char| st.last().is_some_and(|o| o.ch == ch);
            enum Act {
                Open(Family),
                Close(Family),
                /// Close the open quote where its last sentence ended, and open another here.
                Reopen(usize),
                /// A closing mark with nothing open: its opening mark was left out.
                Orphan,
                Skip,
            }
            // `… your labour was indivisible. “You had no identity.”`: a “ opening a sentence inside
            // a quote opened with the same mark (which never nests in itself) starts a new quote;
            // the first one's closing mark was left out
            let sentence_before = s[..this].trim_end();
            let reopens = c == '“' && !german && opens && stack.len() == 1 && stack[0].ch == '“' && sentence_before.len() < this && sentence_before.ends_with(['.', '!', '?']);
            let act = match c {
                '“' if reopens => Act::Reopen(para.start + sentence_before.len()),
                '„' => Act::Open(Family::Double),
                '‚' => if opens { Act::Open(Family::Single) } else { Act::Skip },
                '“' => {
                    if stack.iter().any(|o| o.ch == '„') || (german && has_open(&stack, Family::Double) && closes) {
                        Act::Close(Family::Double)
                    } else if opens || !closes {
                        Act::Open(Family::Double)
                    } else if has_open(&stack, Family::Double) {
                        Act::Close(Family::Double)
                    } else {
                        Act::Skip
                    }
                }
                '”' | '‟' => {
                    if has_open(&stack, Family::Double) {
                        Act::Close(Family::Double)
                    } else if opens && !closes {
                        Act::Open(Family::Double)
                    } else if stack.is_empty() && closes && prev.is_some_and(|p| matches!(p, '.' | ',' | '!' | '?')) {
                        Act::Orphan
                    } else {
                        Act::Skip
                    }
                }
                '«' => {
                    if top_is(&stack, '»') || stack.iter().any(|o| o.ch == '»') {
                        Act::Close(Family::Double)
                    } else {
                        Act::Open(Family::Double)
                    }
                }
                '»' => {
                    if stack.iter().any(|o| o.ch == '«') || (has_open(&stack, Family::Double) && closes) {
                        Act::Close(Family::Double)
                    } else if opens && !closes {
                        Act::Open(Family::Double)
                    } else {
                        Act::Skip
                    }
                }
                '‹' => if top_is(&stack, '›') { Act::Close(Family::Single) } else { Act::Open(Family::Single) },
                '›' => {
                    if stack.iter().any(|o| o.ch == '‹') {
                        Act::Close(Family::Single)
                    } else if opens {
                        Act::Open(Family::Single)
                    } else {
                        Act::Skip
                    }
                }
                '"' => {
                    let open_straight = stack.iter().any(|o| o.ch == '"');
                    if open_straight && closes {
                        Act::Close(Family::Double)
                    } else if opens {
                        Act::Open(Family::Double)
                    } else if closes && has_open(&stack, Family::Double) || open_straight {
                        Act::Close(Family::Double)
                    } else if prev.is_some_and(char::is_whitespace) && next.is_some_and(char::is_whitespace) {
                        // `a " Il Clubino" al`: a spaced mark opens when nothing is open
                        Act::Open(Family::Double)
                    } else if stack.is_empty() && closes && prev.is_some_and(|p| matches!(p, '.' | ',' | '!' | '?')) {
                        Act::Orphan
                    } else {
                        Act::Skip
                    }
                }
                '‘' => {
                    if stack.iter().any(|o| o.ch == '‚') && closes {
                        Act::Close(Family::Single)
                    } else if opens && !german {
                        // German opens single quotes with ‚: a lone ‘ there is a transliteration mark
                        Act::Open(Family::Single)
                    } else {
                        Act::Skip
                    }
                }
                '’' | '\'' => {
                    let letter_both = prev_is_alnum(s, i) && next.is_some_and(is_alphanumeric);
                    if letter_both {
                        Act::Skip // an apostrophe: L’obiettivo, it's
                    } else if has_open(&stack, Family::Single) && closes {
                        Act::Close(Family::Single)
                    } else if c == '\'' && opens && next.is_some_and(|n| n.is_alphabetic() || n.is_numeric()) && !prev.is_some_and(is_alphanumeric) {
                        Act::Open(Family::Single)
                    } else {
                        Act::Skip
                    }
                }
                _ => Act::Skip,
            };
            match act {
                Act::Skip => {}
                Act::Orphan => {
                    if let Some(start) = orphan_start(doc, lang, &out, pi, pos, &s[i..]) {
                        let inner = Span::new(start, pos);
                        let words = count_words(&text[start..pos]);
                        if words > 0 {
                            out.push(QuoteSpan { span: Span::new(start, pos + mark_len), inner, closed: true, multi_paragraph: false, dash: false, words });
                        }
                    }
                }
                Act::Reopen(end) => {
                    let open = stack[0];
                    let multi = doc.paragraph_of(open.pos) != Some(pi);
                    push_quote(&mut out, doc, open.pos, end, false, multi);
                    stack.clear();
                    stack.push(Open { pos, ch: c, family: Family::Double });
                }
                // nesting deeper than this is noise (thousands of unbalanced marks): keep it bounded
                Act::Open(family) if stack.len() < 32 => stack.push(Open { pos, ch: c, family }),
                Act::Open(_) => {}
                Act::Close(family) => {
                    if let Some(k) = stack.iter().rposition(|o| o.family == family) {
                        let open = stack[k];
                        stack.truncate(k);
                        // only top-level quotes count; a single-quoted stretch inside a double one
                        // is nested speech, and a closed quote inside an open one is too
                        if stack.is_empty() {
                            let end = pos + mark_len;
                            let multi = doc.paragraph_of(open.pos) != Some(pi);
                            push_quote(&mut out, doc, open.pos, end, true, multi);
                        }
                    }
                }
            }
        }
        if let Some((open, from_para)) = pending_carry.take() {
            push_recovered(&mut out, doc, open, from_para);
        }
        // what is left open: the outermost opener either continues in the next paragraph or is
        // recovered at this paragraph's end
        if let Some(&bottom) = stack.first() {
            let started = doc.paragraph_of(bottom.pos).unwrap_or(pi);
            let next_opens_same = doc.paragraphs.get(pi + 1).is_some_and(|np| {
                text[np.start..np.end].chars().next().is_some_and(|c| open_char_family(c) == Some(bottom.family))
            });
            // the convention opens a quote that runs on at a paragraph's start or after a colon;
            // a mark opened mid-sentence and never closed is a typo, recovered here, or it would
            // pair with the next paragraph's own quote and shift every pair after it
            let introduced = started != pi || {
                let before = text[doc.paragraphs[pi].start..bottom.pos].trim_end();
                before.is_empty() || before.ends_with(':')
            };
            if next_opens_same && introduced && bottom.family == Family::Double && pi - started < 20 {
                carried = Some((bottom, started));
            } else if german && bottom.ch == '\'' {
                // German quotes with „“ and ‚‘: a straight ' never closed is an elision (`'ne`, `'s`)
            } else {
                push_recovered(&mut out, doc, bottom, pi);
            }
        }
        if lang_uses_dialogue_dashes(lang) {
            dialogue_dash_quote(&mut out, doc, pi);
        }
    }
    if let Some((open, from_para)) = carried {
        push_recovered(&mut out, doc, open, from_para);
    }
    crate::sort::sort_by_key(&mut out, |q| (q.span.start, std::cmp::Reverse(q.span.end)));
    // drop quotes inside other quotes (recovery and dashes can overlap real pairs)
    let mut kept: Vec<QuoteSpan> = Vec::with_capacity(out.len());
    for q in out {
        if kept.last().is_some_and(|k| k.span.overlaps(q.span)) {
            continue;
        }
        kept.push(q);
    }
    kept
}

fn prev_is_alnum(s: &str, i: usize) -> bool {
    s[..i].chars().next_back().is_some_and(is_alphanumeric)
}

fn open_char_family(c: char) -> Option<Family> {
    match c {
        '“' | '«' | '„' | '"' | '»' => Some(Family::Double),
        '‘' | '‚' | '‹' | '\'' => Some(Family::Single),
        _ => None,
    }
}

fn lang_uses_dialogue_dashes(lang: &Language) -> bool {
    matches!(lang.code, "es" | "pt" | "fr" | "it")
}

/// An unclosed quote: it ends at the end of paragraph `para`, trailing punctuation left outside.
fn push_recovered(out: &mut Vec<QuoteSpan>, doc: &Document, open: Open, para: usize) {
    let end = doc.paragraphs[para].end;
    // trailing sentence punctuation stays outside a recovered quote
    let body = doc.text[open.pos..end].trim_end_matches(['.', ' ', ',', ';']);
    let end = open.pos + body.len();
    if end > open.pos + open.ch.len_utf8() {
        push_quote(out, doc, open.pos, end, false, doc.paragraph_of(open.pos) != Some(para));
    }
}

/// Where the words before a closing mark whose opening mark was left out begin, if the paragraph
/// says: after a quote and the sentence of its cue, when the mark ends the paragraph (`"It was
/// always about that," Jones said. It was never personal. I'm happy with my game."`); at the
/// paragraph's start, when a speech verb follows the mark (`… in consultation with the veterans,"
/// said Nicholson`). Anywhere else, a stray mark starts nothing.
fn orphan_start(doc: &Document, lang: &Language, out: &[QuoteSpan], pi: usize, pos: usize, after: &str) -> Option<usize> {
    let text = doc.text;
    let para = doc.paragraphs[pi];
    if let Some(last) = out.last().filter(|q| q.span.start >= para.start && q.span.end <= pos) {
        // (only punctuation after the mark: a bounded test, a paragraph may hold thousands of marks)
        if after.trim_end().len() > 3 || after.chars().any(char::is_alphanumeric) {
            return None;
        }
        // the first sentence that starts after the quote (and its cue's sentence)
        let between = &text[last.span.end..pos];
        let b = between.as_bytes();
        let k = (1..b.len().saturating_sub(1)).find(|&k| matches!(b[k - 1], b'.' | b'!' | b'?') && b[k] == b' ' && between[k + 1..].chars().next().is_some_and(char::is_uppercase))?;
        return Some(last.span.end + k + 1);
    }
    let verb = after.trim_start().split(|c: char| !c.is_alphabetic()).next().filter(|w| !w.is_empty())?;
    let start = para.start + (text[para.start..pos].len() - text[para.start..pos].trim_start().len());
    (lang.is(&crate::text::lowercase(verb), crate::lang::class::FINITE) && start < pos).then_some(start)
}

/// The number of words (runs of letters and digits) in `s`. ASCII is read eight bytes at a time
/// (quotes are long, and this runs over every one; natively, see `text::WIDE_SHORTCUTS`), other
/// characters one by one.
fn count_words(s: &str) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // the high bit of each byte (all ASCII) that is at least `k`: no byte carries into the next
    let at_least = |x: u64, k: u8| x.wrapping_add(ONES * (0x80 - k as u64)) & HIGHS;
    let bytes = s.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8).filter(|_| crate::text::WIDE_SHORTCUTS) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            if x & HIGHS == 0 {
                // letters folded to lowercase (digits and the controls that fold onto them are
                // tested before folding)
                let folded = x | (ONES * 0x20);
                let digits = at_least(x, b'0') & !at_least(x, b'9' + 1);
                let letters = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
                let alnum = digits | letters;
                // a word starts at a letter or digit whose previous byte is neither
                let starts = alnum & !(alnum << 8 | (in_word as u64) << 7);
                words += starts.count_ones() as usize;
                in_word = alnum >> 63 != 0;
                i += 8;
                continue;
            }
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        let letter = is_alphanumeric(c);
        words += (letter && !in_word) as usize;
        in_word = letter;
        i += c.len_utf8();
    }
    words
}

fn push_quote(out: &mut Vec<QuoteSpan>, doc: &Document, start: usize, end: usize, closed: bool, multi: bool) {
    let text = doc.text;
    let open_len = text[start..].chars().next().map_or(0, char::len_utf8);
    let close_len = if closed { text[..end].chars().next_back().map_or(0, char::len_utf8) } else { 0 };
    let inner = Span::new((start + open_len).min(end), (end - close_len).max(start + open_len).min(end));
    let words = count_words(&text[inner.start..inner.end]);
    if words == 0 {
        return;
    }
    out.push(QuoteSpan { span: Span::new(start, end), inner, closed, multi_paragraph: multi, dash: false, words });
}

/// `—Texto —dijo X—. Más texto.`: a paragraph opening with a dash is dialogue. The speech runs to the
/// next dash that follows a space (the narrator's interjection) or to the paragraph's end; after the
/// interjection's closing dash, the speech resumes.
fn dialogue_dash_quote(out: &mut Vec<QuoteSpan>, doc: &Document, pi: usize) {
    let para = doc.paragraphs[pi];
    let s = &doc.text[para.start..para.end];
    let Some(first) = s.chars().next() else { return };
    if !matches!(first, '—' | '―' | '–') {
        return;
    }
    let mut speech_start = first.len_utf8();
    let mut in_speech = true;
    let mut segs: Vec<(usize, usize)> = Vec::new();
    let idx: Vec<(usize, char)> = s.char_indices().collect();
    for (k, &(i, c)) in idx.iter().enumerate().skip(1) {
        if !matches!(c, '—' | '―' | '–') {
            continue;
        }
        let prev = idx.get(k.wrapping_sub(1)).map(|x| x.1);
        let next = idx.get(k + 1).map(|x| x.1);
        if in_speech && prev.is_some_and(char::is_whitespace) && next.is_some_and(|n| !n.is_whitespace()) {
            segs.push((speech_start, i));
            in_speech = false;
        } else if !in_speech && (next.map_or(true, |n| n.is_whitespace() || n == '.' || n == ',')) {
            // closing dash of the interjection: speech resumes after `—. ` or `—, `
            let mut j = i + c.len_utf8();
            while let Some(ch) = s[j..].chars().next() {
                if ch.is_whitespace() || ch == '.' || ch == ',' {
                    j += ch.len_utf8();
                } else {
                    break;
                }
            }
            if j < s.len() {
                speech_start = j;
                in_speech = true;
            }
        }
    }
    if in_speech {
        segs.push((speech_start, s.len()));
    }
    for (a, b) in segs {
        let body = s[a..b].trim_end();
        let start = para.start + a + (body.len() - body.trim_start().len());
        let end = para.start + a + body.len();
        if end > start {
            let inner = Span::new(start, end);
            let words = count_words(&doc.text[start..end]);
            if words > 0 {
                out.push(QuoteSpan { span: inner, inner, closed: true, multi_paragraph: false, dash: true, words });
            }
        }
    }
}

/// `“A – dice X – B”` / `«A - ha detto X - B»`: a cue between dashes inside a quote interrupts it. The
/// quote becomes two pieces (`“A` and `B”`); the narrator's words between them are outside both, so
/// the mention in them can be found and the cue attributes both pieces.
pub fn split_interrupted(doc: &Document, quotes: Vec<QuoteSpan>, cues: &[crate::cues::SpeechCue]) -> Vec<QuoteSpan> {
    let mut out = Vec::with_capacity(quotes.len());
    let cue_starting_at = |t: usize| -> Option<&crate::cues::SpeechCue> {
        let i = cues.partition_point(|c| c.first < t);
        cues.get(i).filter(|c| c.first == t)
    };
    for q in quotes {
        if q.dash {
            out.push(q);
            continue;
        }
        let a = doc.token_at_or_after(q.inner.start);
        let b = doc.token_end_before(q.inner.end);
        let is_dash = |t: usize| doc.tokens[t].kind == crate::text::TokenKind::Punct && matches!(doc.first_char(t), '-' | '–' | '—');
        let mut split = None;
        for t in a..b {
            if !is_dash(t) || t + 1 >= b {
                continue;
            }
            // the cue starts right after the dash (`- dice Schlein -`, `– incalza il capo … –`)
            let Some(c) = cue_starting_at(t + 1).or_else(|| cue_starting_at(t + 2).filter(|c| doc.tokens[t + 1].kind == crate::text::TokenKind::Word && !doc.tokens[t + 1].upper && c.first < b)) else { continue };
            if matches!(c.form, crate::cues::CueForm::Noun | crate::cues::CueForm::Attributor) {
                continue;
            }
            // the closing dash within 12 tokens of the cue, or, where it was left out, the end of
            // the speaker's capitalised name before a lowercase word (`- dice Schlein non conosco`)
            let name_end = (c.end..b.min(c.end + 4)).find(|&k| !(doc.tokens[k].upper && doc.tokens[k].kind == crate::text::TokenKind::Word)).filter(|&k| k > c.end && doc.tokens[k].kind == crate::text::TokenKind::Word && !doc.tokens[k].upper);
            let Some(close) = (c.end..b.min(c.end + 12)).find(|&k| is_dash(k)).or_else(|| name_end.map(|k| k - 1)) else { continue };
            if close + 1 >= b {
                continue;
            }
            split = Some((t, close));
            break;
        }
        // `"A, a reconnu le ministre. B"`: a cue after a comma inside the marks, closed by the
        // sentence's full stop, with more quoted words after it
        if split.is_none() {
            for t in a + 3..b {
                if !doc.is_punct(t, ',') || t + 1 >= b {
                    continue;
                }
                let Some(c) = cue_starting_at(t + 1) else { continue };
                if c.form != crate::cues::CueForm::Finite || c.attitude || !(c.inverted_pronoun || doc.tokens.get(c.end).is_some_and(|k| k.kind == crate::text::TokenKind::Word)) {
                    continue;
                }
                let Some(close) = (c.end..b.min(c.end + 12)).find(|&k| doc.is_punct(k, '.')) else { continue };
                if close + 2 >= b || !doc.tokens[close + 1].upper || doc.tokens[close + 1].kind != crate::text::TokenKind::Word {
                    continue;
                }
                split = Some((t, close));
                break;
            }
        }
        match split {
            Some((d1, d2)) => {
                let first_end = doc.tokens[d1].span.start;
                let body = doc.text[q.span.start..first_end].trim_end();
                let second_start = doc.tokens[d2 + 1].span.start;
                let first = Span::new(q.span.start, q.span.start + body.len());
                let second = Span::new(second_start, q.span.end);
                let words = |s: Span| count_words(&doc.text[s.start..s.end]);
                let open_len = doc.text[q.span.start..].chars().next().map_or(0, char::len_utf8);
                out.push(QuoteSpan { span: first, inner: Span::new(first.start + open_len, first.end), words: words(first), multi_paragraph: false, ..q.clone() });
                out.push(QuoteSpan { span: second, inner: Span::new(second.start, q.inner.end), words: words(second), ..q });
            }
            None => out.push(q),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_mark_byte_finds_the_first_candidate() {
        let text = "abcdefghij «x» 'y' \"z\" ‘w’ “v” end; plain text with no marks at all";
        let b = text.as_bytes();
        for start in 0..=b.len() {
            let expected = (start..b.len()).find(|&k| matches!(b[k], b'"' | b'\'' | 0xC2 | 0xE2)).unwrap_or(b.len());
            assert_eq!(next_mark_byte(b, start), expected, "from {start}");
        }
    }

    fn quotes(text: &str, lang: &str) -> Vec<String> {
        let doc = Document::for_language(text, Language::get(lang).unwrap());
        find_quotes(&doc, Language::get(lang).unwrap()).iter().map(|q| text[q.span.start..q.span.end].to_string()).collect()
    }

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        let ascii: String = (0u8..128).map(char::from).collect();
        let mixed = "Der „Präsident“ sagte: «L’aereo dell’Alleanza», it's 3.5 — Straße×2 ½ x² 😀 [Zz09@`{/:] ok";
        for s in ["", "  ", "uno", "È “sì” 😀 ok", " a-b_c ", ascii.as_str(), &ascii[3..], mixed, &mixed[1..], &mixed[..40]] {
            assert_eq!(count_words(s), s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count(), "{s}");
        }
    }

    #[test]
    fn german_elision_is_not_a_quote() {
        assert!(quotes("Es gibt 'ne Menge davon.", "de").is_empty());
    }

    #[test]
    fn curly_guillemets_straight_and_german_marks() {
        assert_eq!(quotes("Disse: “Siamo pronti”. Poi «Non ora».", "it"), ["“Siamo pronti”", "«Non ora»"]);
        assert_eq!(quotes("He said \"we are ready\" and left.", "en"), ["\"we are ready\""]);
        assert_eq!(quotes("Er sagte: „Wir sind bereit“. Dann »Nein«.", "de"), ["„Wir sind bereit“", "»Nein«"]);
    }

    #[test]
    fn apostrophes_are_not_quotes_and_nested_quotes_stay_inside() {
        assert_eq!(quotes("L’obiettivo dell’inviato è “l’accordo”.", "it"), ["“l’accordo”"]);
        assert_eq!(quotes("“He said ‘no’ twice,” she said. It's the students' union.", "en"), ["“He said ‘no’ twice,”"]);
        assert_eq!(quotes("«Mi ha detto “vai” e sono andato»", "it"), ["«Mi ha detto “vai” e sono andato»"]);
    }

    #[test]
    fn two_single_marks_stand_for_a_double_one() {
        assert_eq!(quotes("“We publish comics,’’ says the founder.", "en"), ["“We publish comics,’’"]);
        assert_eq!(quotes("The board said it \"would not have been enough'' for his release.", "en"), ["\"would not have been enough''"]);
    }

    #[test]
    fn mismatched_marks_pair_up() {
        assert_eq!(quotes("Ha detto «basta” ieri.", "it"), ["«basta”"]);
    }

    #[test]
    fn multi_paragraph_quote_is_one_span() {
        let text = "Lei ha detto: “Prima parte.\n“Seconda parte.\n“Fine.”\nAltro.";
        assert_eq!(quotes(text, "it"), ["“Prima parte.\n“Seconda parte.\n“Fine.”"]);
    }

    #[test]
    fn a_mark_left_open_mid_sentence_does_not_run_into_the_next_paragraph() {
        // the next paragraph's opening mark starts its own quote, not a continuation
        let text = "Dedicato ai giovani \"perché pagheranno loro. Entrambi a Milano.\n\n\"Saremo leader\", annuncia Sir David, \"questa conferenza è cruciale\".";
        assert_eq!(quotes(text, "it"), ["\"perché pagheranno loro. Entrambi a Milano", "\"Saremo leader\"", "\"questa conferenza è cruciale\""]);
    }

    #[test]
    fn a_curly_mark_opening_a_sentence_inside_its_own_kind_starts_a_new_quote() {
        assert_eq!(quotes("He said: “It was indivisible. “You had no identity.” Then he left.", "en"), ["“It was indivisible.", "“You had no identity.”"]);
    }

    #[test]
    fn unbalanced_mark_recovers_at_paragraph_end() {
        let text = "Ha detto “non finisce mai.\nIl giorno dopo, “tutto bene” ha detto.";
        assert_eq!(quotes(text, "it"), ["“non finisce mai", "“tutto bene”"]);
    }

    #[test]
    fn a_closing_mark_whose_opening_mark_was_left_out() {
        // after a quote and its cue's sentence, to the paragraph's end
        let text = "\"We trained hard,\" Vance said. It was never about luck. I just want to win again.\".\n\nThe race is in May.";
        assert_eq!(quotes(text, "en"), ["\"We trained hard,\"", "It was never about luck. I just want to win again.\""]);
        // from the paragraph's start, before a speech verb
        let text = "She spoke at length.\n\nonly after a full review of the budget, and with the council's consent,\u{201d} said Vance on Monday.";
        assert_eq!(quotes(text, "en"), ["only after a full review of the budget, and with the council's consent,\u{201d}"]);
        // a stray mark with neither starts nothing
        for text in ["The bridge opened in May.\" The town celebrated.", "It opened, Vance said. The town cheered.\"", "The bridge opened in May,\" the town heard."] {
            assert!(quotes(text, "en").is_empty(), "{text}");
        }
    }

    /// The quotes of `text` after splitting those interrupted by their cue.
    fn split_quotes(text: &str, lang: &str) -> Vec<String> {
        let lang = Language::get(lang).unwrap();
        let doc = Document::for_language(text, lang);
        let cues = crate::cues::find_cues(&doc, lang);
        split_interrupted(&doc, find_quotes(&doc, lang), &cues).iter().map(|q| text[q.span.start..q.span.end].to_string()).collect()
    }

    #[test]
    fn a_cue_after_one_dash_splits_the_quote_after_the_speakers_name() {
        let text = "«Non so abbastanza sulle regionali - dice Schlein non conosco De Luca»";
        assert_eq!(split_quotes(text, "it"), ["«Non so abbastanza sulle regionali", "non conosco De Luca»"]);
    }

    #[test]
    fn a_cue_between_dashes_splits_the_quote() {
        let text = "«Mi piace questo fronte - dice Schlein - Sono candidature utili»";
        assert_eq!(split_quotes(text, "it"), ["«Mi piace questo fronte", "Sono candidature utili»"]);
    }

    #[test]
    fn a_cue_after_a_comma_inside_the_marks_splits_the_quote() {
        for (text, want) in [
            ("\"Tout le monde pense à un acte grave, a reconnu le ministre. Mais il faut attendre\", a-t-il dit.", ["\"Tout le monde pense à un acte grave", "Mais il faut attendre\""]),
            ("« Nous sommes prêts à partir, a-t-il ajouté. Rien ne nous arrêtera »", ["« Nous sommes prêts à partir", "Rien ne nous arrêtera »"]),
        ] {
            assert_eq!(split_quotes(text, "fr"), want);
        }
    }

    #[test]
    fn dialogue_dashes() {
        let text = "—No vamos a ceder —dijo el ministro—. Es nuestra posición.";
        assert_eq!(quotes(text, "es"), ["No vamos a ceder", "Es nuestra posición."]);
    }
}
