//! Throughput of the native analysis in MB/s of article text, on the eval dev files (read from
//! `../shared/eval`, never copied) or, when they are absent, on the seed article; plus a linearity
//! check on a synthetic article grown ×1, ×4 and ×16. Run: `cargo bench --bench throughput`.
//! Where Linux tells the thread's CPU time, also MB per CPU second: the figure to compare builds
//! by on a loaded machine.

use std::time::{Duration, Instant};

fn texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let eval = root.join("../shared/eval");
    if let Ok(entries) = std::fs::read_dir(&eval) {
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "jsonl")).collect();
        paths.sort();
        for p in paths {
            let Ok(s) = std::fs::read_to_string(&p) else { continue };
            for line in s.lines().filter(|l| !l.trim().is_empty()) {
                let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
                let text = v["text"].as_str().unwrap_or("").to_string();
                let lang = v["lang"].as_str().unwrap_or("auto").to_string();
                out.push((lang, text));
            }
        }
    }
    if out.is_empty() {
        let seed = std::fs::read_to_string(root.join("seeds/000_51be7fdfb486c944.txt")).unwrap_or_default();
        out.push(("it".to_string(), seed));
    }
    out
}

/// The CPU time this thread has run, in seconds (Linux's scheduler statistics; `None` elsewhere).
/// On a shared machine the wall clock also counts the time other processes held the core, which
/// moves by a third under load; the thread's own CPU time moves by a few percent.
fn thread_cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(stat.split_whitespace().next()?.parse::<f64>().ok()? / 1e9)
}

/// MB/s of wall-clock time and, where the CPU time is known, of CPU time; quotes per pass.
fn measure(texts: &[(String, String)], min_time: Duration) -> (f64, Option<f64>, usize) {
    let bytes: usize = texts.iter().map(|t| t.1.len()).sum();
    let start = Instant::now();
    let cpu_start = thread_cpu_secs();
    let mut rounds = 0usize;
    let mut quotes = 0usize;
    while start.elapsed() < min_time || rounds == 0 {
        for (lang, text) in texts {
            let a = quotelens::analyze(text, &quotelens::Options { lang: Some(lang.clone()), ..Default::default() });
            quotes += a.quotes.len();
        }
        rounds += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    let cpu_secs = cpu_start.zip(thread_cpu_secs()).map(|(a, b)| b - a).filter(|&s| s > 0.0);
    (mb / secs, cpu_secs.map(|s| mb / s), quotes / rounds)
}

fn main() {
    let texts = texts();
    let bytes: usize = texts.iter().map(|t| t.1.len()).sum();
    let (mbs, cpu_mbs, quotes) = measure(&texts, Duration::from_secs(3));
    println!("throughput: {mbs:.1} MB/s over {} documents, {:.2} MB, {quotes} quotes per pass (one core)", texts.len(), bytes as f64 / 1e6);
    if let Some(cpu_mbs) = cpu_mbs {
        println!("throughput per CPU second: {cpu_mbs:.1} MB/s (the wall-clock figure less the time other processes held the core)");
    }
    let base: String = texts.iter().take(20).map(|t| t.1.as_str()).collect::<Vec<_>>().join("\n\n");
    for factor in [1usize, 4, 16] {
        let big = vec![base.as_str(); factor].join("\n\n");
        let t = Instant::now();
        let a = quotelens::analyze(&big, &quotelens::Options::default());
        let secs = t.elapsed().as_secs_f64();
        println!("linearity: x{factor:<2} {:>8.2} MB in {:>8.1} ms = {:>6.1} MB/s ({} quotes)", big.len() as f64 / 1e6, secs * 1e3, big.len() as f64 / secs / 1e6, a.quotes.len());
    }
}
