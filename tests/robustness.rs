//! Robustness of `quotelens::analyze` on arbitrary and hostile input: it never panics, and every
//! result it returns is well formed (spans inside the text on char boundaries, indices in range,
//! quotes in text order, confidences in [0, 1]).
//!
//! Timing is not measured here: throughput and linearity belong to `benches/throughput.rs`.
//! Run: `cargo test --release --test robustness`.

use proptest::prelude::*;
use quotelens::{analyze, Analysis, Options, MAX_TEXT_BYTES};

/// Every language code the options accept, plus detection.
const LANGS: [&str; 7] = ["it", "en", "fr", "es", "de", "pt", "auto"];

fn opts(lang: &str, indirect: bool) -> Options {
    Options { lang: Some(lang.to_string()), indirect }
}

mod invariants;

use invariants::check;

/// The documented relations between the parts of an [`Analysis`], beyond bare well-formedness.
fn check_consistency(a: &Analysis) {
    for w in a.quotes.windows(2) {
        let (x, y) = (w[0].span, w[1].span);
        assert!(x.start < y.start || (x.start == y.start && x.end >= y.end), "quotes not by start then longer first: {x:?} then {y:?}");
    }
    for (i, m) in a.mentions.iter().enumerate() {
        assert!(m.span.contains(m.head), "mention {i}: head {:?} outside span {:?}", m.head, m.span);
        assert!(a.speakers[m.speaker].mentions.contains(&i), "mention {i} not listed by its speaker {}", m.speaker);
    }
    for (i, s) in a.speakers.iter().enumerate() {
        for &m in &s.mentions {
            assert_eq!(a.mentions[m].speaker, i, "speaker {i} lists mention {m} of another speaker");
        }
        assert!(s.mentions.windows(2).all(|w| a.mentions[w[0]].span.start <= a.mentions[w[1]].span.start), "speaker {i}: mentions not in text order");
        let attributed = a.quotes.iter().filter(|q| q.speaker == Some(i)).count();
        assert_eq!(s.quotes, attributed, "speaker {i} ({:?}): quotes count", s.name);
    }
}

/// Analyses `text` in every language (and with indirect speech off once) and checks each result.
fn check_all_langs(text: &str) {
    for lang in LANGS {
        check(text, &analyze(text, &opts(lang, true)));
    }
    check(text, &analyze(text, &opts("it", false)));
    check(text, &analyze(text, &Options::default()));
}

// ---------------------------------------------------------------------------------------------
// Strategies

const PIECES: &[&str] = &[
    "“", "”", "«", "»", "„", "\"", "'", "‘", "’", "‹", "›", "—", "–", "-", ":", ",", ".", "\n", "\n\n", ";", "?", "!", "(", ")",
    "ha detto", "ha dichiarato", "ha spiegato", "ha aggiunto", "ha voluto precisare", "secondo", "Così", "Lo ha affermato", "lui", "lei",
    "said", "says", "told reporters", "according to", "added", "he", "she", "the minister", "a spokesman", "the White House",
    "a déclaré", "selon", "dijo", "según", "sagte", "laut", "disse", "segundo",
    "Mario Rossi", "Anna Rossi", "Salvini", "Vladimir Putin", "il Cremlino", "il segretario di Stato Marco Rubio", "Dr. Smith", "O'Brien",
    "che", "that", "que", "dass", "il", "la", "the", "di", "Il presidente", "The president",
    "😀", "🇮🇹", "👩‍👩‍👧", "é", "è", "à", "ü", "ñ", "ç", "Ünal", "Ørsted", "ß", "\u{301}", "\u{200B}", "\u{AD}", "ʼ", "\u{FEFF}",
    "’s", "Maréa’s", "Zoëʼs book",
    "3.5", "1,000", "U.S.", "e.g.", "\t", "\r\n", "…",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(PIECES).prop_map(str::to_string),
        2 => "[a-zA-Zàèéìòùäöü]{1,10}",
        1 => "\\PC{1,3}",
    ]
}

/// News-like text: quote marks, dashes, punctuation, speech verbs, names, emoji and accents, joined
/// with or without spaces so marks end up both attached to words and free-standing.
fn newsish() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), prop::sample::select(&["", " ", " ", " ", "\n"][..])), 0..120).prop_map(|parts| {
        let mut s = String::new();
        for (p, sep) in parts {
            s.push_str(&p);
            s.push_str(sep);
        }
        s
    })
}

fn lang() -> impl Strategy<Value = &'static str> {
    prop::sample::select(&LANGS[..])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_is_well_formed(text in "\\PC*", lang in lang(), indirect in any::<bool>()) {
        check(&text, &analyze(&text, &opts(lang, indirect)));
    }

    #[test]
    fn arbitrary_bytes_lossy_are_well_formed(bytes in prop::collection::vec(any::<u8>(), 0..512), lang in lang()) {
        let text = String::from_utf8_lossy(&bytes);
        check(&text, &analyze(&text, &opts(lang, true)));
    }

    #[test]
    fn newsish_text_is_well_formed(text in newsish(), lang in lang(), indirect in any::<bool>()) {
        check(&text, &analyze(&text, &opts(lang, indirect)));
    }

    #[test]
    fn newsish_text_is_consistent(text in newsish(), lang in lang()) {
        let a = analyze(&text, &opts(lang, true));
        check(&text, &a);
        check_consistency(&a);
    }

    #[test]
    fn unknown_or_odd_language_codes_fall_back(text in newsish(), code in prop_oneof![
        Just(String::new()), Just("xx".to_string()), Just("IT".to_string()), Just("en-GB".to_string()),
        Just("pt_BR".to_string()), Just(" fr ".to_string()), "\\PC{0,6}",
    ]) {
        check(&text, &analyze(&text, &Options { lang: Some(code), indirect: true }));
    }

    #[test]
    fn analysis_is_deterministic(text in newsish(), lang in lang()) {
        let o = opts(lang, true);
        prop_assert_eq!(analyze(&text, &o), analyze(&text, &o));
    }
}

#[test]
fn every_language_code_is_accepted() {
    // Each language's own marks, since which marks open a quote may depend on the language.
    let text = "«Siamo pronti», ha detto Mario Rossi. “We are ready,” said Anna Rossi. « Nous sommes prêts », a déclaré \
                Jean Dupont. „Wir sind bereit“, sagte Anna Müller. «Estamos listos», dijo Mario Pérez. “Estamos prontos”, disse Ana Costa.";
    for lang in LANGS {
        let a = analyze(text, &opts(lang, true));
        check(text, &a);
        // Only the languages built into `LANGUAGES` are honoured; any other code falls back to
        // detection (documented on `Options::lang`).
        if quotelens::lang::Language::codes().any(|c| c == lang) {
            assert_eq!(a.lang, lang);
        }
        assert!(!a.quotes.is_empty(), "{lang}: no quotes found");
    }
}

// ---------------------------------------------------------------------------------------------
// Fixed hostile inputs

#[test]
fn empty_string() {
    for lang in LANGS {
        let a = analyze("", &opts(lang, true));
        check("", &a);
        assert!(a.quotes.is_empty() && a.speakers.is_empty() && a.mentions.is_empty());
    }
    let a = analyze("", &Options::default());
    assert!(a.quotes.is_empty());
}

#[test]
fn whitespace_only() {
    for text in [" ", "\n", "\r\n\r\n", "\t \t", "   \n \n  ", "\u{A0}\u{2003}\u{3000}", "\u{2028}\u{2029}", &" \n".repeat(10_000)] {
        check_all_langs(text);
        assert!(analyze(text, &Options::default()).quotes.is_empty(), "{text:?}: quotes in whitespace");
    }
}

/// A possessive with a typographic apostrophe, after an accented letter, on a name that speaks: the
/// apostrophe takes three bytes in the text and one in the lowercase form.
#[test]
fn possessive_names_with_accents_and_typographic_apostrophes() {
    for text in ["Maréa’s book came out on Monday.\n\n“Hi,” said Maréa.", "Zoëʼs new film is out. “Yes,” Zoë said.", "Ünalé’s office said the trip is off."] {
        check_all_langs(text);
    }
}

#[test]
fn single_quote_mark() {
    for mark in ["“", "”", "«", "»", "„", "\"", "'", "‘", "’", "‹", "›", "—", "–", "-", "「", "」", "『", "‚", "‟"] {
        check_all_langs(mark);
        check_all_langs(&format!(" {mark} "));
        check_all_langs(&format!("{mark}\n"));
        check_all_langs(&format!("Rossi: {mark}"));
        check_all_langs(&format!("{mark}, ha detto Rossi."));
    }
}

#[test]
fn ten_thousand_unbalanced_opening_marks() {
    for mark in ["“", "«", "„", "\"", "‘", "‹", "'"] {
        let text = mark.repeat(10_000);
        check_all_langs(&text);
        let spaced = format!("{} ha detto Mario Rossi.", format!("{mark}a ").repeat(10_000));
        check(&spaced, &analyze(&spaced, &opts("it", true)));
        check(&spaced, &analyze(&spaced, &opts("auto", true)));
    }
    let dashes = "— ".repeat(10_000);
    check(&dashes, &analyze(&dashes, &opts("es", true)));
    let dialogue = "\n— Hola".repeat(10_000);
    check(&dialogue, &analyze(&dialogue, &opts("es", true)));
}

#[test]
fn binary_junk() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(256 * 64).collect();
    let text = String::from_utf8_lossy(&bytes);
    check_all_langs(&text);
    let shifted: Vec<u8> = bytes.iter().map(|b| b.wrapping_mul(31).wrapping_add(7)).collect();
    check_all_langs(&String::from_utf8_lossy(&shifted));
}

#[test]
fn nul_bytes() {
    for text in [
        "\0".to_string(),
        "\0".repeat(10_000),
        "“Siamo\0 pronti”,\0 ha detto\0 Mario\0Rossi.".to_string(),
        "\0“\0”\0«\0»\0".to_string(),
        "Mario Rossi ha detto: “\0”".to_string(),
    ] {
        check_all_langs(&text);
    }
}

const PARAGRAPH: &str = "ROMA – «Siamo pronti a collaborare con tutti», ha detto il ministro dell'Economia Mario Rossi \
ai giornalisti. Secondo il segretario di Stato americano Marco Rubio, l'accordo è «vicino». \
“We are ready,” said Anna Rossi, the minister. Lei ha aggiunto che il governo “non cederà” — e che \
“la situazione – ha spiegato – è difficile”. Il Cremlino: «Nessun commento». Così Rossi, che poi ha \
voluto precisare: «Non è una resa». According to a spokesman, the talks will resume on Monday.\n\n";

#[test]
fn ten_megabyte_article() {
    let text = PARAGRAPH.repeat(10 * 1024 * 1024 / PARAGRAPH.len() + 1);
    assert!(text.len() >= 10 * 1024 * 1024 && text.len() < MAX_TEXT_BYTES);
    let a = analyze(&text, &opts("it", true));
    check(&text, &a);
    let per_paragraph = analyze(PARAGRAPH, &opts("it", true)).quotes.len();
    assert!(per_paragraph > 0);
    assert!(a.quotes.len() >= text.len() / PARAGRAPH.len(), "only {} quotes in {} paragraphs", a.quotes.len(), text.len() / PARAGRAPH.len());
    assert!(a.quotes.iter().any(|q| q.speaker.is_some()), "no quote attributed");
}

#[test]
fn very_long_single_line_without_punctuation() {
    let words = ["Mario", "Rossi", "ha", "detto", "che", "il", "governo", "said", "that", "the", "minister", "è", "pronto", "Anna"];
    let mut line = String::with_capacity(1_100_000);
    let mut i = 0usize;
    while line.len() < 1_000_000 {
        line.push_str(words[i % words.len()]);
        line.push(' ');
        i = i.wrapping_mul(7).wrapping_add(3) % 1_000_003;
    }
    check(&line, &analyze(&line, &opts("it", true)));
    check(&line, &analyze(&line, &opts("en", true)));
    check(&line, &analyze(&line, &opts("auto", true)));
    let one_word = "a".repeat(1_000_000);
    check_all_langs(&one_word);
    let capitals = "Rossi ".repeat(200_000);
    check(&capitals, &analyze(&capitals, &opts("it", true)));
}

#[test]
fn deeply_nested_quotes() {
    for (open, close) in [("“", "”"), ("«", "»"), ("„", "“"), ("‘", "’"), ("‹", "›"), ("\"", "\"")] {
        for depth in [10usize, 100, 1_000] {
            let text = format!("Mario Rossi ha detto: {}parola{}, ha aggiunto Anna Rossi.", format!("{open}a ").repeat(depth), format!(" b{close}").repeat(depth));
            check_all_langs(&text);
        }
    }
    // Alternating kinds, the way nesting is written in print: « “ ‘ … ’ ” ».
    let opens = ["«", "“", "‘", "‹", "„"];
    let closes = ["»", "”", "’", "›", "“"];
    let mut text = String::from("Il ministro ha detto: ");
    for d in 0..500 {
        text.push_str(opens[d % opens.len()]);
        text.push_str("livello ");
    }
    for d in (0..500).rev() {
        text.push_str(" fine");
        text.push_str(closes[d % closes.len()]);
    }
    text.push_str(", ha detto Rossi.");
    check_all_langs(&text);
}

#[test]
fn text_over_max_bytes_is_truncated() {
    // A quote opened before the limit and closed after it, and a 4-byte emoji straddling the limit.
    let head = "«Siamo pronti», ha detto Mario Rossi. ";
    let filler = "x ".repeat((MAX_TEXT_BYTES - head.len() - 20) / 2);
    let mut text = String::with_capacity(MAX_TEXT_BYTES + 1024);
    text.push_str(head);
    text.push_str(&filler);
    text.push_str("«aperta ");
    while text.len() < MAX_TEXT_BYTES - 2 {
        text.push('y');
    }
    text.push('😀'); // bytes MAX-2 .. MAX+2
    text.push_str(" chiusa», ha detto Anna Rossi. ");
    text.push_str(&"«Dopo il limite», ha detto Paolo Bianchi. ".repeat(1_000));
    assert!(text.len() > MAX_TEXT_BYTES && !text.is_char_boundary(MAX_TEXT_BYTES));

    let cut = quotelens::text::truncate_at_char_boundary(&text, MAX_TEXT_BYTES);
    assert_eq!(cut.len(), MAX_TEXT_BYTES - 2);
    assert_eq!(quotelens::text::truncate_at_char_boundary(cut, MAX_TEXT_BYTES).len(), cut.len());

    let a = analyze(&text, &opts("it", true));
    check(&text, &a);
    for q in &a.quotes {
        assert!(q.span.end <= cut.len(), "quote {:?} past the truncation point {}", q.span, cut.len());
    }
    for m in &a.mentions {
        assert!(m.span.end <= cut.len(), "mention {:?} past the truncation point {}", m.span, cut.len());
    }
    assert!(a.speakers.iter().all(|s| s.name != "Paolo Bianchi"), "a speaker from past the limit");
    assert!(!a.quotes.is_empty(), "the quote before the limit was lost");

    // The plain repeated case, cheaply built.
    let plain = "«Sì», ha detto Rossi. ".repeat(MAX_TEXT_BYTES / 20 + 100);
    assert!(plain.len() > MAX_TEXT_BYTES);
    let a = analyze(&plain, &opts("auto", true));
    check(&plain, &a);
    assert!(a.quotes.iter().all(|q| q.span.end <= MAX_TEXT_BYTES));
}

#[test]
fn right_to_left_and_combining_characters() {
    let texts = [
        "قال الوزير: «نحن مستعدون»، حسب ما ذكرت الوكالة.",
        "אמר השר: „אנחנו מוכנים”, כך נמסר.",
        "\u{202E}«Siamo pronti», ha detto Mario Rossi.\u{202C} \u{2067}“ready,” said Anna\u{2069}",
        "«Sia\u{301}mo pro\u{308}nti», ha detto Ma\u{301}rio Ro\u{327}ssi.",
        "“Z\u{351}\u{36B}\u{343}\u{36A}\u{302}\u{36B}\u{33D}\u{34F}\u{334}\u{319}\u{324}\u{31E}\u{349}\u{35A}\u{32F}a\u{300}\u{301}\u{302}lgo,” said Anna Rossi.",
        "“\u{301}\u{301}\u{301}”\u{301}, ha detto\u{301} Rossi\u{301}.",
        "\u{301}",
        "«नमस्ते दुनिया», ha detto राम शर्मा. «你好», 他说.",
        "“Hi,” said 👩\u{200D}👩\u{200D}👧 Rossi🏳\u{FE0F}\u{200D}🌈.",
    ];
    for t in texts {
        check_all_langs(t);
    }
    let combining = format!("«{}», ha detto Rossi.", "e\u{301}\u{302}\u{303}".repeat(5_000));
    check_all_langs(&combining);
}

#[test]
fn crlf_line_endings() {
    let lf = "«Siamo pronti», ha detto Mario Rossi.\n\nIl ministro ha aggiunto:\n«Non è una resa».\n“We are ready,” said Anna Rossi.\n— No lo sé — dijo Pérez.\n";
    let crlf = lf.replace('\n', "\r\n");
    let cr = lf.replace('\n', "\r");
    for t in [lf, crlf.as_str(), cr.as_str()] {
        check_all_langs(t);
    }
    let a_lf = analyze(lf, &opts("it", true));
    let a_crlf = analyze(&crlf, &opts("it", true));
    assert_eq!(a_lf.quotes.len(), a_crlf.quotes.len(), "CRLF changes the quotes found");
    for q in &a_crlf.quotes {
        let s = &crlf[q.span.start..q.span.end];
        assert!(!s.ends_with('\r'), "quote span {:?} ends in a bare CR", s);
    }
}
