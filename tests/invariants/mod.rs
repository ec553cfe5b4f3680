//! The structural invariants of an [`Analysis`], shared by `tests/robustness.rs` and the fuzz target
//! (`fuzz/fuzz_targets/analyze.rs`, which includes this file by path).
#![allow(dead_code)]

use quotelens::{Analysis, Span};

pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(span.start <= span.end, "{what} {span:?}: start > end");
    assert!(span.end <= text.len(), "{what} {span:?}: past the end of a {}-byte text", text.len());
    assert!(text.is_char_boundary(span.start), "{what} {span:?}: start not on a char boundary");
    assert!(text.is_char_boundary(span.end), "{what} {span:?}: end not on a char boundary");
}

/// The structural invariants every [`Analysis`] of `text` must satisfy.
pub fn check(text: &str, a: &Analysis) {
    assert!(["it", "en", "fr", "es", "de", "pt"].contains(&a.lang.as_str()), "unknown language {:?}", a.lang);
    for (i, q) in a.quotes.iter().enumerate() {
        check_span(text, q.span, &format!("quote {i}"));
        if let Some(cue) = q.cue {
            check_span(text, cue, &format!("quote {i} cue"));
        }
        if let Some(s) = q.speaker {
            assert!(s < a.speakers.len(), "quote {i}: speaker {s} of {}", a.speakers.len());
        }
        if let Some(m) = q.mention {
            assert!(m < a.mentions.len(), "quote {i}: mention {m} of {}", a.mentions.len());
        }
        assert!((0.0..=1.0).contains(&q.confidence), "quote {i}: confidence {}", q.confidence);
    }
    for w in a.quotes.windows(2) {
        assert!(w[0].span.start <= w[1].span.start, "quotes out of order: {:?} then {:?}", w[0].span, w[1].span);
    }
    for (i, m) in a.mentions.iter().enumerate() {
        check_span(text, m.span, &format!("mention {i}"));
        check_span(text, m.head, &format!("mention {i} head"));
        assert!(m.speaker < a.speakers.len(), "mention {i}: speaker {} of {}", m.speaker, a.speakers.len());
    }
    for (i, s) in a.speakers.iter().enumerate() {
        for &m in &s.mentions {
            assert!(m < a.mentions.len(), "speaker {i}: mention {m} of {}", a.mentions.len());
        }
    }
}

