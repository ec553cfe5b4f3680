//! Golden files for whole articles: the readable `analyze` output of each article in `seeds/` and
//! `tests/golden/*.txt` must equal its `.expected` file in `tests/golden/`. After a deliberate change,
//! `QUOTELENS_BLESS=1 cargo test --release --test golden` rewrites them; review the diff.

use std::path::{Path, PathBuf};

fn render(text: &str, lang: &str) -> String {
    let a = quotelens::analyze(text, &quotelens::Options { lang: Some(lang.to_string()), ..Default::default() });
    let mut out = format!("language: {}\n", a.lang);
    for s in &a.speakers {
        out += &format!("speaker {} [{:?}] roles={:?} quotes={}\n", s.name, s.kind, s.roles, s.quotes);
    }
    for q in &a.quotes {
        let who = q.speaker.map_or("-".to_string(), |s| a.speakers[s].name.clone());
        let cue = q.cue.map_or(String::new(), |c| text[c.start..c.end].to_string());
        out += &format!("{} | {} | {} | {} | {}\n", q.kind.as_str(), who, q.rule.as_str(), cue, text[q.span.start..q.span.end].replace('\n', " ⏎ "));
    }
    out
}

fn check(article: &Path, lang: &str, expected: &Path) -> Option<String> {
    let text = std::fs::read_to_string(article).unwrap();
    let got = render(&text, lang);
    if std::env::var_os("QUOTELENS_BLESS").is_some() {
        std::fs::write(expected, &got).unwrap();
        return None;
    }
    let want = std::fs::read_to_string(expected).unwrap_or_default();
    (got != want).then(|| format!("{} differs from {}:\n--- expected\n{want}\n--- got\n{got}", article.display(), expected.display()))
}

#[test]
fn whole_articles_match_their_golden_files() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let golden = root.join("tests/golden");
    let cases = [
        (root.join("seeds/000_51be7fdfb486c944.txt"), "it", golden.join("seed_it.expected")),
        (golden.join("en_council.txt"), "en", golden.join("en_council.expected")),
    ];
    let failures: Vec<String> = cases.iter().filter_map(|(a, l, e)| check(a, l, e)).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
