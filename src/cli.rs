//! The command-line face: `analyze`, `predict` and `eval`. JSONL in and out; offsets in the eval
//! format are Unicode code points, converted here from the core's byte offsets.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::io::{BufRead, Read, Write};

use serde_json::{json, Value};

use crate::analysis::Analysis;
use crate::text::{OffsetMap, Unit};
use crate::{analyze, Options};

const USAGE: &str = "quotelens — find the quotes in news text and who said them

usage:
  quotelens analyze [FILE] [--lang CODE] [--json]   quotes and speakers of one text (stdin without FILE)
  quotelens analyze [FILE] --debug                  the quote spans, speech cues and mention candidates
  quotelens predict DOCS.jsonl [--lang CODE]        one JSON line per {\"id\", \"text\", \"lang\"?} line
  quotelens eval GOLD.jsonl [--threshold 0.3] [--kinds direct,mixed] [--lenient] [--json]
                                                    predict and score like shared/eval/score.py
";

/// Runs the CLI with `args` (without the program name); returns the exit code.
pub fn main(args: Vec<String>) -> i32 {
    match run(args) {
        Ok(()) => 0,
        // `quotelens analyze … | head`: the reader went away; not an error worth a message
        Err(e) if e.contains("Broken pipe") => 0,
        Err(e) => {
            eprintln!("quotelens: {e}");
            2
        }
    }
}

struct Args {
    positional: Vec<String>,
    flags: HashMap<String, Option<String>>,
}

fn parse_args(args: Vec<String>) -> Result<Args, String> {
    let mut positional = Vec::new();
    let mut flags = HashMap::new();
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        if let Some(name) = a.strip_prefix("--") {
            let (name, value) = match name.split_once('=') {
                Some((n, v)) => (n.to_string(), Some(v.to_string())),
                None => {
                    let takes_value = matches!(name, "lang" | "threshold" | "kinds");
                    (name.to_string(), if takes_value { Some(it.next().ok_or(format!("--{name} needs a value"))?) } else { None })
                }
            };
            if !matches!(name.as_str(), "lang" | "threshold" | "kinds" | "lenient" | "json" | "debug" | "help") {
                return Err(format!("unknown option --{name}\n\n{USAGE}"));
            }
            flags.insert(name, value);
        } else {
            positional.push(a);
        }
    }
    Ok(Args { positional, flags })
}

fn run(args: Vec<String>) -> Result<(), String> {
    let Some((cmd, rest)) = args.split_first() else {
        print!("{USAGE}");
        return Ok(());
    };
    let a = parse_args(rest.to_vec())?;
    if a.flags.contains_key("help") || cmd == "--help" || cmd == "-h" || cmd == "help" {
        print!("{USAGE}");
        return Ok(());
    }
    let lang = a.flags.get("lang").cloned().flatten();
    match cmd.as_str() {
        "analyze" => cmd_analyze(a.positional.first().map(String::as_str), lang, a.flags.contains_key("json"), a.flags.contains_key("debug")),
        "predict" => {
            let path = a.positional.first().ok_or("predict needs a JSONL file")?;
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            for doc in read_jsonl(path)? {
                let pred = predict_doc(&doc, lang.as_deref())?;
                writeln!(out, "{}", serde_json::to_string(&pred).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
            }
            Ok(())
        }
        "eval" => {
            let path = a.positional.first().ok_or("eval needs a gold JSONL file")?;
            let threshold: f64 = match a.flags.get("threshold").cloned().flatten() {
                Some(t) => t.parse().map_err(|_| format!("--threshold: not a number: {t}"))?,
                None => 0.3,
            };
            let kinds: HashSet<String> = a.flags.get("kinds").cloned().flatten().unwrap_or_default().split(',').filter(|s| !s.is_empty()).map(String::from).collect();
            let gold = read_jsonl(path)?;
            let mut preds = Vec::with_capacity(gold.len());
            for doc in &gold {
                preds.push(predict_doc(doc, lang.as_deref())?);
            }
            let report = score(&gold, &preds, threshold, &kinds, a.flags.contains_key("lenient"));
            if a.flags.contains_key("json") {
                println!("{}", serde_json::to_string_pretty(&report_json(&report)).map_err(|e| e.to_string())?);
            } else {
                emit(&format_report(&report, threshold, &kinds, a.flags.contains_key("lenient")))?;
            }
            Ok(())
        }
        other => Err(format!("unknown command {other:?}\n\n{USAGE}")),
    }
}

fn read_jsonl(path: &str) -> Result<Vec<Value>, String> {
    let f = std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?;
    let mut docs = Vec::new();
    for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line.map_err(|e| format!("{path}: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(&line).map_err(|e| format!("{path}:{}: {e}", i + 1))?;
        if !v.get("text").is_some_and(Value::is_string) {
            return Err(format!("{path}:{}: a document needs a \"text\" string", i + 1));
        }
        docs.push(v);
    }
    Ok(docs)
}

/// The prediction for one `{"id", "text", "lang"?}` document, in the eval format.
pub fn predict_doc(doc: &Value, lang: Option<&str>) -> Result<Value, String> {
    let text = doc["text"].as_str().ok_or("a document needs a \"text\" string")?;
    let lang = lang.map(String::from).or_else(|| doc.get("lang").and_then(Value::as_str).map(String::from));
    let analysis = analyze(text, &Options { lang, ..Options::default() });
    Ok(json!({ "id": doc.get("id").cloned().unwrap_or(Value::Null), "lang": analysis.lang, "quotes": quotes_json(text, &analysis) }))
}

/// The quotes of an analysis in the eval format, offsets in code points.
pub fn quotes_json(text: &str, analysis: &Analysis) -> Vec<Value> {
    let mut offsets: Vec<usize> = Vec::new();
    for q in &analysis.quotes {
        offsets.extend([q.span.start, q.span.end]);
        if let Some(c) = q.cue {
            offsets.extend([c.start, c.end]);
        }
        if let Some(m) = q.mention {
            let s = analysis.mentions[m].span;
            offsets.extend([s.start, s.end]);
        }
    }
    OffsetMap::new(text).convert(&mut offsets, Unit::CodePoint);
    let mut it = offsets.into_iter();
    let mut next = || it.next().unwrap_or(0);
    analysis
        .quotes
        .iter()
        .map(|q| {
            let (start, end) = (next(), next());
            let cue = q.cue.map(|_| json!([next(), next()]));
            let spans: Vec<Value> = q.mention.map(|_| json!([next(), next()])).into_iter().collect();
            json!({
                "start": start,
                "end": end,
                "speaker": q.speaker.map(|s| analysis.speakers[s].name.clone()),
                "speaker_spans": spans,
                "cue": cue,
                "kind": q.kind.as_str(),
                "rule": q.rule.as_str(),
                "confidence": (q.confidence * 100.0).round() / 100.0,
            })
        })
        .collect()
}

fn cmd_analyze(path: Option<&str>, lang: Option<String>, as_json: bool, debug: bool) -> Result<(), String> {
    let mut text = String::new();
    match path {
        Some(p) => text = std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?,
        None => {
            std::io::stdin().read_to_string(&mut text).map_err(|e| format!("stdin: {e}"))?;
        }
    }
    let opts = Options { lang, ..Options::default() };
    if debug {
        return emit(&crate::debug_stages(&text, &opts));
    }
    let analysis = analyze(&text, &opts);
    if as_json {
        let v = json!({ "lang": analysis.lang, "quotes": quotes_json(&text, &analysis), "speakers": analysis.speakers.iter().map(|s| json!({"name": s.name, "kind": s.kind, "roles": s.roles, "quotes": s.quotes})).collect::<Vec<_>>() });
        return emit(&(serde_json::to_string_pretty(&v).map_err(|e| e.to_string())? + "\n"));
    }
    let mut out = String::new();
    let _ = writeln!(out, "language: {}   quotes: {}   speakers: {}", analysis.lang, analysis.quotes.len(), analysis.speakers.len());
    for s in &analysis.speakers {
        let roles = if s.roles.is_empty() { String::new() } else { format!(" ({})", s.roles.join("; ")) };
        let _ = writeln!(out, "  {}{} — {:?}, {} quote(s)", s.name, roles, s.kind, s.quotes);
    }
    out.push('\n');
    for q in &analysis.quotes {
        let who = q.speaker.map_or("?".to_string(), |s| analysis.speakers[s].name.clone());
        let body: String = text[q.span.start..q.span.end].chars().take(160).collect();
        let cue = q.cue.map_or(String::new(), |c| format!(" [{}]", &text[c.start..c.end]));
        let _ = writeln!(out, "{:<8} {} ({}, {:.2}){}\n         {}\n", q.kind.as_str(), who, q.rule.as_str(), q.confidence, cue, body.replace('\n', " "));
    }
    emit(&out)
}

/// Writes to standard output; a closed pipe (`| head`) ends the command quietly.
fn emit(s: &str) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(s.as_bytes()).and_then(|_| stdout.flush()).map_err(|e| e.to_string())
}

// ---- scoring: a faithful port of shared/eval/score.py ----

const TRIM: &str = " \t\r\n\"'“”«»„‟‘’‚‹›—–-:,.";
const COMPLEMENTISERS: [&str; 6] = ["that ", "dass ", "che ", "que ", "qu'", "qu’"];

fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut t = String::new();
    for c in s.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        match c {
            'ß' => t.push_str("ss"),
            'ς' => t.push('σ'),
            _ => t.extend(c.to_lowercase()),
        }
    }
    let spaced: String = t.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn same_name(gold: &str, pred: &str) -> bool {
    let (g, p) = (fold(gold), fold(pred));
    if g.is_empty() || p.is_empty() || p.split(' ').count() > g.split(' ').count() + 6 {
        return false;
    }
    g == p || format!(" {p} ").contains(&format!(" {g} ")) || format!(" {g} ").contains(&format!(" {p} "))
}

fn trimmed(text: &[char], s: usize, e: usize) -> (usize, usize) {
    let (mut s, mut e) = (s.min(text.len()), e.min(text.len()));
    let in_trim = |c: char| TRIM.contains(c);
    while s < e && in_trim(text[s]) {
        s += 1;
    }
    for c in COMPLEMENTISERS {
        let n = c.chars().count();
        if s + n <= text.len() && text[s..s + n].iter().collect::<String>().to_lowercase() == c {
            s += n;
            break;
        }
    }
    while s < e && in_trim(text[s]) {
        s += 1;
    }
    while e > s && in_trim(text[e - 1]) {
        e -= 1;
    }
    (s, e)
}

fn coverage(gold: (i64, i64), pred: (i64, i64)) -> f64 {
    let inter = gold.1.min(pred.1) - gold.0.max(pred.0);
    inter.max(0) as f64 / (gold.1 - gold.0).max(1) as f64
}

fn span_of(q: &Value) -> (i64, i64) {
    (q["start"].as_i64().unwrap_or(0), q["end"].as_i64().unwrap_or(0))
}

fn spans(q: &Value, key: &str) -> Vec<(i64, i64)> {
    q.get(key).and_then(Value::as_array).map(|a| a.iter().filter_map(|s| Some((s.get(0)?.as_i64()?, s.get(1)?.as_i64()?))).collect()).unwrap_or_default()
}

fn speaker_right(g: &Value, p: &Value) -> bool {
    for gs in spans(g, "speaker_spans") {
        for ps in spans(p, "speaker_spans") {
            if gs.1.min(ps.1) > gs.0.max(ps.0) && ps.1 - ps.0 <= 2 * (gs.1 - gs.0) + 20 {
                return true;
            }
        }
    }
    let pred = p.get("speaker").and_then(Value::as_str).unwrap_or("");
    let mut names: Vec<&str> = vec![g.get("speaker").and_then(Value::as_str).unwrap_or("")];
    if let Some(alt) = g.get("speaker_alt").and_then(Value::as_array) {
        names.extend(alt.iter().filter_map(Value::as_str));
    }
    names.iter().any(|n| same_name(n, pred))
}

fn kind_of(q: &Value) -> String {
    q.get("kind").and_then(Value::as_str).unwrap_or("direct").to_string()
}

fn match_quotes(gold: &[Value], pred: &[Value], threshold: f64, lenient: bool) -> Vec<(usize, usize)> {
    let iou = |a: (i64, i64), b: (i64, i64)| {
        let inter = (a.1.min(b.1) - a.0.max(b.0)).max(0) as f64;
        inter / (a.1.max(b.1) - a.0.min(b.0)).max(1) as f64
    };
    let mut pairs: Vec<(f64, f64, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            pairs.push((coverage(span_of(g), span_of(p)), iou(span_of(g), span_of(p)), gi, pi));
        }
    }
    // Python sorts tuples descending: by coverage, iou, then gold index, then pred index
    pairs.sort_by(|a, b| b.partial_cmp(a).unwrap_or(std::cmp::Ordering::Equal));
    let (mut used_g, mut used_p) = (HashSet::new(), HashSet::new());
    let mut out = Vec::new();
    for (cov, _, gi, pi) in pairs {
        if cov <= threshold {
            break;
        }
        if used_g.contains(&gi) || used_p.contains(&pi) {
            continue;
        }
        if !lenient && coverage(span_of(&pred[pi]), span_of(&gold[gi])) <= threshold {
            continue;
        }
        used_g.insert(gi);
        used_p.insert(pi);
        out.push((gi, pi));
    }
    out
}

/// Counts per group, as score.py keeps them.
#[derive(Default, Clone, Debug)]
pub struct Counts {
    gold: usize,
    pred: usize,
    matched: usize,
    exact: usize,
    kind_right: usize,
    with_speaker: usize,
    speaker_right: usize,
    e2e: usize,
}

/// One row of the report.
#[derive(Clone, Debug)]
pub struct Row {
    pub gold: usize,
    pub pred: Option<usize>,
    pub precision: Option<f64>,
    pub recall: f64,
    pub f1: Option<f64>,
    pub exact_f1: Option<f64>,
    pub speaker_accuracy: Option<f64>,
    pub end_to_end_f1: Option<f64>,
    pub kind_accuracy: Option<f64>,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

fn round4(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

/// Scores predictions against gold documents (matched by `id`) exactly as `score.py` does.
pub fn score(gold: &[Value], preds: &[Value], threshold: f64, kinds: &HashSet<String>, lenient: bool) -> BTreeMap<String, Row> {
    let mut gold_by_id: Vec<(&Value, &Value)> = Vec::new();
    let pred_by_id: HashMap<String, &Value> = preds.iter().map(|p| (p["id"].to_string(), p)).collect();
    let mut seen = HashMap::new();
    for g in gold {
        seen.insert(g["id"].to_string(), g);
    }
    let mut order: Vec<String> = Vec::new();
    for g in gold {
        let id = g["id"].to_string();
        if !order.contains(&id) {
            order.push(id);
        }
    }
    for id in &order {
        let g = seen[id];
        if let Some(p) = pred_by_id.get(id) {
            gold_by_id.push((g, p));
        }
    }
    let empty = Vec::new();
    let mut c: BTreeMap<String, Counts> = BTreeMap::new();
    for (g, p) in gold_by_id {
        let text: Vec<char> = g["text"].as_str().unwrap_or("").chars().collect();
        let all_gold = g["quotes"].as_array().unwrap_or(&empty);
        let all_pred = p["quotes"].as_array().unwrap_or(&empty);
        let wanted = |q: &Value| kinds.is_empty() || kinds.contains(&kind_of(q));
        let full = match_quotes(all_gold, all_pred, threshold, lenient);
        let matched_p: HashSet<usize> = full.iter().map(|x| x.1).collect();
        let gq: Vec<&Value> = all_gold.iter().filter(|q| wanted(q)).collect();
        let mixed: Vec<(i64, i64)> = all_gold.iter().filter(|q| kind_of(q) == "mixed").map(span_of).collect();
        let inside_mixed = |p: &Value| {
            let (ps, pe) = span_of(p);
            mixed.iter().any(|&(s, e)| s <= ps && pe <= e)
        };
        let mut pq: Vec<&Value> = all_pred.iter().enumerate().filter(|(pi, p)| !matched_p.contains(pi) && !inside_mixed(p)).map(|(_, p)| p).collect();
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for &(gi, pi) in &full {
            if wanted(&all_gold[gi]) {
                pq.push(&all_pred[pi]);
                let g_index = gq.iter().position(|q| std::ptr::eq(*q, &all_gold[gi])).unwrap();
                pairs.push((g_index, pq.len() - 1));
            }
        }
        let lang_key = format!("lang={}", g.get("lang").and_then(Value::as_str).unwrap_or("?"));
        for key in ["all".to_string(), lang_key.clone()] {
            let e = c.entry(key).or_default();
            e.gold += gq.len();
            e.pred += pq.len();
            e.matched += pairs.len();
        }
        for q in &gq {
            c.entry(format!("kind={}", kind_of(q))).or_default().gold += 1;
        }
        for (gi, pi) in pairs {
            let (gqi, pqi) = (gq[gi], pq[pi]);
            let (gs, ge) = span_of(gqi);
            let (ps, pe) = span_of(pqi);
            let exact = trimmed(&text, gs as usize, ge as usize) == trimmed(&text, ps as usize, pe as usize);
            let right = speaker_right(gqi, pqi);
            let same_kind = kind_of(pqi) == kind_of(gqi);
            let has_speaker = gqi.get("speaker").and_then(Value::as_str).is_some_and(|s| !s.is_empty());
            let kind_key = format!("kind={}", kind_of(gqi));
            for key in ["all".to_string(), lang_key.clone(), kind_key.clone()] {
                let e = c.entry(key).or_default();
                e.exact += exact as usize;
                e.kind_right += same_kind as usize;
                if has_speaker {
                    e.with_speaker += 1;
                    e.speaker_right += right as usize;
                }
                e.e2e += (right || !has_speaker) as usize;
            }
            c.entry(kind_key).or_default().matched += 1;
        }
    }
    let mut report = BTreeMap::new();
    for (key, v) in c {
        let div = |a: usize, b: usize| if b > 0 { a as f64 / b as f64 } else { 0.0 };
        let (p, r) = (div(v.matched, v.pred), div(v.matched, v.gold));
        let (pe, re) = (div(v.exact, v.pred), div(v.exact, v.gold));
        let (p2, r2) = (div(v.e2e, v.pred), div(v.e2e, v.gold));
        let per_kind = key.starts_with("kind=");
        report.insert(
            key,
            Row {
                gold: v.gold,
                pred: (!per_kind).then_some(v.pred),
                precision: (!per_kind).then_some(round4(p)),
                recall: round4(r),
                f1: (!per_kind).then_some(round4(f1(p, r))),
                exact_f1: (!per_kind).then_some(round4(f1(pe, re))),
                speaker_accuracy: (v.with_speaker > 0).then(|| round4(div(v.speaker_right, v.with_speaker))),
                end_to_end_f1: (!per_kind).then_some(round4(f1(p2, r2))),
                kind_accuracy: (v.matched > 0).then(|| round4(div(v.kind_right, v.matched))),
            },
        );
    }
    report
}

fn report_json(report: &BTreeMap<String, Row>) -> Value {
    let mut m = serde_json::Map::new();
    for (k, v) in report {
        m.insert(
            k.clone(),
            json!({"gold": v.gold, "pred": v.pred, "matched": null, "precision": v.precision, "recall": v.recall, "f1": v.f1,
                   "exact_f1": v.exact_f1, "speaker_accuracy": v.speaker_accuracy, "end_to_end_f1": v.end_to_end_f1, "kind_accuracy": v.kind_accuracy}),
        );
    }
    Value::Object(m)
}

fn num(x: Option<f64>, width: usize) -> String {
    match x {
        Some(v) => format!("{:>width$.3}", v),
        None => format!("{:>width$}", "-"),
    }
}

/// The report as `score.py` prints it.
pub fn format_report(report: &BTreeMap<String, Row>, threshold: f64, kinds: &HashSet<String>, lenient: bool) -> String {
    let mut kinds_sorted: Vec<&String> = kinds.iter().collect();
    kinds_sorted.sort();
    let kinds_s = if kinds_sorted.is_empty() { "all".to_string() } else { kinds_sorted.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(",") };
    let mut s = format!("threshold {}{}  kinds {}\n", py_float(threshold), if lenient { " lenient" } else { "" }, kinds_s);
    s += &format!("{:<16}{:>6}{:>6}{:>8}{:>8}{:>8}{:>9}{:>8}{:>8}{:>9}\n", "group", "gold", "pred", "P", "R", "F1", "exactF1", "spkAcc", "e2eF1", "kindAcc");
    for (key, v) in report {
        let pred = v.pred.map_or(format!("{:>6}", "-"), |p| format!("{:>6}", p));
        s += &format!(
            "{:<16}{:>6}{}{}{}{}{}{}{}{}\n",
            key,
            v.gold,
            pred,
            num(v.precision, 8),
            num(Some(v.recall), 8),
            num(v.f1, 8),
            num(v.exact_f1, 9),
            num(v.speaker_accuracy, 8),
            num(v.end_to_end_f1, 8),
            num(v.kind_accuracy, 9)
        );
    }
    s
}

/// Python's `str(float)` for the thresholds people pass (0.3, 0.8, 0.5).
fn py_float(x: f64) -> String {
    let s = format!("{x}");
    if s.contains('.') || s.contains('e') {
        s
    } else {
        format!("{s}.0")
    }
}
