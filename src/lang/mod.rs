//! Language knowledge: speech verbs, function words, titles and roles, organisations, quote
//! conventions. Each language is a folder of plain-text word lists, so adding a language is adding
//! files (and one line in [`LANGUAGES`]), not code.
//!
//! File format: one entry a line, `#` starts a comment. In `verbs.txt` and `words.txt` every line is
//! `TAG entry entry …` (entries separated by spaces; `_` joins the words of a multi-word entry, as
//! in `according_to`). In `roles.txt` and `orgs.txt` every line is one entry (spaces allowed).
//! `build.rs` compiles the lists into a compact front-coded table per language (see `source.rs`),
//! which is what the library embeds and decodes once, on first use.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A small, fast hasher for the word lists (FxHash's multiply-rotate): the keys are short words and
/// lookups sit on the hot path, where SipHash's DoS resistance buys nothing.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl WordHasher {
    #[inline]
    fn add(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for WordHasher {
    /// Eight bytes at a time; the last 1–7 bytes are read as (overlapping) whole words rather than
    /// copied into a buffer, which for the short keys here costs a `memcpy` call per hash.
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        while let Some((chunk, tail)) = rest.split_first_chunk::<8>() {
            self.add(u64::from_le_bytes(*chunk));
            rest = tail;
        }
        let n = rest.len();
        if n >= 4 {
            let lo = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]) as u64;
            let hi = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]) as u64;
            self.add(lo | hi << 32);
        } else if n > 0 {
            self.add(rest[0] as u64 | (rest[n / 2] as u64) << 8 | (rest[n - 1] as u64) << 16);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map from words to `V` with the fast word hasher.
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;

/// A map from borrowed words to `V`: open addressing with the fast word hasher, and only the
/// operations the stages use (`get`, `insert`, `entry(..).or_insert`). Smaller in the .wasm than a
/// `HashMap` instance per key and value type; it cannot be iterated, so no result can depend on an
/// iteration order.
pub struct WordRefMap<'a, V> {
    /// (hash with the low bit set, key, value); `None` is an empty slot.
    slots: Vec<Option<(u64, &'a str, V)>>,
    len: usize,
}

impl<'a, V> Default for WordRefMap<'a, V> {
    fn default() -> Self {
        WordRefMap { slots: Vec::new(), len: 0 }
    }
}

impl<'a, V> WordRefMap<'a, V> {
    /// An empty map with room for `n` keys before it grows (each growth rehashes every key).
    pub fn with_capacity(n: usize) -> Self {
        let size = (n * 2 + 1).next_power_of_two().max(16);
        WordRefMap { slots: (0..size).map(|_| None).collect(), len: 0 }
    }

    fn hash(key: &str) -> u64 {
        let mut h = WordHasher::default();
        h.write(key.as_bytes());
        h.finish() | 1
    }

    /// The slot holding `key` (`Ok`) or the empty slot where it would go (`Err`); the table must
    /// have an empty slot.
    fn find(&self, key: &str, hash: u64) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let mut i = (hash >> 32) as usize & mask;
        loop {
            match &self.slots[i] {
                None => return Err(i),
                Some((h, k, _)) if *h == hash && *k == key => return Ok(i),
                _ => i = (i + 1) & mask,
            }
        }
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        if self.len == 0 {
            return None;
        }
        let i = self.find(key, Self::hash(key)).ok()?;
        self.slots[i].as_ref().map(|(_, _, v)| v)
    }

    /// Makes room for one more key, then finds `key`: its slot (`Ok`) or its empty slot (`Err`).
    fn find_for_insert(&mut self, key: &str, hash: u64) -> Result<usize, usize> {
        if (self.len + 1) * 2 > self.slots.len() {
            let size = (self.slots.len() * 2).max(16);
            let old = std::mem::replace(&mut self.slots, (0..size).map(|_| None).collect());
            for (h, k, v) in old.into_iter().flatten() {
                if let Err(i) = self.find(k, h) {
                    self.slots[i] = Some((h, k, v));
                }
            }
        }
        self.find(key, hash)
    }

    /// The value of `key`, inserting `value` first when `key` is absent.
    fn get_or_insert(&mut self, key: &'a str, value: V) -> &mut V {
        let hash = Self::hash(key);
        let i = self.find_for_insert(key, hash).unwrap_or_else(|i| i);
        let slot = &mut self.slots[i];
        if slot.is_none() {
            self.len += 1;
        }
        &mut slot.get_or_insert((hash, key, value)).2
    }

    /// Sets the value of `key` (replacing any value it had).
    pub fn insert(&mut self, key: &'a str, value: V) {
        let hash = Self::hash(key);
        let i = self.find_for_insert(key, hash).unwrap_or_else(|i| i);
        match &mut self.slots[i] {
            Some((_, _, v)) => *v = value,
            slot => {
                *slot = Some((hash, key, value));
                self.len += 1;
            }
        }
    }

    pub fn entry(&mut self, key: &'a str) -> WordRefEntry<'_, 'a, V> {
        WordRefEntry { map: self, key }
    }
}

/// A place in a [`WordRefMap`], as `HashMap::entry` gives.
pub struct WordRefEntry<'m, 'a, V> {
    map: &'m mut WordRefMap<'a, V>,
    key: &'a str,
}

impl<'m, 'a, V> WordRefEntry<'m, 'a, V> {
    pub fn or_insert(self, value: V) -> &'m mut V {
        self.map.get_or_insert(self.key, value)
    }
}

/// A set of borrowed words (see [`WordRefMap`]).
#[derive(Default)]
pub struct WordRefSet<'a>(WordRefMap<'a, ()>);

impl<'a> WordRefSet<'a> {
    /// An empty set with room for `n` words before it grows.
    pub fn with_capacity(n: usize) -> Self {
        WordRefSet(WordRefMap::with_capacity(n))
    }
    pub fn insert(&mut self, word: &'a str) {
        self.0.get_or_insert(word, ());
    }
    pub fn contains(&self, word: &str) -> bool {
        self.0.get(word).is_some()
    }
}

mod source;

/// The packed form of a word of at most [`WordTable::SHORT`] bytes: its bytes, zero-padded, as two
/// little-endian numbers. Together with the length this is exact (the bytes can be read back).
#[inline(always)]
fn pack(b: &[u8]) -> (u64, u64) {
    #[inline(always)]
    fn load8(b: &[u8], i: usize) -> u64 {
        u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or_default())
    }
    #[inline(always)]
    fn load4(b: &[u8], i: usize) -> u64 {
        u32::from_le_bytes(b[i..i + 4].try_into().unwrap_or_default()) as u64
    }
    let n = b.len();
    // overlapping loads: a byte read twice lands at the same place both times
    if n >= 8 {
        let hi = if n > 8 { load8(b, n - 8) >> (8 * (16 - n)) } else { 0 };
        (load8(b, 0), hi)
    } else if n >= 4 {
        (load4(b, 0) | load4(b, n - 4) << (8 * (n - 4)), 0)
    } else if n > 0 {
        (b[0] as u64 | (b[n / 2] as u64) << (8 * (n / 2)) | (b[n - 1] as u64) << (8 * (n - 1)), 0)
    } else {
        (0, 0)
    }
}

/// One slot of a [`WordTable`]: a packed word (`lo == 0`: an empty slot) and its value, all 64 bits
/// free for classes. The word's length is not stored: a packed word is its bytes zero-padded, and
/// no word holds a zero byte, so [`packed_len`] reads it back.
#[derive(Clone, Copy, Default)]
struct Slot {
    lo: u64,
    hi: u64,
    value: u64,
}

/// The length in bytes of a word packed by [`pack`]: the bytes up to the zero padding.
#[inline]
fn packed_len(lo: u64, hi: u64) -> usize {
    if hi != 0 {
        16 - (hi.leading_zeros() / 8) as usize
    } else {
        8 - (lo.leading_zeros() / 8) as usize
    }
}

/// A map from words (and space-joined phrases) to class bits, built for the hot path: a word of up
/// to 16 bytes (nearly every token) is looked up by its packed bytes in an open-addressed table,
/// with two integer compares and no string comparison or pointer to follow; longer keys go to a
/// hash map. A byte per slot (7 bits of the hash, high bit set; 0 when empty) is probed first: most
/// tokens are in no list, and their probe then stays in that small array, which stays in cache.
/// The tags are read eight at a time (see [`WordTable::get_bytes`]).
#[derive(Clone, Default)]
struct WordTable {
    /// One tag per slot, then the first [`GROUP`] tags again, so that the eight tags from any slot
    /// on read as one number without wrapping around.
    tags: Vec<u8>,
    slots: Vec<Slot>,
    /// `slots.len() - 1` (a power of two minus one).
    mask: usize,
    short_len: usize,
    /// Keys longer than [`WordTable::SHORT`] bytes (a few dozen phrases per language), sorted.
    long: Vec<(Box<str>, u64)>,
    /// Natively ([`crate::text::WIDE_SHORTCUTS`]), [`WordTable::long`] indexed by hash: each slot
    /// holds a key's position plus one (0: empty), probed linearly. The stages look up phrases at
    /// every length as they grow them (`according to the`, `a déclaré à la presse`), and a binary
    /// search costs a string comparison per step where this costs one.
    long_slots: Vec<u32>,
    /// The length in bytes of the longest key: a longer word or phrase is absent without a search
    /// (phrases being built word by word are looked up at every length).
    max_len: usize,
}

/// How many tags [`WordTable::get_bytes`] reads at once.
const GROUP: usize = 8;


impl WordTable {
    const SHORT: usize = 16;

    /// The first slot to probe and the tag of a packed word.
    #[inline]
    fn slot_of(&self, lo: u64, hi: u64, n: usize) -> (usize, u8) {
        let h = (lo ^ hi.rotate_left(29) ^ n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        ((h >> 32) as usize & self.mask, (h >> 57) as u8 | 0x80)
    }

    /// The value of `word` (0 when absent).
    #[inline]
    fn get(&self, word: &str) -> u64 {
        self.get_bytes(word.as_bytes())
    }

    /// The value of the word whose UTF-8 bytes are `b` (0 when absent).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline)]
    fn get_bytes(&self, b: &[u8]) -> u64 {
        if b.len() > Self::SHORT {
            if b.len() > self.max_len {
                return 0;
            }
            if crate::text::WIDE_SHORTCUTS {
                return self.get_long_hashed(b);
            }
            return self.long.binary_search_by(|(k, _)| k.as_bytes().cmp(b)).map_or(0, |i| self.long[i].1);
        }
        let (lo, hi) = pack(b);
        self.get_packed(lo, hi, b.len())
    }

    /// The value of the word of `n` bytes (at most [`WordTable::SHORT`]) packed as `lo` and `hi`
    /// (see [`pack`]; 0 when absent).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline)]
    fn get_packed(&self, lo: u64, hi: u64, n: usize) -> u64 {
        if self.slots.is_empty() {
            return 0;
        }
        let (mut i, tag) = self.slot_of(lo, hi, n);
        // Linear probing, eight slots at a time: the key, if present, is in a slot holding its tag
        // before the first empty slot. Testing eight tags with a few integer operations rather
        // than one by one spares a branch per slot, which the predictor loses about as often as
        // not (whether the next slot is empty is a coin toss); a group with no empty slot is rare.
        loop {
            const ONES: u64 = 0x0101_0101_0101_0101;
            const HIGHS: u64 = 0x8080_8080_8080_8080;
            let group = u64::from_le_bytes(self.tags[i..i + GROUP].try_into().unwrap_or_default());
            // (a tag has its high bit set, an empty slot's is 0)
            let empty = !group & HIGHS;
            // the tag bytes before the first empty one (all eight when none is empty)
            let before_empty = (empty & empty.wrapping_neg()).wrapping_sub(1);
            // the bytes equal to `tag`: the lowest flagged one exactly, those above it possibly
            // falsely (a borrow), which the key comparison rejects
            let x = group ^ (tag as u64).wrapping_mul(ONES);
            let mut matches = x.wrapping_sub(ONES) & !x & HIGHS & before_empty;
            while matches != 0 {
                let s = self.slots[(i + (matches.trailing_zeros() / 8) as usize) & self.mask];
                // (equal packed bytes and length: a looked-up word with a zero byte in it does not
                // match the word without it)
                if s.lo == lo && s.hi == hi && packed_len(lo, hi) == n {
                    return s.value;
                }
                matches &= matches.wrapping_sub(1);
            }
            if empty != 0 {
                return 0;
            }
            i = (i + GROUP) & self.mask;
        }
    }

    fn contains(&self, word: &str) -> bool {
        self.get(word) != 0
    }

    /// The first slot of [`WordTable::long_slots`] to probe for a long key.
    fn long_slot_of(&self, b: &[u8]) -> usize {
        let mut h = WordHasher::default();
        h.write(b);
        (h.finish() >> 32) as usize & (self.long_slots.len() - 1)
    }

    /// The value of a key longer than [`WordTable::SHORT`] bytes, found by [`WordTable::long_slots`].
    fn get_long_hashed(&self, b: &[u8]) -> u64 {
        if self.long_slots.is_empty() {
            return 0;
        }
        let mut i = self.long_slot_of(b);
        loop {
            match self.long_slots[i] {
                0 => return 0,
                k => {
                    let (key, value) = &self.long[k as usize - 1];
                    if key.as_bytes() == b {
                        return *value;
                    }
                }
            }
            i = (i + 1) & (self.long_slots.len() - 1);
        }
    }

    /// Indexes [`WordTable::long`] again (after an insertion moved its keys): a few dozen keys, at
    /// start-up only.
    fn index_long(&mut self) {
        self.long_slots = vec![0; (self.long.len() * 2).next_power_of_two()];
        for k in 0..self.long.len() {
            let mut i = self.long_slot_of(self.long[k].0.as_bytes());
            while self.long_slots[i] != 0 {
                i = (i + 1) & (self.long_slots.len() - 1);
            }
            self.long_slots[i] = k as u32 + 1;
        }
    }

    /// Adds `bits` to the value of `word` (inserting it when absent).
    fn add(&mut self, word: &str, bits: u64) {
        let b = word.as_bytes();
        debug_assert!(!b.contains(&0), "listed words have no zero byte");
        self.max_len = self.max_len.max(b.len());
        if b.len() > Self::SHORT || b.is_empty() {
            match self.long.binary_search_by(|(k, _)| k.as_ref().cmp(word)) {
                Ok(i) => self.long[i].1 |= bits,
                Err(i) => {
                    self.long.insert(i, (word.into(), bits));
                    if crate::text::WIDE_SHORTCUTS {
                        self.index_long();
                    }
                }
            }
            return;
        }
        if (self.short_len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let (lo, hi) = pack(b);
        let (mut i, tag) = self.slot_of(lo, hi, b.len());
        loop {
            if self.tags[i] == 0 {
                self.set_tag(i, tag);
                self.slots[i] = Slot { lo, hi, value: bits };
                self.short_len += 1;
                return;
            }
            let s = &mut self.slots[i];
            if s.lo == lo && s.hi == hi {
                s.value |= bits;
                return;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Sets slot `i`'s tag, and its copy after the end for the first [`GROUP`] slots.
    fn set_tag(&mut self, i: usize, tag: u8) {
        self.tags[i] = tag;
        if i < GROUP {
            self.tags[self.slots.len() + i] = tag;
        }
    }

    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        let size = (old.len() * 2).max(64);
        self.slots = vec![Slot::default(); size];
        self.tags = vec![0; size + GROUP];
        self.mask = size - 1;
        for s in old.into_iter().filter(|s| s.lo != 0) {
            let (mut i, tag) = self.slot_of(s.lo, s.hi, packed_len(s.lo, s.hi));
            while self.tags[i] != 0 {
                i = (i + 1) & self.mask;
            }
            self.set_tag(i, tag);
            self.slots[i] = s;
        }
    }

    /// Every word with its value, in no particular order.
    #[cfg(test)]
    fn iter(&self) -> impl Iterator<Item = (String, u64)> + '_ {
        let short = self.slots.iter().filter(|s| s.lo != 0).map(|s| {
            let mut bytes = s.lo.to_le_bytes().to_vec();
            bytes.extend_from_slice(&s.hi.to_le_bytes());
            bytes.truncate(packed_len(s.lo, s.hi));
            (String::from_utf8(bytes).expect("packed words are UTF-8"), s.value)
        });
        short.chain(self.long.iter().map(|(w, v)| (w.to_string(), *v)))
    }
}

pub use source::class;

/// One language's word lists, parsed.
pub struct Language {
    /// ISO 639-1 code.
    pub code: &'static str,
    classes: WordTable,
    /// How many words the longest multi-word entry has.
    max_phrase: usize,
    /// Every noun is capitalised (German): a capitalised word is a name only with more evidence.
    /// Set by a line `option capitalised_nouns` in `words.txt`.
    pub capitalised_nouns: bool,
    /// An attributor's source can be any noun phrase (`according to the study`), not only a name or
    /// a role: set by a line `option phrase_sources` in `words.txt`.
    pub phrase_sources: bool,
    /// Whether attitude verbs (`believes`, `ritiene`) introduce reported speech on their own: true
    /// unless `words.txt` says `option attitude_not_speech` (the English convention, which counts
    /// what was said or written, not what is believed or hoped).
    pub attitude_is_speech: bool,
    /// An infinitival complement reports speech only after the verb's addressee (`urged people to
    /// send a message`), not right after the verb (`promised to cut taxes` reports an intention):
    /// set by a line `option infinitive_after_addressee` in `words.txt`.
    pub infinitive_after_addressee: bool,
    /// A finite verb always has its subject written (no dropped subjects): a noun right before a
    /// speech verb that no mention covers is its subject, not a sign of an earlier speaker. Set by
    /// a line `option explicit_subjects` in `words.txt`.
    pub explicit_subjects: bool,
    /// Pronoun suffixes of inverted verbs (`-t-il`, `-elle`).
    inversion_suffixes: Vec<String>,
    /// Where nouns are capitalised and compounded (German): single-word roles of five letters or
    /// more, which also end compounds (`Porschesprecher`, `Generalanwalt`).
    compound_roles: WordTable,
    /// The shortest and longest of [`Language::compound_roles`], in bytes: the only suffix lengths
    /// worth looking up.
    compound_role_bytes: (usize, usize),
    /// The compound roles' last two bytes, as bits of a 256-bit set (see [`role_end_bit`]): natively,
    /// a word whose ending no role has is not a compound role, without a look-up per suffix.
    compound_role_ends: [u64; 4],
}

/// The bit of [`Language::compound_role_ends`] for a word's last two bytes (`b` has at least two).
#[inline]
fn role_end_bit(b: &[u8]) -> (usize, u64) {
    let n = b.len();
    let h = (b[n - 1] as usize).wrapping_mul(31) ^ b[n - 2] as usize;
    ((h >> 6) & 3, 1 << (h & 63))
}

struct Source {
    code: &'static str,
    /// The compiled, front-coded word table written by the build script (see `source.rs`).
    table: &'static [u8],
}

macro_rules! language {
    ($code:literal) => {
        Source { code: $code, table: include_bytes!(concat!(env!("OUT_DIR"), "/lang_", $code, ".bin")) }
    };
}

/// The languages quotelens knows, in the order detection prefers on a tie.
const LANGUAGES: &[Source] = &[language!("it"), language!("en"), language!("fr"), language!("es"), language!("de"), language!("pt")];

impl Language {
    fn parse(src: &Source) -> Language {
        let mut lang = Language { code: src.code, classes: WordTable::default(), max_phrase: 1, capitalised_nouns: false, phrase_sources: false, attitude_is_speech: true, infinitive_after_addressee: false, explicit_subjects: false, inversion_suffixes: Vec::new(), compound_roles: WordTable::default(), compound_role_bytes: (usize::MAX, 0), compound_role_ends: [0; 4] };
        let options = source::options(src.table);
        lang.capitalised_nouns = options.contains(&"capitalised_nouns");
        lang.phrase_sources = options.contains(&"phrase_sources");
        lang.attitude_is_speech = !options.contains(&"attitude_not_speech");
        lang.infinitive_after_addressee = options.contains(&"infinitive_after_addressee");
        lang.explicit_subjects = options.contains(&"explicit_subjects");
        source::decode(src.table, |word, bits| {
            if bits & class::INVERSION_SUFFIX != 0 {
                lang.inversion_suffixes.push(word.to_string());
                return;
            }
            if lang.capitalised_nouns && bits & class::ROLE != 0 && !word.contains(' ') && word.chars().count() >= 5 {
                let (lo, hi) = lang.compound_role_bytes;
                lang.compound_role_bytes = (lo.min(word.len()), hi.max(word.len()));
                lang.compound_roles.add(word, 1);
                let (i, bit) = role_end_bit(word.as_bytes());
                lang.compound_role_ends[i] |= bit;
            }
            lang.add(word, bits);
        });
        lang
    }

    /// Adds a normalised entry (lowercase, single spaces) with its classes.
    fn add(&mut self, key: &str, bits: u64) {
        let spaces: usize = key.bytes().filter(|&b| b == b' ').count();
        self.max_phrase = self.max_phrase.max(spaces + 1);
        if spaces > 0 {
            // every proper prefix of whole words, the key up to each space, is marked
            // PHRASE_START: one look-up tells a growing phrase's classes and whether to go on
            for (i, _) in key.match_indices(' ') {
                self.classes.add(&key[..i], class::PHRASE_START);
            }
        }
        self.classes.add(key, bits);
    }

    /// Whether some multi-word entry starts with the lowercased words `prefix` (space-joined).
    pub fn is_phrase_prefix(&self, prefix: &str) -> bool {
        self.classes(prefix) & class::PHRASE_START != 0
    }

    /// The classes of a lowercased word or space-joined phrase (0 when unknown). (Natively always
    /// inlined, with the look-up: [`crate::text::Document::assign_classes`] calls it at every word.)
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn classes(&self, lower: &str) -> u64 {
        self.classes.get(lower)
    }

    /// The classes of a lowercased word of `n` bytes, 1 to 16, given packed: its bytes, zero-padded,
    /// as two little-endian numbers (see [`crate::text::packed_prefix`]). The tokeniser packs
    /// ASCII words without branching on their length, which the predictor would often lose.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(crate) fn classes_packed(&self, (lo, hi): (u64, u64), n: usize) -> u64 {
        debug_assert!((1..=WordTable::SHORT).contains(&n));
        self.classes.get_packed(lo, hi, n)
    }

    /// The classes of the lowercased `words` joined by single spaces, as `classes(&words.join(" "))`
    /// but without building a string: the stages look up two- and three-word phrases (`prime
    /// minister`, `voltou a`) at many tokens, and the phrase is joined in a buffer on the stack.
    pub fn phrase_classes(&self, words: &[&str]) -> u64 {
        let mut buf = [0u8; 64];
        let mut len = 0;
        for (i, w) in words.iter().enumerate() {
            let space = (i > 0) as usize;
            let end = len + space + w.len();
            if end > self.classes.max_len {
                return 0;
            }
            if end > buf.len() {
                return self.classes(&words.join(" "));
            }
            if space == 1 {
                buf[len] = b' ';
            }
            buf[len + space..end].copy_from_slice(w.as_bytes());
            len = end;
        }
        self.classes.get_bytes(&buf[..len])
    }

    /// The classes of a lowercased token: as listed, or for an inverted verb (`déclare-t-il`) those
    /// of the verb without its pronoun suffix.
    pub fn classes_of_token(&self, lower: &str) -> u64 {
        let c = self.classes(lower);
        if c != 0 {
            return c;
        }
        self.inverted_verb_classes(lower)
    }

    /// For a token the lists do not know, the classes of the verb before its pronoun suffix
    /// (`déclare-t-il` → `déclare`); 0 when no suffix fits.
    pub fn inverted_verb_classes(&self, lower: &str) -> u64 {
        // most languages have no suffixes, and most words no hyphen (a plain loop: the words are
        // too short for `memchr` to pay)
        if self.inversion_suffixes.is_empty() || !lower.bytes().any(|b| b == b'-') {
            return 0;
        }
        // the longest suffix that fits: `-t-il` before `-il`
        let fitting = self.inversion_suffixes.iter().filter(|s| lower.len() > s.len() && lower.ends_with(s.as_str())).max_by_key(|s| s.len());
        fitting.map_or(0, |s| self.classes(&lower[..lower.len() - s.len()]))
    }

    /// Whether a lowercased compound noun ends in a role (`porschesprecher`, `wwf-sprecher`).
    pub fn is_compound_role(&self, lower: &str) -> bool {
        // a role `r` fits when `lower` ends with it and keeps more than two bytes before it: look
        // up the suffixes starting at byte 3 or later whose length some role has
        // (every suffix of `lower` ends as it does: natively, an ending no role has rules them all
        // out; roles have five letters or more, and a word shorter than two bytes has no room for one)
        if crate::text::WIDE_SHORTCUTS {
            if lower.len() < 2 {
                return false;
            }
            let (i, bit) = role_end_bit(lower.as_bytes());
            if self.compound_role_ends[i] & bit == 0 {
                return false;
            }
        }
        let (shortest, longest) = self.compound_role_bytes;
        let first = lower.len().saturating_sub(longest).max(3);
        let last = lower.len().saturating_sub(shortest);
        (first..=last).any(|i| lower.is_char_boundary(i) && self.compound_roles.contains(&lower[i..]))
    }

    /// Whether a lowercased word or phrase has any of the classes in `mask`.
    pub fn is(&self, lower: &str, mask: u64) -> bool {
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
        let lower = crate::text::lowercase(word);
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
            let verbs = l.classes.iter().filter(|(_, b)| b & (class::FINITE | class::PARTICIPLE) != 0).count();
            assert!(verbs > 20, "{code}: only {verbs} speech verb forms");
        }
    }

    /// The stages read PHRASE_START to know whether a phrase may grow: it marks exactly the proper
    /// prefixes (of whole words) of the multi-word entries.
    #[test]
    fn phrase_starts_are_exactly_the_prefixes_of_longer_entries() {
        for code in Language::codes() {
            let l = Language::get(code).unwrap();
            let entries: Vec<(String, u64)> = l.classes.iter().collect();
            let mut prefixes = std::collections::BTreeSet::new();
            for (key, _) in entries.iter().filter(|(k, _)| k.contains(' ')) {
                for (i, _) in key.match_indices(' ') {
                    prefixes.insert(key[..i].to_string());
                }
            }
            for (key, bits) in &entries {
                assert_eq!(bits & class::PHRASE_START != 0, prefixes.contains(key), "{code}: {key}");
            }
            assert!(prefixes.iter().all(|p| l.is_phrase_prefix(p)), "{code}");
        }
    }

    #[test]
    fn word_ref_map_behaves_like_a_hash_map() {
        let words: Vec<String> = (0..500).map(|i| format!("w{}", i % 300)).collect();
        // (grown from empty, or sized in advance: too small, exactly, or larger)
        for capacity in [None, Some(0), Some(7), Some(300), Some(500), Some(2000)] {
            let mut ours: WordRefMap<usize> = capacity.map_or_else(WordRefMap::default, WordRefMap::with_capacity);
            let mut std_map: HashMap<&str, usize> = HashMap::new();
            for (i, w) in words.iter().enumerate() {
                if i % 3 == 0 {
                    ours.insert(w, i);
                    std_map.insert(w, i);
                } else {
                    *ours.entry(w).or_insert(i) += 1;
                    *std_map.entry(w).or_insert(i) += 1;
                }
            }
            for i in 0..400 {
                let w = format!("w{i}");
                assert_eq!(ours.get(&w), std_map.get(w.as_str()), "{w} {capacity:?}");
            }
        }
        for mut set in [WordRefSet::default(), WordRefSet::with_capacity(1), WordRefSet::with_capacity(40)] {
            set.insert("a");
            assert!(set.contains("a") && !set.contains("b"));
        }
    }

    /// Thousands of keys (so the table grows, wraps around and fills whole groups of tags) answer as
    /// a std map does, present or absent.
    #[test]
    fn word_table_agrees_with_a_hash_map() {
        let word = |i: u64| {
            let x = i.wrapping_mul(0x9e37_79b9_7f4a_7c15);
            let len = 1 + (x >> 60) as usize;
            (0..len).map(|k| (b'a' + ((x >> (5 * k)) % 26) as u8) as char).collect::<String>() + &i.to_string()
        };
        let mut t = WordTable::default();
        let mut reference: HashMap<String, u64> = HashMap::new();
        for i in 0..5000u64 {
            // (every one of the 64 bits: a slot's value holds nothing else)
            let bits = 1 << (i % 64);
            t.add(&word(i), bits);
            *reference.entry(word(i)).or_insert(0) |= bits;
            if i % 500 == 0 {
                for j in 0..i + 600 {
                    assert_eq!(t.get(&word(j)), reference.get(&word(j)).copied().unwrap_or(0), "{}", word(j));
                }
            }
        }
    }

    /// Every ASCII entry of up to 16 bytes, as written and capitalised in a text (lowercased as the
    /// document does), packed by the tokeniser's branchless packing, has its classes.
    #[test]
    fn packed_ascii_words_have_their_classes() {
        for code in Language::codes() {
            let l = Language::get(code).unwrap();
            for (word, bits) in l.classes.iter().filter(|(w, _)| w.is_ascii() && (1..=16).contains(&w.len())) {
                let capitalised = word[..1].to_ascii_uppercase() + &word[1..];
                for form in [word.clone(), capitalised, word.to_ascii_uppercase()] {
                    let text = format!("{form}. and some more text after it").to_ascii_lowercase();
                    let packed = crate::text::packed_prefix(&text.as_bytes()[..16], form.len());
                    assert_eq!(l.classes_packed(packed, form.len()), bits, "{code}: {form}");
                    assert_eq!(packed, pack(word.as_bytes()), "{code}: {form}");
                }
            }
        }
    }

    #[test]
    fn word_table_keys_are_exact() {
        let words: Vec<String> = (1..=20).map(|n| "abcdéfghijklmnopqrstu".chars().take(n).collect()).collect();
        let mut t = WordTable::default();
        for (i, w) in words.iter().enumerate() {
            t.add(w, 1 << i);
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w), 1 << i, "{w}");
            // the same bytes with a NUL after them, or one byte fewer or changed, are other keys
            assert_eq!(t.get(&format!("{w}\0")), 0, "{w}");
            assert_eq!(t.get(&format!("{w}x")), 0, "{w}");
        }
        assert_eq!(t.get(""), 0);
        t.add("abc", 1 << 30 | 1 << 63);
        assert_eq!(t.get("abc"), 1 << 2 | 1 << 30 | 1 << 63);
        for w in ["a", "abcdefgh", "abcdefghi", "abcdefghijklmnop"] {
            assert_eq!(packed_len(pack(w.as_bytes()).0, pack(w.as_bytes()).1), w.len(), "{w}");
        }
        let mut all: Vec<(String, u64)> = t.iter().collect();
        all.sort();
        assert_eq!(all.len(), words.len());
    }

    #[test]
    fn compound_roles_match_by_suffix() {
        let de = Language::get("de").unwrap();
        let text = "Der Porschesprecher und die WWF-Sprecherin sagten dem Generalanwalt, die Bundesinnenministerin habe mit Ärztesprechern, Vereinschefs und BDI-Präsidenten gesprochen: a ab abc Chef Ministerpräsidentin Kanzleramtschef";
        let words: Vec<String> = text.split([' ', ',', ':']).filter(|w| !w.is_empty()).map(crate::text::lowercase).collect();
        let listed = ["porschesprecher", "wwf-sprecher", "generalanwalt", "sprecher", "abcsprecher", "absprecher", "übersprecherin", "ärztesprecher", "", "r", "er"];
        for w in words.iter().map(String::as_str).chain(listed) {
            let linear = de.compound_roles.iter().any(|(r, _)| w.len() > r.len() + 2 && w.ends_with(r.as_str()));
            assert_eq!(de.is_compound_role(w), linear, "{w}");
        }
        assert!(de.is_compound_role("porschesprecher"));
        assert!(!Language::get("en").unwrap().is_compound_role("spokesperson"));
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
