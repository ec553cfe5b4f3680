//! The accuracy ratchet: runs the engine on the seed and on every `*.dev.jsonl` file in
//! `../shared/eval` (picked up by name, so new languages join by themselves) and fails when a figure
//! drops below the floor recorded in `tests/floors.tsv`. Raise the floors as the engine improves:
//! `QUOTELENS_WRITE_FLOORS=1 cargo test --release --test eval_ratchet` rewrites the file with the
//! current figures.
//!
//! It also checks that `quotelens eval` agrees with the reference scorer `score.py` to three
//! decimals on every file (when python3 is available).

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// (name, path, kinds) for every gold file: the seed, then the eval files by name.
fn gold_files() -> Vec<(String, PathBuf, &'static str)> {
    let mut out = vec![("seed".to_string(), root().join("seeds/000_51be7fdfb486c944.gold.jsonl"), "")];
    let eval = root().join("../shared/eval");
    let Ok(entries) = std::fs::read_dir(&eval) else { return out };
    let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.to_string_lossy().ends_with(".dev.jsonl")).collect();
    files.sort();
    for p in files {
        let name = p.file_name().unwrap().to_string_lossy().trim_end_matches(".dev.jsonl").to_string();
        out.push((name.clone(), p.clone(), ""));
        out.push((name, p, "direct,mixed"));
    }
    out
}

fn read_jsonl(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path).unwrap().lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn figures(gold: &[Value], preds: &[Value], kinds: &str) -> BTreeMap<String, f64> {
    let kinds: HashSet<String> = kinds.split(',').filter(|s| !s.is_empty()).map(String::from).collect();
    let report = quotelens::cli::score(gold, preds, 0.3, &kinds, false);
    let all = &report["all"];
    let mut m = BTreeMap::new();
    m.insert("f1".to_string(), all.f1.unwrap_or(0.0));
    m.insert("speaker_accuracy".to_string(), all.speaker_accuracy.unwrap_or(0.0));
    m.insert("end_to_end_f1".to_string(), all.end_to_end_f1.unwrap_or(0.0));
    m
}

fn floors_path() -> PathBuf {
    root().join("tests/floors.tsv")
}

fn read_floors() -> BTreeMap<(String, String, String), f64> {
    let mut m = BTreeMap::new();
    let Ok(s) = std::fs::read_to_string(floors_path()) else { return m };
    for line in s.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() == 4 {
            m.insert((f[0].to_string(), f[1].to_string(), f[2].to_string()), f[3].parse().unwrap());
        }
    }
    m
}

#[test]
fn no_figure_drops_below_its_floor() {
    let floors = read_floors();
    let mut current = Vec::new();
    let mut failures = Vec::new();
    for (name, path, kinds) in gold_files() {
        let gold = read_jsonl(&path);
        let preds: Vec<Value> = gold.iter().map(|d| quotelens::cli::predict_doc(d, None).unwrap()).collect();
        let kinds_key = if kinds.is_empty() { "all" } else { kinds };
        for (metric, value) in figures(&gold, &preds, kinds) {
            println!("{name:<14} {kinds_key:<13} {metric:<17} {value:.3}");
            let key = (name.clone(), kinds_key.to_string(), metric.clone());
            if let Some(&floor) = floors.get(&key) {
                if value + 1e-9 < floor {
                    failures.push(format!("{name} {kinds_key} {metric}: {value:.4} < floor {floor:.4}"));
                }
            }
            current.push((key, value));
        }
    }
    if std::env::var_os("QUOTELENS_WRITE_FLOORS").is_some() {
        let mut s = String::from("# file\tkinds\tmetric\tfloor  (written by QUOTELENS_WRITE_FLOORS=1 cargo test --release --test eval_ratchet)\n");
        for ((n, k, m), v) in &current {
            s += &format!("{n}\t{k}\t{m}\t{:.3}\n", (v * 1000.0).floor() / 1000.0);
        }
        std::fs::write(floors_path(), s).unwrap();
    }
    assert!(failures.is_empty(), "figures below their floors:\n{}", failures.join("\n"));
    assert!(!floors.is_empty() || std::env::var_os("QUOTELENS_WRITE_FLOORS").is_some(), "tests/floors.tsv is missing");
}

#[test]
fn seed_article_meets_its_target() {
    let path = root().join("seeds/000_51be7fdfb486c944.gold.jsonl");
    let gold = read_jsonl(&path);
    let preds: Vec<Value> = gold.iter().map(|d| quotelens::cli::predict_doc(d, None).unwrap()).collect();
    let all = figures(&gold, &preds, "");
    assert!(all["f1"] >= 0.9, "seed F1 {}", all["f1"]);
    // every direct quote found, each with the right speaker
    let direct = quotelens::cli::score(&gold, &preds, 0.3, &["direct".to_string()].into_iter().collect(), false);
    assert_eq!(direct["kind=direct"].recall, 1.0, "a direct quote of the seed is missed");
    assert_eq!(direct["kind=direct"].speaker_accuracy, Some(1.0), "a direct quote of the seed has the wrong speaker");
}

#[test]
fn eval_agrees_with_score_py() {
    let score_py = root().join("../shared/eval/score.py");
    if !score_py.exists() || std::process::Command::new("python3").arg("--version").output().is_err() {
        eprintln!("skipped: no ../shared/eval/score.py or no python3");
        return;
    }
    let tmp = std::env::temp_dir().join(format!("quotelens-agree-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let mut checked = 0;
    for (name, path, kinds) in gold_files() {
        let gold = read_jsonl(&path);
        let preds: Vec<Value> = gold.iter().map(|d| quotelens::cli::predict_doc(d, None).unwrap()).collect();
        let pred_path = tmp.join(format!("{name}.pred.jsonl"));
        std::fs::write(&pred_path, preds.iter().map(|p| p.to_string() + "\n").collect::<String>()).unwrap();
        for (threshold, lenient) in [(0.3, false), (0.8, false), (0.3, true)] {
            let mut cmd = std::process::Command::new("python3");
            cmd.arg(&score_py).arg(&path).arg(&pred_path).arg("--json").arg("--threshold").arg(threshold.to_string());
            if !kinds.is_empty() {
                cmd.arg("--kinds").arg(kinds);
            }
            if lenient {
                cmd.arg("--lenient");
            }
            let out = cmd.output().unwrap();
            assert!(out.status.success(), "score.py failed: {}", String::from_utf8_lossy(&out.stderr));
            let theirs: Value = serde_json::from_slice(&out.stdout).unwrap();
            let kinds_set: HashSet<String> = kinds.split(',').filter(|s| !s.is_empty()).map(String::from).collect();
            let ours = quotelens::cli::score(&gold, &preds, threshold, &kinds_set, lenient);
            let theirs = theirs.as_object().unwrap();
            assert_eq!(theirs.len(), ours.len(), "{name}: groups differ");
            for (group, row) in &ours {
                let t = &theirs[group];
                let pairs = [
                    ("precision", row.precision),
                    ("recall", Some(row.recall)),
                    ("f1", row.f1),
                    ("exact_f1", row.exact_f1),
                    ("speaker_accuracy", row.speaker_accuracy),
                    ("end_to_end_f1", row.end_to_end_f1),
                    ("kind_accuracy", row.kind_accuracy),
                ];
                for (k, v) in pairs {
                    let tv = t[k].as_f64();
                    match (v, tv) {
                        (Some(a), Some(b)) => assert!((a - b).abs() < 0.0005, "{name} {group} {k} t={threshold} lenient={lenient}: ours {a} vs score.py {b}"),
                        (None, None) => {}
                        (a, b) => panic!("{name} {group} {k}: ours {a:?} vs score.py {b:?}"),
                    }
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 3);
}
