//! Fuzzes `quotelens::analyze`: the first byte picks the language and the indirect-speech switch, the
//! rest is the text (lossy UTF-8). Panics on any malformed result, with the same invariants as
//! `tests/robustness.rs`. Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run analyze -- -max_len=4096`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotelens::{analyze, Options};

const LANGS: [&str; 7] = ["it", "en", "fr", "es", "de", "pt", "auto"];

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

use invariants::check;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let lang = LANGS[(first & 0x7f) as usize % LANGS.len()];
    let indirect = first & 0x80 == 0;
    let text = String::from_utf8_lossy(rest);
    let analysis = analyze(&text, &Options { lang: Some(lang.to_string()), indirect });
    check(&text, &analysis);
});
