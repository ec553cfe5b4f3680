//! The browser face: wasm-bindgen exports that run the analysis and convert its byte offsets into
//! UTF-16 units (JavaScript string indices). Built only for `wasm32`.

use wasm_bindgen::prelude::*;

use crate::text::{OffsetMap, Unit};
use crate::{analyze, Options};

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct JsQuote {
    start: usize,
    end: usize,
    kind: &'static str,
    speaker: Option<usize>,
    speaker_name: Option<String>,
    mention: Option<usize>,
    cue: Option<[usize; 2]>,
    rule: &'static str,
    confidence: f32,
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct JsMention {
    start: usize,
    end: usize,
    kind: crate::MentionKind,
    speaker: usize,
}

#[derive(serde::Serialize)]
struct JsAnalysis {
    lang: String,
    quotes: Vec<JsQuote>,
    speakers: Vec<crate::Speaker>,
    mentions: Vec<JsMention>,
}

/// Analyses `text` and returns `{lang, quotes, speakers, mentions}` with offsets in UTF-16 units.
#[wasm_bindgen(js_name = analyze)]
pub fn analyze_js(text: &str, lang: Option<String>) -> Result<JsValue, JsError> {
    let a = analyze(text, &Options { lang, ..Options::default() });
    let mut offsets: Vec<usize> = Vec::new();
    for q in &a.quotes {
        offsets.extend([q.span.start, q.span.end]);
        let c = q.cue.unwrap_or_default();
        offsets.extend([c.start, c.end]);
    }
    for m in &a.mentions {
        offsets.extend([m.span.start, m.span.end]);
    }
    OffsetMap::new(text).convert(&mut offsets, Unit::Utf16);
    let mut it = offsets.into_iter();
    let mut next = move || it.next().unwrap_or(0);
    let quotes = a
        .quotes
        .iter()
        .map(|q| {
            let (start, end, cs, ce) = (next(), next(), next(), next());
            JsQuote {
                start,
                end,
                kind: q.kind.as_str(),
                speaker: q.speaker,
                speaker_name: q.speaker.map(|s| a.speakers[s].name.clone()),
                mention: q.mention,
                cue: q.cue.map(|_| [cs, ce]),
                rule: q.rule.as_str(),
                confidence: q.confidence,
            }
        })
        .collect();
    let mentions = a.mentions.iter().map(|m| JsMention { start: next(), end: next(), kind: m.kind, speaker: m.speaker }).collect();
    let out = JsAnalysis { lang: a.lang.clone(), quotes, speakers: a.speakers.clone(), mentions };
    serde_wasm_bindgen::to_value(&out).map_err(|e| JsError::new(&e.to_string()))
}
