//! Compiles the language word lists (`src/lang/<code>/*.txt`) into compact,
//! front-coded tables in `OUT_DIR`, which the library embeds: the .wasm carries the words and their
//! classes, not the tags, comments and repeated stems of the sources.

#[path = "src/lang/source.rs"]
mod source;

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let lang_dir = Path::new("src/lang");
    println!("cargo:rerun-if-changed=src/lang");
    println!("cargo:rerun-if-changed=build.rs");
    let read = |p: &Path| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let mut codes: Vec<String> = std::fs::read_dir(lang_dir)
        .expect("src/lang")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("verbs.txt").exists())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort();
    for code in &codes {
        let dir = lang_dir.join(code);
        for f in ["verbs.txt", "words.txt", "roles.txt", "orgs.txt"] {
            println!("cargo:rerun-if-changed={}", dir.join(f).display());
        }
        let compiled = source::compile(&read(&dir.join("verbs.txt")), &read(&dir.join("words.txt")), &read(&dir.join("roles.txt")), &read(&dir.join("orgs.txt")));
        std::fs::write(Path::new(&out).join(format!("lang_{code}.bin")), source::encode(&compiled)).expect("write OUT_DIR");
    }
}
