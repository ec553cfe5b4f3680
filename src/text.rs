//! Text plumbing: tokens, paragraphs, and the offset conversions between UTF-8 bytes (Rust), Unicode
//! code points (the eval format) and UTF-16 units (the DOM). This module is the only place offsets
//! change units.

use crate::analysis::Span;

/// `hay.contains(needle)`, comparing the bytes at each position: std's substring search (the
/// Two-Way algorithm, made for long texts) is over 2 KB of the .wasm, and the haystacks here are
/// single words. (A UTF-8 needle matches UTF-8 bytes only at a char boundary.)
pub(crate) fn contains_str(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    n.is_empty() || h.windows(n.len()).any(|w| w == n)
}

/// Cuts `text` to at most `max` bytes, backing off to a char boundary.
pub fn truncate_at_char_boundary(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Converts byte offsets of one text into code-point or UTF-16 offsets, in time linear in the text
/// plus the number of offsets (the offsets are sorted first).
pub struct OffsetMap<'a> {
    text: &'a str,
}

/// The unit an [`OffsetMap`] converts byte offsets into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Unicode scalar values: Python string indices, the eval format.
    CodePoint,
    /// UTF-16 code units: JavaScript string indices and DOM offsets.
    Utf16,
}

impl<'a> OffsetMap<'a> {
    pub fn new(text: &'a str) -> Self {
        OffsetMap { text }
    }

    /// Converts each byte offset in `offsets` (in place). Offsets past the end clamp to the end; an
    /// offset inside a character counts as the start of that character.
    pub fn convert(&self, offsets: &mut [usize], unit: Unit) {
        let mut order: Vec<usize> = (0..offsets.len()).collect();
        crate::sort::sort_by_key(&mut order, |&i| offsets[i]);
        let mut chars = self.text.char_indices().peekable();
        let mut count = 0usize;
        for i in order {
            let target = offsets[i];
            while let Some(&(pos, c)) = chars.peek() {
                if pos + c.len_utf8() > target {
                    break;
                }
                count += match unit {
                    Unit::CodePoint => 1,
                    Unit::Utf16 => c.len_utf16(),
                };
                chars.next();
            }
            offsets[i] = count;
        }
    }

    /// Converts offsets in `unit` back into byte offsets (in place); offsets past the end clamp to
    /// the text's length, and a UTF-16 offset inside a surrogate pair counts as the pair's start.
    pub fn to_bytes(&self, offsets: &mut [usize], unit: Unit) {
        let mut order: Vec<usize> = (0..offsets.len()).collect();
        crate::sort::sort_by_key(&mut order, |&i| offsets[i]);
        let mut chars = self.text.char_indices().peekable();
        let mut count = 0usize;
        for i in order {
            let target = offsets[i];
            let mut byte = self.text.len();
            while let Some(&(pos, c)) = chars.peek() {
                let width = match unit {
                    Unit::CodePoint => 1,
                    Unit::Utf16 => c.len_utf16(),
                };
                if count + width > target {
                    byte = pos;
                    break;
                }
                count += width;
                chars.next();
            }
            offsets[i] = byte;
        }
    }
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with inner apostrophes and hyphens), possibly with digits.
    Word,
    /// Digits, possibly with inner `.`/`,`.
    Number,
    /// Any other single non-space character.
    Punct,
}

/// A token of the text: a word, a number or one punctuation character.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Index of the paragraph the token is in.
    pub para: u32,
    /// The token starts with an uppercase letter.
    pub upper: bool,
    /// The token is the first of its paragraph or follows a sentence-ending mark.
    pub starts_sentence: bool,
    /// Lowercased text, as a byte range of [`Document::lower_buf`], or when `lower_in_text` of
    /// [`Document::ascii_lowered`] (punctuation and ASCII words: most tokens, not copied one by one).
    lower: (u32, u32),
    lower_in_text: bool,
}

/// A text split into paragraphs and tokens, with a lowercased copy of every word.
pub struct Document<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    /// Paragraph spans (lines of text, with blank lines and separator-only lines dropped).
    pub paragraphs: Vec<Span>,
    /// The text with its ASCII letters lowercased (byte offsets unchanged): the lowercase form of
    /// every ASCII word and punctuation token, made in one pass over the text rather than a copy
    /// per capitalised word (whose case a branch would have to guess).
    ascii_lowered: String,
    /// The lowercase forms of the words with non-ASCII characters.
    lower_buf: String,
    /// Each token's word classes in the analysis language (see [`Document::assign_classes`]).
    classes: Vec<u64>,
    /// The tokens (sorted) whose classes are not their own entry's but their verb's (`déclare-t-il`).
    derived: Vec<usize>,
    /// The token ranges `[first, end)` of the paragraphs that hold tokens, in text order.
    paragraph_tokens: Vec<(u32, u32)>,
    /// The tokens that are sentence-ending marks (`.`, `!`, `?`, `…`), in order: the only places
    /// [`Document::join_ordinals`] and [`Document::end_sentences_after_function_words`] look at.
    sentence_marks: Vec<u32>,
    /// The word tokens that start with an uppercase letter, in order (see [`Document::capitals`]).
    capitals: Vec<u32>,
}

/// The buffers of a dropped [`Document`], kept natively for the next document of the thread to
/// fill: a document's vectors are blocks of a few kilobytes, each costing a malloc and a free deep in
/// the allocator (where blocks of that size take its slow paths), a dozen per document. The .wasm
/// allocates afresh.
struct Spare {
    tokens: Vec<Token>,
    paragraphs: Vec<Span>,
    ascii_lowered: String,
    lower_buf: String,
    classes: Vec<u64>,
    derived: Vec<usize>,
    paragraph_tokens: Vec<(u32, u32)>,
    sentence_marks: Vec<u32>,
    capitals: Vec<u32>,
}

impl Spare {
    /// An empty document of `text` with these buffers (emptied).
    fn into_document(self, text: &str) -> Document<'_> {
        let Spare { mut tokens, mut paragraphs, mut ascii_lowered, mut lower_buf, mut classes, mut derived, mut paragraph_tokens, mut sentence_marks, mut capitals } = self;
        tokens.clear();
        paragraphs.clear();
        ascii_lowered.clear();
        lower_buf.clear();
        classes.clear();
        derived.clear();
        paragraph_tokens.clear();
        sentence_marks.clear();
        capitals.clear();
        Document { text, tokens, paragraphs, ascii_lowered, lower_buf, classes, derived, paragraph_tokens, sentence_marks, capitals }
    }
}

thread_local! {
    static SPARE: std::cell::Cell<Option<Spare>> = const { std::cell::Cell::new(None) };
}

impl Drop for Document<'_> {
    fn drop(&mut self) {
        // (not a long text's: its buffers would stay allocated as long as the thread)
        if WIDE_SHORTCUTS && self.text.len() <= 1 << 18 && self.tokens.capacity() <= 1 << 16 {
            use std::mem::take;
            let spare = Spare {
                tokens: take(&mut self.tokens),
                paragraphs: take(&mut self.paragraphs),
                ascii_lowered: take(&mut self.ascii_lowered),
                lower_buf: take(&mut self.lower_buf),
                classes: take(&mut self.classes),
                derived: take(&mut self.derived),
                paragraph_tokens: take(&mut self.paragraph_tokens),
                sentence_marks: take(&mut self.sentence_marks),
                capitals: take(&mut self.capitals),
            };
            SPARE.with(|s| s.set(Some(spare)));
        }
    }
}

thread_local! {
    /// Natively, spare per-token arrays for the later stages' token maps, as [`Spare`] is for a
    /// document's buffers.
    static SPARE_U32: std::cell::Cell<Vec<Vec<u32>>> = const { std::cell::Cell::new(Vec::new()) };
    static SPARE_BOOL: std::cell::Cell<Vec<Vec<bool>>> = const { std::cell::Cell::new(Vec::new()) };
}

/// `vec![0; n]`, natively in a spare array if the thread has one (see [`recycle_map`]).
pub(crate) fn zeroed_map<T: Copy + Default + Spares>(n: usize) -> Vec<T> {
    if WIDE_SHORTCUTS {
        if let Some(mut v) = T::pool().with(|p| {
            let mut all = p.take();
            let v = all.pop();
            p.set(all);
            v
        }) {
            v.clear();
            v.resize(n, T::default());
            return v;
        }
    }
    vec![T::default(); n]
}

/// Gives an array back for [`zeroed_map`] to reuse (natively; not a long text's).
pub(crate) fn recycle_map<T: Spares>(v: Vec<T>) {
    if WIDE_SHORTCUTS && v.capacity() <= 1 << 16 {
        T::pool().with(|p| {
            let mut all = p.take();
            if all.len() < 8 {
                all.push(v);
            }
            p.set(all);
        });
    }
}

/// The element types with a pool of spare arrays.
pub(crate) trait Spares: Sized + 'static {
    fn pool() -> &'static std::thread::LocalKey<std::cell::Cell<Vec<Vec<Self>>>>;
}

impl Spares for u32 {
    fn pool() -> &'static std::thread::LocalKey<std::cell::Cell<Vec<Vec<u32>>>> {
        &SPARE_U32
    }
}

impl Spares for bool {
    fn pool() -> &'static std::thread::LocalKey<std::cell::Cell<Vec<Vec<bool>>>> {
        &SPARE_BOOL
    }
}

/// Whether the speed shortcuts (eight bytes at a time: word scanning, class look-ups packed from the
/// text, counting a quote's words; token ranges searched from a nearby token) are compiled:
/// natively, where speed is the aim. The .wasm is built for size, and the plain code they shortcut
/// handles every case on its own.
pub(crate) const WIDE_SHORTCUTS: bool = cfg!(not(target_arch = "wasm32"));

/// Words that elide their vowel before the next word (`l’`, `dell’`, `qu’`): split them off so the
/// following name keeps its capital.
const ELIDING: &[&str] = &[
    "all", "anch", "bell", "c", "coll", "com", "d", "dall", "de", "dell", "dev", "dov", "gl", "j", "jusqu", "l", "lorsqu", "m", "n", "nell", "pell", "po", "puisqu", "qu", "quell", "quest", "s", "sant", "senz", "sull", "t", "tr", "tutt", "un",
];

/// Whether `before`, the word before an apostrophe, lowercased, is an eliding word. The eliding
/// words are ASCII, so an ASCII word is compared ignoring case, without a lowercased copy.
fn is_eliding_prefix(before: &str) -> bool {
    if before.len() > 6 {
        return false;
    }
    if before.is_ascii() {
        ELIDING.iter().any(|e| e.eq_ignore_ascii_case(before))
    } else {
        ELIDING.iter().any(|e| e.eq_ignore_ascii_case(before))
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’' || c == 'ʼ'
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    is_alphanumeric(c) || c == '\u{AD}'
}

/// `char::is_alphanumeric`, but the accented Latin letters and the typographic punctuation (curly
/// quotes, dashes) of any article answer without the Unicode tables, whose search costs a couple of
/// hundred instructions a character (a test checks these ranges against the tables).
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c {
        '\0'..='\u{7F}' => c.is_ascii_alphanumeric(),
        'À'..='ɏ' => c != '×' && c != '÷',
        '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// The character starting at byte `pos` of `s` (a char boundary), if any; ASCII needs no decoding.
#[inline]
fn char_at(s: &str, pos: usize) -> Option<char> {
    let b = *s.as_bytes().get(pos)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        s[pos..].chars().next()
    }
}

/// What [`scan_word`] saw in a word, as bits: ASCII digits, lowercase ASCII letters (and `_`),
/// uppercase ASCII letters, non-ASCII word characters, and any non-ASCII character at all (word
/// characters and typographic apostrophes).
mod seen {
    pub const DIGIT: u8 = 1;
    pub const LOWER: u8 = 2;
    pub const UPPER: u8 = 4;
    pub const NON_ASCII_WORD: u8 = 8;
    pub const NON_ASCII: u8 = 16;
    /// An inner hyphen (`Jean-Paul`, `déclare-t-il`).
    pub const HYPHEN: u8 = 32;
}

/// For each byte: its [`seen`] bit when it is an ASCII word character (see [`is_word_char`]), else
/// 0 (which includes every byte of a multi-byte character).
static ASCII_KIND: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            seen::DIGIT
        } else if c.is_ascii_uppercase() {
            seen::UPPER
        } else if c.is_ascii_lowercase() || c == b'_' {
            seen::LOWER
        } else {
            0
        };
        b += 1;
    }
    t
};

/// How many of the eight bytes of `v` (little-endian: the first byte lowest) are ASCII word
/// characters before the first that is not (8: all are), and their [`seen`] bits: the
/// [`ASCII_KIND`] table applied to eight bytes at once with integer operations.
#[inline(always)]
fn ascii_word_run(v: u64) -> (usize, u8) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // the bytes' low seven bits; for each, `x + 0x80 - k` sets the high bit exactly when the byte
    // is at least `k`, and no byte carries into the next
    let x = v & !HIGHS;
    let at_least = |k: u8| x.wrapping_add(ONES * (0x80 - k as u64));
    let digit = at_least(b'0') & !at_least(b'9' + 1);
    let upper = at_least(b'A') & !at_least(b'Z' + 1);
    let underscore = {
        let y = x ^ (ONES * b'_' as u64);
        !(y.wrapping_add(ONES * 0x7f) | y)
    };
    let lower = at_least(b'a') & !at_least(b'z' + 1) | underscore;
    // (a byte with its high bit set is no ASCII word character)
    let word = (digit | upper | lower) & !v & HIGHS;
    let stop = !word & HIGHS;
    // the high bits of the bytes before the first stop (all eight when there is none)
    let before = (stop & stop.wrapping_neg()).wrapping_sub(1) & HIGHS;
    let kinds = ((digit & before != 0) as u8 * seen::DIGIT) | ((upper & before != 0) as u8 * seen::UPPER) | ((lower & before != 0) as u8 * seen::LOWER);
    ((stop.trailing_zeros() / 8) as usize, kinds)
}

/// The first `n` bytes (1 to 16) of `window` (16 bytes: a word and whatever follows it), packed as
/// [`crate::lang::Language::classes_packed`] takes them: zero-padded, as two little-endian numbers.
/// No branch depends on the length.
#[inline(always)]
pub(crate) fn packed_prefix(window: &[u8], n: usize) -> (u64, u64) {
    let load = |k: usize| u64::from_le_bytes(window[k..k + 8].try_into().unwrap_or_default());
    // the first `n` bytes of the first half, the next `n - 8` (if any) of the second
    let lo = load(0) & u64::MAX >> (8 * (8 - n.min(8)));
    let hi = load(8) & u64::MAX >> (8 * (16 - n.clamp(9, 16))) & 0u64.wrapping_sub((n > 8) as u64);
    (lo, hi)
}

/// Pushes the lowercase of `c` as `char::to_lowercase` gives it for the Latin, Greek and Cyrillic
/// letters news articles in these languages use (Latin-1, Latin Extended-A, the Romanian comma
/// letters, Latin Extended Additional, Greek and Cyrillic capitals); any other character is pushed
/// as it is. This keeps the Unicode case tables (about 2 KB gzipped) out of the .wasm: words in
/// other scripts match no word list either way. A test checks every code point it covers
/// against the tables.
#[inline]
pub(crate) fn push_lowercase(out: &mut String, c: char) {
    let u = c as u32;
    let shifted = |d: u32| char::from_u32(u + d).unwrap_or(c);
    let lower = match u {
        0x41..=0x5A => shifted(0x20),
        0xC0..=0xDE if u != 0xD7 => shifted(0x20),
        0x130 => {
            out.push('i');
            out.push('\u{307}');
            return;
        }
        // pairs of capital and small letter: even capitals, then odd ones
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x218..=0x21B | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if u % 2 == 0 => shifted(1),
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => shifted(1),
        0x178 => 'ÿ',
        0x1E9E => 'ß',
        0x386 => 'ά',
        0x388..=0x38A => shifted(0x25),
        0x38C => 'ό',
        0x38E..=0x38F => shifted(0x3F),
        0x391..=0x3AB if u != 0x3A2 => shifted(0x20),
        0x400..=0x40F => shifted(0x50),
        0x410..=0x42F => shifted(0x20),
        _ => c,
    };
    out.push(lower);
}

/// `s` lowercased by [`push_lowercase`].
pub(crate) fn lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_lowercase(&mut out, c);
    }
    out
}

/// The [`seen`] bits of one word character.
fn seen_of(c: char) -> u8 {
    if c.is_ascii() {
        ASCII_KIND[c as usize]
    } else {
        seen::NON_ASCII_WORD | seen::NON_ASCII
    }
}

/// The end of the word or number that starts at byte `start` of the paragraph `s` with the word
/// character `first`, and what it contains ([`seen`] bits: all digits, already lowercase ASCII, …,
/// so the caller need not read it again). Words take inner apostrophes and hyphens (`it's`,
/// `O'Brien`, `Jean-Paul`), numbers inner `.`/`,` (`3.5`, `1,000`); an eliding word (`dell’`) ends
/// after its apostrophe so the next word keeps its capital.
fn scan_word(s: &str, start: usize, first: char) -> (usize, u8) {
    const NOT_DIGIT: u8 = seen::LOWER | seen::UPPER | seen::NON_ASCII_WORD;
    let bytes = s.as_bytes();
    let mut end = start + first.len_utf8();
    let mut flags = seen_of(first);
    loop {
        // fast path: a run of ASCII word characters, eight bytes at a time while eight are left
        // (a word's end then costs no mispredicted loop exit), then classified by table
        while let Some(chunk) = bytes.get(end..end + 8).filter(|_| WIDE_SHORTCUTS) {
            let (run, kinds) = ascii_word_run(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
            flags |= kinds;
            end += run;
            if run < 8 {
                break;
            }
        }
        while let Some(&b) = bytes.get(end) {
            let kind = ASCII_KIND[b as usize];
            if kind == 0 {
                break;
            }
            flags |= kind;
            end += 1;
        }
        let Some(d) = char_at(s, end) else { break };
        // an ASCII character here is not a word character (the table said so)
        if !d.is_ascii() && is_word_char(d) {
            flags |= seen_of(d);
            end += d.len_utf8();
            continue;
        }
        if !(is_apostrophe(d) || d == '-' || d == '.' || d == ',') {
            break;
        }
        let after = end + d.len_utf8();
        // `E' lo scenario`: the Italian `È` typed as `E` and an apostrophe is one word
        if end == start + 1 && first == 'E' && is_apostrophe(d) && char_at(s, after).is_some_and(|n| n == ' ') {
            let non_ascii = if d.is_ascii() { 0 } else { seen::NON_ASCII };
            return (after, flags | non_ascii);
        }
        let Some(next) = char_at(s, after).filter(|&n| is_word_char(n)) else { break };
        let all_digits = flags & NOT_DIGIT == 0;
        // 3.5, 1,000: only between digits
        if (d == '.' || d == ',') && !(all_digits && next.is_ascii_digit()) {
            break;
        }
        if !d.is_ascii() {
            flags |= seen::NON_ASCII;
        }
        if is_apostrophe(d) && is_eliding_prefix(&s[start..end]) {
            // split after the apostrophe: `dell’` + `Alleanza`
            return (after, flags);
        }
        if d == '-' {
            if all_digits {
                break;
            }
            flags |= seen::HYPHEN;
        }
        end = after;
    }
    (end, flags)
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Document<'a> {
        Document::tokenized(text, None)
    }

    /// The document split into tokens, with their classes in `lang` looked up as they are made
    /// (the word's bytes still in cache) when one is given.
    fn tokenized(text: &'a str, lang: Option<&crate::lang::Language>) -> Document<'a> {
        let spare = if WIDE_SHORTCUTS { SPARE.with(|s| s.take()) } else { None };
        let mut doc = match spare {
            Some(spare) => spare.into_document(text),
            None => Document { text, tokens: Vec::new(), paragraphs: Vec::new(), ascii_lowered: String::new(), lower_buf: String::new(), classes: Vec::new(), derived: Vec::new(), paragraph_tokens: Vec::new(), sentence_marks: Vec::new(), capitals: Vec::new() },
        };
        doc.ascii_lowered.push_str(text);
        doc.ascii_lowered.make_ascii_lowercase();
        doc.split_paragraphs();
        doc.tokenize(lang);
        doc.list_capitals();
        doc
    }

    /// Lists the capitalised word tokens once, for the stages that look only at them (mid-sentence
    /// capitals, given names before surnames) instead of testing every token: natively without a
    /// branch per token (whether a token is capitalised is a coin toss for the predictor).
    fn list_capitals(&mut self) {
        let capitalised = |t: &Token| (t.kind == TokenKind::Word) & t.upper;
        if !WIDE_SHORTCUTS {
            self.capitals = (0..self.tokens.len() as u32).filter(|&t| capitalised(&self.tokens[t as usize])).collect();
            return;
        }
        let mut caps = std::mem::take(&mut self.capitals);
        caps.resize(self.tokens.len() + 1, 0);
        let mut k = 0;
        for (t, tok) in self.tokens.iter().enumerate() {
            caps[k] = t as u32;
            k += capitalised(tok) as usize;
        }
        caps.truncate(k);
        self.capitals = caps;
    }

    /// Paragraphs are lines; a line holding only punctuation (some feeds separate paragraphs with
    /// ` .`) is not a paragraph.
    fn split_paragraphs(&mut self) {
        let mut start = 0;
        let push = |s: usize, e: usize, paras: &mut Vec<Span>| {
            let line = &self.text[s..e];
            let trimmed_start = s + (line.len() - line.trim_start().len());
            let trimmed_end = s + line.trim_end().len();
            if trimmed_start < trimmed_end && line.chars().any(|c| is_alphanumeric(c) || is_quote_char(c)) {
                paras.push(Span::new(trimmed_start, trimmed_end));
            }
        };
        let mut paras = std::mem::take(&mut self.paragraphs);
        paras.reserve(self.text.len() / 128);
        // `split` finds the newlines with a fast byte search
        for line in self.text.split('\n') {
            push(start, start + line.len(), &mut paras);
            start += line.len() + 1;
        }
        self.paragraphs = paras;
    }

    /// Splits the paragraphs into tokens; with `lang`, also assigns the classes as
    /// [`Document::assign_classes`] does.
    fn tokenize(&mut self, lang: Option<&crate::lang::Language>) {
        let text = self.text;
        self.tokens.reserve(text.len() / 5);
        self.lower_buf.reserve(text.len() / 8);
        if lang.is_some() {
            self.classes.reserve(text.len() / 5);
        }
        // (taken, not cloned: nothing below reads the paragraphs)
        let paragraphs = std::mem::take(&mut self.paragraphs);
        // (at most one range a paragraph; a sentence mark every hundred bytes or so)
        self.paragraph_tokens.reserve(paragraphs.len());
        self.sentence_marks.reserve(text.len() / 64 + 1);
        for (pi, para) in paragraphs.iter().enumerate() {
            // positions below are byte offsets into the paragraph `s`; a byte cursor instead of a
            // `CharIndices` iterator lets ASCII (most of any article) skip UTF-8 decoding entirely
            let s = &text[para.start..para.end];
            let mut i = 0;
            let mut sentence_start = true;
            let first_token = self.tokens.len();
            while let Some(c) = char_at(s, i) {
                if c.is_whitespace() {
                    i += c.len_utf8();
                    continue;
                }
                let (end, kind, flags) = if is_word_char(c) {
                    let (end, flags) = scan_word(s, i, c);
                    let all_digits = flags & (seen::LOWER | seen::UPPER | seen::NON_ASCII_WORD) == 0;
                    (end, if all_digits { TokenKind::Number } else { TokenKind::Word }, flags)
                } else {
                    (i + c.len_utf8(), TokenKind::Punct, 0)
                };
                let start = para.start + i;
                let lo = self.lower_buf.len();
                let lower_in_text = kind == TokenKind::Punct || flags & seen::NON_ASCII == 0;
                if !lower_in_text {
                    for ch in s[i..end].chars() {
                        if ch.is_ascii() {
                            self.lower_buf.push(ch.to_ascii_lowercase());
                        } else if ch == '’' || ch == 'ʼ' {
                            self.lower_buf.push('\'');
                        } else if ch != '\u{AD}' {
                            push_lowercase(&mut self.lower_buf, ch);
                        }
                    }
                }
                i = end;
                let (end_byte, hi) = (para.start + end, self.lower_buf.len());
                if let Some(lang) = lang {
                    let mut classes = 0;
                    if kind != TokenKind::Punct {
                        let lower = if lower_in_text { &self.ascii_lowered[start..end_byte] } else { &self.lower_buf[lo..hi] };
                        let n = end_byte - start;
                        // an ASCII word is packed from the lowercased text (see `packed_prefix`);
                        // others, and words at the text's very end, are looked up as strings
                        classes = match self.ascii_lowered.as_bytes().get(start..start + 16) {
                            Some(window) if WIDE_SHORTCUTS && flags & seen::NON_ASCII == 0 && n <= 16 => lang.classes_packed(packed_prefix(window, n), n),
                            _ => lang.classes(lower),
                        };
                        // (only a word with a hyphen can be an inverted verb)
                        if flags & seen::HYPHEN != 0 && classes == 0 {
                            classes = lang.inverted_verb_classes(lower);
                            if classes != 0 {
                                self.derived.push(self.tokens.len());
                            }
                        }
                    }
                    self.classes.push(classes);
                }
                self.tokens.push(Token {
                    span: Span::new(start, end_byte),
                    kind,
                    para: pi as u32,
                    upper: c.is_uppercase(),
                    starts_sentence: sentence_start,
                    lower: if lower_in_text { (start as u32, end_byte as u32) } else { (lo as u32, hi as u32) },
                    lower_in_text,
                });
                sentence_start = false;
                if kind == TokenKind::Punct && matches!(c, '.' | '!' | '?' | '…') {
                    self.sentence_marks.push(self.tokens.len() as u32 - 1);
                    sentence_start = !self.is_abbreviation_before(start);
                } else if kind == TokenKind::Punct && (is_quote_char(c) || matches!(c, '(' | '—' | '–' | '-')) {
                    // `. “Quote` and `— dijo`: keep the sentence-start flag across opening marks
                    if let Some(k) = self.tokens.len().checked_sub(2) {
                        let prev = self.tokens[k];
                        // (not after an abbreviation's period: `Mr. “Big” Smith`, `the U.K. “soon”`)
                        if prev.para == pi as u32 && self.is_sentence_end_token(&prev) && !(k > 0 && self.abbreviation_at(k - 1, prev.span.start)) {
                            sentence_start = true;
                        }
                    } else {
                        sentence_start = true;
                    }
                    if self.tokens.len() == 1 || self.tokens[self.tokens.len() - 1].starts_sentence {
                        sentence_start = true;
                    }
                }
            }
            if self.tokens.len() > first_token {
                self.paragraph_tokens.push((first_token as u32, self.tokens.len() as u32));
            }
        }
        self.paragraphs = paragraphs;
    }

    fn is_sentence_end_token(&self, t: &Token) -> bool {
        t.kind == TokenKind::Punct && matches!(self.text[t.span.start..].chars().next(), Some('.' | '!' | '?' | '…'))
    }

    /// `Mr.`, `Dr.`, `St.`, `J.` (an initial): a period that does not end a sentence.
    fn is_abbreviation_before(&self, period: usize) -> bool {
        self.tokens.len() >= 2 && self.abbreviation_at(self.tokens.len() - 2, period)
    }

    /// Whether token `k` is an abbreviation or an initial whose period starts at byte `period`.
    fn abbreviation_at(&self, k: usize, period: usize) -> bool {
        let prev = &self.tokens[k];
        if prev.span.end != period || prev.kind != TokenKind::Word {
            return false;
        }
        let w = &self.text[prev.span.start..prev.span.end];
        let n = w.chars().count();
        if n == 1 && prev.upper {
            return true;
        }
        is_abbreviation(self.lower_of(prev))
    }

    /// A document with its word classes looked up in `lang`, ready for the pipeline.
    pub fn for_language(text: &'a str, lang: &crate::lang::Language) -> Document<'a> {
        let mut doc = Document::tokenized(text, Some(lang));
        if lang.capitalised_nouns {
            doc.join_ordinals();
        }
        doc.end_sentences_after_function_words();
        doc.end_sentences_after_dotted_acronyms();
        doc
    }

    /// `… opened in Washington, D.C. “It was worth the wait,” she says`: a dotted acronym's last period, before an
    /// opening quotation mark and a capitalised word, ends its sentence (the period after a lone
    /// capital reads as an initial's, `J. Smith`, everywhere else).
    fn end_sentences_after_dotted_acronyms(&mut self) {
        for i in 0..self.sentence_marks.len() {
            // (the tokens `t - 4` to `t + 1`: letter, period, letter, period, opening mark, word)
            let t = self.sentence_marks[i] as usize + 1;
            if t < 4 || t + 1 >= self.tokens.len() || self.tokens[t].starts_sentence {
                continue;
            }
            let (letter, dot, mark, next) = (&self.tokens[t - 2], &self.tokens[t - 1], &self.tokens[t], &self.tokens[t + 1]);
            let acronym = letter.kind == TokenKind::Word && letter.upper && letter.span.len() == 1 && letter.span.start == self.tokens[t - 3].span.end && self.is_sentence_end_token(&self.tokens[t - 3]) && dot.span.start == letter.span.end;
            let opening = mark.kind == TokenKind::Punct && mark.para == letter.para && mark.span.start > dot.span.end && matches!(self.text[mark.span.start..].chars().next(), Some('“' | '«' | '„' | '"')) && next.span.start == mark.span.end;
            if acronym && opening && next.upper && next.kind == TokenKind::Word {
                self.tokens[t].starts_sentence = true;
                self.tokens[t + 1].starts_sentence = true;
            }
        }
    }

    /// `going on. Schools …`: a listed abbreviation that is a function word of the document's
    /// language (English `on`, where Italian writes `on.` for `onorevole`) ends its sentence before a
    /// capitalised word.
    fn end_sentences_after_function_words(&mut self) {
        use crate::lang::class;
        const FUNCTION: u64 = class::PREPOSITION | class::ADVERB | class::CONJUNCTION | class::PRONOUN | class::AUX | class::DETERMINER;
        // (at each sentence-ending mark `dot`: the tokens `t - 2`, `t - 1`, `t` are the word, the mark
        // and the next word)
        for i in 0..self.sentence_marks.len() {
            let t = self.sentence_marks[i] as usize + 1;
            if t < 2 || t >= self.tokens.len() {
                continue;
            }
            let (w, dot, next) = (&self.tokens[t - 2], &self.tokens[t - 1], &self.tokens[t]);
            if next.starts_sentence || !next.upper || next.kind != TokenKind::Word || w.kind != TokenKind::Word || w.para != next.para || dot.span.start != w.span.end || w.span.len() < 2 {
                continue;
            }
            if self.classes(t - 2) & FUNCTION != 0 && is_abbreviation(self.lower(t - 2)) {
                self.tokens[t].starts_sentence = true;
            }
        }
    }

    /// `am 9. März`, `vom 1. Juli`, `im 19. Jahrhundert`: where ordinals are written with a period
    /// (German), a one- or two-digit number after a preposition or article, with its period, does not
    /// end the sentence before a capitalised noun; a capitalised function word (`… auf 12. Die …`) still
    /// starts one.
    fn join_ordinals(&mut self) {
        use crate::lang::class;
        const FUNCTION: u64 = class::DETERMINER | class::PREPOSITION | class::PRONOUN | class::CONJUNCTION | class::ADVERB | class::COMPLEMENTISER | class::AUX | class::RELATIVE | class::FINITE;
        // (the ordinal's period is a sentence-ending mark: only the words after one are looked at)
        for i in 0..self.sentence_marks.len() {
            let t = self.sentence_marks[i] as usize + 1;
            if t < 3 || t >= self.tokens.len() {
                continue;
            }
            let (w, dot, num, before) = (&self.tokens[t], &self.tokens[t - 1], &self.tokens[t - 2], &self.tokens[t - 3]);
            if !w.starts_sentence || w.kind != TokenKind::Word || dot.kind != TokenKind::Punct || w.para != before.para {
                continue;
            }
            let ordinal = num.kind == TokenKind::Number && num.span.len() <= 2 && dot.span.start == num.span.end && self.text[dot.span.start..].starts_with('.');
            let governed = before.kind == TokenKind::Word && self.classes(t - 3) & (class::DETERMINER | class::PREPOSITION) != 0;
            if ordinal && governed && self.classes(t) & FUNCTION == 0 {
                self.tokens[t].starts_sentence = false;
            }
        }
    }

    /// Looks up every token's word classes once, so the stages test classes by index instead of
    /// hashing the same words again and again.
    pub fn assign_classes(&mut self, lang: &crate::lang::Language) {
        let mut classes = Vec::with_capacity(self.tokens.len());
        let mut derived = Vec::new();
        for t in 0..self.tokens.len() {
            if self.tokens[t].kind == TokenKind::Punct {
                classes.push(0);
                continue;
            }
            let lower = self.lower(t);
            let mut c = lang.classes(lower);
            if c == 0 {
                c = lang.inverted_verb_classes(lower);
                if c != 0 {
                    derived.push(t);
                }
            }
            classes.push(c);
        }
        self.classes = classes;
        self.derived = derived;
    }

    // The accessors from here on are inlined: every stage calls them at most tokens, and a call
    // costs more than their few instructions. Always natively; in the .wasm as the compiler sees fit
    // (forcing it there would copy them into every caller).

    /// The word classes of token `t` (0 for punctuation, or before [`Document::assign_classes`]).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline)]
    pub fn classes(&self, t: usize) -> u64 {
        self.classes.get(t).copied().unwrap_or(0)
    }

    /// The classes the word lists give word or number token `t`'s own lowercase form, i.e.
    /// `lang.classes(doc.lower(t))` without hashing again: [`Document::classes`] except for an
    /// inverted verb (`déclare-t-il`), whose classes are its verb's. Punctuation gives 0 here, which
    /// need not be what the lists say of the character: callers look those up themselves.
    pub fn listed_classes(&self, t: usize) -> u64 {
        if self.derived.binary_search(&t).is_ok() {
            0
        } else {
            self.classes(t)
        }
    }

    /// Whether token `t` has any of the word classes in `mask`.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline)]
    pub fn is(&self, t: usize, mask: u64) -> bool {
        self.classes(t) & mask != 0
    }

    /// The token's text.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline)]
    pub fn word(&self, t: usize) -> &'a str {
        let s = self.tokens[t].span;
        &self.text[s.start..s.end]
    }

    /// The token's text, lowercased, with typographic apostrophes made straight.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline)]
    pub fn lower(&self, t: usize) -> &str {
        self.lower_of(&self.tokens[t])
    }

    /// Whether token `t`'s lowercase form ends with an apostrophe (an eliding word: `l'`, `dell'`):
    /// `lower(t).ends_with('\'')`, natively without making the slice, whose char-boundary checks
    /// cost more than the one byte compared (the cue finder asks it at every word; the .wasm keeps
    /// the slice, which its other callers share).
    #[inline]
    pub fn lower_ends_with_apostrophe(&self, t: usize) -> bool {
        if !WIDE_SHORTCUTS {
            return self.lower(t).ends_with('\'');
        }
        let tok = &self.tokens[t];
        let buf = if tok.lower_in_text { self.ascii_lowered.as_bytes() } else { self.lower_buf.as_bytes() };
        tok.lower.1 > tok.lower.0 && buf.get(tok.lower.1 as usize - 1) == Some(&b'\'')
    }

    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline)]
    fn lower_of(&self, t: &Token) -> &str {
        let range = t.lower.0 as usize..t.lower.1 as usize;
        if t.lower_in_text {
            &self.ascii_lowered[range]
        } else {
            &self.lower_buf[range]
        }
    }

    /// The first character of token `t`.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline)]
    pub fn first_char(&self, t: usize) -> char {
        char_at(self.text, self.tokens[t].span.start).unwrap_or(' ')
    }

    /// Whether token `t` is the single punctuation character `c`.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline)]
    pub fn is_punct(&self, t: usize, c: char) -> bool {
        self.tokens[t].kind == TokenKind::Punct && self.first_char(t) == c
    }

    /// Index of the first token starting at or after byte `pos`.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }

    /// Index one past the last token ending at or before byte `pos`.
    pub fn token_end_before(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= pos)
    }

    /// The token range of `span`: `(token_at_or_after(span.start), token_end_before(span.end))`,
    /// searched forward from token `from`, a token at or before both answers (the first token of
    /// the mention whose head `span` is): a few steps, where the binary searches take a dozen
    /// dependent loads each. Any `from` gives the same answer (a wrong one only costs the search).
    pub fn token_range(&self, span: Span, from: usize) -> (usize, usize) {
        if !WIDE_SHORTCUTS {
            return (self.token_at_or_after(span.start), self.token_end_before(span.end));
        }
        (self.first_token_from(from, |t| t.span.start >= span.start), self.first_token_from(from, |t| t.span.end > span.end))
    }

    /// The first token for which `past` holds (it holds from some token on), looked for from token
    /// `from` on when it does not hold before `from`, else over all the tokens.
    #[inline]
    fn first_token_from(&self, from: usize, past: impl Fn(&Token) -> bool) -> usize {
        let n = self.tokens.len();
        if from > n || from > 0 && past(&self.tokens[from - 1]) {
            return self.tokens.partition_point(|t| !past(t));
        }
        let near = (from + 8).min(n);
        match (from..near).find(|&k| past(&self.tokens[k])) {
            Some(k) => k,
            None => near + self.tokens[near..].partition_point(|t| !past(t)),
        }
    }

    /// The word tokens that start with an uppercase letter (`upper`), in text order.
    pub fn capitals(&self) -> impl ExactSizeIterator<Item = usize> + '_ {
        self.capitals.iter().map(|&t| t as usize)
    }

    /// The paragraph containing byte `pos`, if any.
    pub fn paragraph_of(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.end < pos);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= pos).then_some(i)
    }

    /// The token ranges `[first, end)` of the paragraphs that hold tokens, in text order.
    pub fn paragraph_token_ranges(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.paragraph_tokens.iter().map(|&(a, b)| (a as usize, b as usize))
    }
}

/// Abbreviations whose period does not end a sentence.
fn is_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "a" | "approx" | "apr" | "art" | "aug" | "av" | "avv" | "b" | "bd" | "bzw" | "ca" | "capt" | "co" | "col" | "corp" | "dec" | "dipl" | "dott" | "dott.ssa" | "dr" | "dra" | "ecc" | "etc" | "feb" | "fr" | "gen" | "gov" | "hon" | "hr" | "inc" | "ing" | "jan" | "jr" | "jul" | "jun" | "lic" | "lt" | "ltd" | "m" | "mar" | "max" | "min" | "mlle" | "mme" | "mons" | "mr" | "mrs" | "ms" | "no" | "nov" | "nr" | "oct" | "on" | "p" | "pag" | "prof" | "rep" | "rev" | "sen" | "sep" | "sept" | "sgt" | "sig" | "sigg" | "sr" | "sra" | "st" | "u" | "vs" | "z"
    )
}

/// Any character used as a quotation mark by some newspaper.
pub fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '‘' | '’' | '‚' | '‹' | '›' | '\'')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contains_str_agrees_with_std() {
        let hays = ["", "a", "déclare-t-il", "pic.twitter.com/x", "-t", "t-", "é-t-é"];
        let needles = ["", "-t-", "twitter.com", "é", "\u{e9}-", "a", "ab"];
        for hay in hays {
            for needle in needles {
                assert_eq!(contains_str(hay, needle), hay.contains(needle), "{hay:?} {needle:?}");
            }
        }
    }

    #[test]
    fn offsets_convert_with_accents_curly_quotes_and_emoji() {
        let text = "È “sì” 😀 ok";
        let map = OffsetMap::new(text);
        let ok = text.find("ok").unwrap();
        let emoji = text.find('😀').unwrap();
        let mut cps = [0, ok, emoji, text.len()];
        map.convert(&mut cps, Unit::CodePoint);
        assert_eq!(cps, [0, 9, 7, 11]);
        let mut u16s = [ok, emoji, text.len()];
        map.convert(&mut u16s, Unit::Utf16);
        assert_eq!(u16s, [10, 7, 12]);
        let mut back = [10, 7, 12, 8];
        map.to_bytes(&mut back, Unit::Utf16);
        assert_eq!(back, [ok, emoji, text.len(), emoji]);
        let mut back_cp = [9, 7, 100];
        map.to_bytes(&mut back_cp, Unit::CodePoint);
        assert_eq!(back_cp, [ok, emoji, text.len()]);
    }

    #[test]
    fn elided_articles_split_and_apostrophes_stay_in_words() {
        let doc = Document::new("L’aereo dell’Alleanza, it's O'Brien.");
        let words: Vec<&str> = (0..doc.tokens.len()).map(|t| doc.word(t)).collect();
        assert_eq!(words, ["L’", "aereo", "dell’", "Alleanza", ",", "it's", "O'Brien", "."]);
        assert_eq!(doc.lower(0), "l'");
        assert!(doc.tokens[3].upper);
    }

    #[test]
    fn paragraphs_skip_blank_and_separator_lines() {
        let doc = Document::new("One.\n .\n\nTwo “x”.\n");
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(&doc.text[doc.paragraphs[1].start..doc.paragraphs[1].end], "Two “x”.");
    }

    #[test]
    fn an_abbreviation_that_is_a_function_word_ends_a_sentence() {
        let starts = |text: &str, code: &str| {
            let doc = Document::for_language(text, crate::lang::Language::get(code).unwrap());
            (0..doc.tokens.len()).filter(|&t| doc.tokens[t].starts_sentence).map(|t| doc.word(t).to_string()).collect::<Vec<_>>()
        };
        assert_eq!(starts("Nothing was going on. Schools were closed.", "en"), ["Nothing", "Schools"]);
        assert_eq!(starts("Ha parlato l'on. Rossi alla Camera.", "it"), ["Ha"]);
    }

    #[test]
    fn sentence_starts_skip_abbreviations() {
        let doc = Document::new("Mr. Smith spoke. He left. “Yes,” he said.");
        let starts: Vec<&str> = (0..doc.tokens.len()).filter(|&t| doc.tokens[t].starts_sentence).map(|t| doc.word(t)).collect();
        assert_eq!(starts, ["Mr", "He", "“", "Yes"]);
    }

    #[test]
    fn a_dotted_acronym_before_an_opening_quote_ends_its_sentence() {
        let lang = crate::lang::Language::get("en").unwrap();
        let doc = Document::for_language("It is on show in Washington, D.C. “I love it,” she says. The U.S. team met J. R. Smith in the U.K. “soon”.", lang);
        let starts: Vec<&str> = (0..doc.tokens.len()).filter(|&t| doc.tokens[t].starts_sentence).map(|t| doc.word(t)).collect();
        assert_eq!(starts, ["It", "“", "I", "The"]);
    }

    #[test]
    fn listed_classes_are_the_lists_own_entries() {
        let fr = crate::lang::Language::get("fr").unwrap();
        let doc = Document::for_language("« Non », déclare-t-il, a-t-elle dit au président Macron.", fr);
        for t in (0..doc.tokens.len()).filter(|&t| doc.tokens[t].kind != TokenKind::Punct) {
            assert_eq!(doc.listed_classes(t), fr.classes(doc.lower(t)), "{}", doc.word(t));
            assert_eq!(doc.classes(t), fr.classes_of_token(doc.lower(t)), "{}", doc.word(t));
        }
        let inverted = (0..doc.tokens.len()).find(|&t| doc.word(t) == "déclare-t-il").unwrap();
        assert!(doc.classes(inverted) != 0 && doc.listed_classes(inverted) == 0);
    }

    #[test]
    fn classes_looked_up_while_tokenising_are_those_assigned_after() {
        let texts = ["« Non », déclare-t-il, a-t-elle dit au Président Macron. L’aereo dell’Alleanza.", "Prime Minister Justin Trudeau said: “We are ready,” COVID-19 co-operation.", "Der Präsident sagte, dass die Lage schwierig ist. Straße über Äpfel."];
        for code in crate::lang::Language::codes() {
            let lang = crate::lang::Language::get(code).unwrap();
            for text in texts {
                let fused = Document::tokenized(text, Some(lang));
                let mut after = Document::new(text);
                after.assign_classes(lang);
                assert_eq!((&fused.classes, &fused.derived), (&after.classes, &after.derived), "{code}: {text}");
            }
        }
    }

    /// A document built in the buffers a dropped one left (natively) is the one built afresh: every
    /// field, after longer and shorter documents, in any order; and so is the whole analysis.
    #[test]
    fn documents_in_reused_buffers_are_the_fresh_ones() {
        let seed = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_51be7fdfb486c944.txt")).unwrap();
        let texts = [seed.as_str(), "« Non », déclare-t-il, a-t-elle dit au Président Macron. L’aereo dell’Alleanza.", "", "Der Präsident sagte am 9. März, dass die Lage schwierig ist.\n\nStraße über Äpfel.", "Prime Minister Justin Trudeau said: “We are ready,” COVID-19 co-operation."];
        let lang = crate::lang::Language::get("it").unwrap();
        let fields = |d: &Document| format!("{:?}", (d.text, &d.tokens, &d.paragraphs, &d.ascii_lowered, &d.lower_buf, &d.classes, &d.derived, &d.paragraph_tokens, &d.sentence_marks, &d.capitals));
        // each document and analysis made on a new thread, with no buffers left to reuse
        let fresh: Vec<(String, String)> = texts.iter().map(|&t| {
            let t = t.to_string();
            std::thread::spawn(move || (fields(&Document::for_language(&t, lang)), format!("{:?}", crate::analyze(&t, &crate::Options::default())))).join().unwrap()
        }).collect();
        for order in [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [1, 0, 3, 0, 2]] {
            for i in order {
                assert_eq!(fields(&Document::for_language(texts[i], lang)), fresh[i].0, "{i}");
                assert_eq!(format!("{:?}", crate::analyze(texts[i], &crate::Options::default())), fresh[i].1, "{i}");
            }
        }
    }

    /// A token map taken from the spares is `vec![0; n]` whatever was left in it, for any length.
    #[test]
    fn spare_token_maps_are_zeroed() {
        for n in [5, 0, 100, 3, 1000, 7] {
            let (a, b) = (zeroed_map::<u32>(n), zeroed_map::<bool>(n));
            assert_eq!((&a, &b), (&vec![0u32; n], &vec![false; n]));
            recycle_map(vec![7u32; n + 3]);
            recycle_map(a.into_iter().map(|_| 9).collect::<Vec<u32>>());
            recycle_map(vec![true; 2 * n]);
            recycle_map(b);
        }
    }

    #[test]
    fn eight_byte_word_runs_agree_with_the_table() {
        let mut bytes: Vec<u8> = (0u8..=255).collect();
        bytes.extend_from_slice(b"abc_XYZ09 word-ish Zz0_9\x7f\x80\xff`{@[/:");
        for start in 0..bytes.len() - 8 {
            for len in 0..=8 {
                // the window's first `len` bytes, the rest taken from elsewhere in the sample
                let mut w = [0u8; 8];
                w.copy_from_slice(&bytes[start..start + 8]);
                for k in len..8 {
                    w[k] = bytes[(start * 7 + k * 31) % bytes.len()];
                }
                let run = w.iter().take_while(|&&b| ASCII_KIND[b as usize] != 0).count();
                let kinds = w[..run].iter().fold(0, |f, &b| f | ASCII_KIND[b as usize]);
                assert_eq!(ascii_word_run(u64::from_le_bytes(w)), (run, kinds), "{w:?}");
            }
        }
    }

    #[test]
    fn lowercase_agrees_with_the_unicode_tables_where_it_maps() {
        let mut mapped = 0;
        for c in (0..=0x1FFFFu32).filter_map(char::from_u32) {
            let mut ours = String::new();
            push_lowercase(&mut ours, c);
            if ours != c.to_string() {
                assert_eq!(ours, c.to_lowercase().collect::<String>(), "{c:?}");
                mapped += 1;
            }
        }
        // every letter of the scripts it covers that has a lowercase is mapped
        let covered = |u: u32| matches!(u, 0x41..=0x5A | 0xC0..=0x17F | 0x218..=0x21B | 0x1E00..=0x1EFF | 0x386..=0x3AB | 0x400..=0x42F);
        for c in (0..=0x1FFFFu32).filter(|&u| covered(u)).filter_map(char::from_u32) {
            let theirs: String = c.to_lowercase().collect();
            let mut ours = String::new();
            push_lowercase(&mut ours, c);
            assert_eq!(ours, theirs, "{c:?}");
        }
        assert!(mapped > 300, "{mapped}");
        assert_eq!(lowercase("ÉLYSÉE Ştefan Ώρα Москва İ"), "élysée ştefan ώρα москва i\u{307}");
    }

    #[test]
    fn capitals_are_the_capitalised_words() {
        for text in ["", "a", "A", "Il Presidente Mattarella: “Sì”. Poi è uscito.\nÉcole O'Brien 3M", "L’aereo dell’Alleanza, it's O'Brien. DAVOS - ÜBER über"] {
            let doc = Document::new(text);
            let plain: Vec<usize> = (0..doc.tokens.len()).filter(|&t| doc.tokens[t].kind == TokenKind::Word && doc.tokens[t].upper).collect();
            assert_eq!(doc.capitals().collect::<Vec<_>>(), plain, "{text}");
        }
    }

    #[test]
    fn token_ranges_from_any_token_are_the_binary_searches() {
        let doc = Document::new("Il ministro dell’Interno, Matteo Piantedosi, ha detto: “Sì”. Poi è uscito.\nUn altro paragrafo qui.");
        let n = doc.tokens.len();
        let last = doc.text.len();
        for a in 0..=last {
            for b in [a, a + 1, a + 7, a + 30, last + 2] {
                let span = Span { start: a, end: b };
                let expected = (doc.token_at_or_after(a), doc.token_end_before(b));
                for from in [0, 1, n / 2, n, n + 3, expected.0, expected.0.saturating_sub(9), expected.1] {
                    assert_eq!(doc.token_range(span, from), expected, "{a}..{b} from {from}");
                }
            }
        }
    }

    #[test]
    fn word_chars_agree_with_the_unicode_tables() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            let expected = if c.is_ascii() { c.is_ascii_alphanumeric() || c == '_' } else { c.is_alphanumeric() || c == '\u{AD}' };
            assert_eq!(is_word_char(c), expected, "{c:?}");
        }
    }

    #[test]
    fn truncation_respects_char_boundaries() {
        assert_eq!(truncate_at_char_boundary("aè", 2), "a");
        assert_eq!(truncate_at_char_boundary("aè", 3), "aè");
    }

    #[test]
    fn german_ordinals_do_not_end_sentences() {
        let de = crate::lang::Language::get("de").unwrap();
        let doc = Document::for_language("Wahlen sind am 9. März geplant. Es stieg auf 12. Die Zahl sank.", de);
        let starts: Vec<&str> = (0..doc.tokens.len()).filter(|&t| doc.tokens[t].starts_sentence).map(|t| doc.word(t)).collect();
        assert_eq!(starts, ["Wahlen", "Es", "Die"]);
    }
}
