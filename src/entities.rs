//! Entities: mentions clustered into speakers (`Putin` = `Vladimir Putin`), each with the fullest
//! name the article uses, a kind and roles; builds the public [`Analysis`].

use crate::analysis::{Analysis, EntityKind, Mention, MentionKind, Quote, Speaker};
use crate::attribution::Attributed;
use crate::lang::{class, Language};
use crate::mentions::Candidate;
use crate::text::{Document, TokenKind};

/// Whether a name's last token `t` ends in a possessive before a noun (`Foster's book`; `McDonald's
/// said` is a name). Its lowercase form has the apostrophe made straight, so `'s` is two bytes there.
fn possessive_before_noun(doc: &Document, t: usize) -> bool {
    doc.lower(t).ends_with("'s") && t + 1 < doc.tokens.len() && doc.tokens[t + 1].kind == TokenKind::Word && !doc.is(t + 1, class::FINITE | class::AUX)
}

/// The words of a mention's head, lowercased, without determiners or a possessive ending, into
/// `out` (cleared first): `Cecil Foster's new book` names Cecil Foster.
fn head_words<'d>(doc: &'d Document, _lang: &Language, c: &Candidate, out: &mut Vec<&'d str>) {
    let (a, b) = doc.token_range(c.head, c.first);
    out.clear();
    out.extend((a..b).filter(|&t| doc.tokens[t].kind == TokenKind::Word && !doc.is(t, class::DETERMINER)).map(|t| doc.lower(t)));
    if b > a && possessive_before_noun(doc, b - 1) {
        if let Some(last) = out.last_mut() {
            *last = &last[..last.len().saturating_sub(2)];
        }
    }
}

/// The display name of a mention: its head without a leading determiner or a possessive ending.
fn display_name(doc: &Document, _lang: &Language, c: &Candidate) -> String {
    let (a, b) = doc.token_range(c.head, c.first);
    let mut start = a;
    while start < b && doc.is(start, class::DETERMINER) {
        start += 1;
    }
    if start >= b {
        return doc.text[c.head.start..c.head.end].to_string();
    }
    // (in the text the apostrophe may take more bytes: `’s`)
    let end = if possessive_before_noun(doc, b - 1) {
        let w = doc.word(b - 1);
        c.head.end - w.char_indices().rev().nth(1).map_or(0, |(i, _)| w.len() - i)
    } else {
        c.head.end
    };
    doc.text[doc.tokens[start].span.start..end].split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `Putin` when the article also writes `di Vladimir Putin, Kirill Dmitriev` (inside another mention):
/// for every capitalised word, the capitalised word first written right before it, in one pass, so a
/// one-word person name can take its fuller form.
fn given_names_before<'d>(doc: &'d Document) -> crate::lang::WordRefMap<'d, &'d str> {
    let mut map = crate::lang::WordRefMap::with_capacity(doc.capitals().len());
    // (a pair of capitalised words: consecutive entries of the document's list of them)
    let mut prev = None;
    for t in doc.capitals() {
        let after = t > 0 && prev == Some(t - 1);
        prev = Some(t);
        if !after {
            continue;
        }
        let (p, w) = (&doc.tokens[t - 1], &doc.tokens[t]);
        if p.starts_sentence || p.para != w.para {
            continue;
        }
        let given = doc.word(t - 1);
        if given.chars().count() > 2 && !given.chars().all(char::is_uppercase) && !doc.is(t - 1, class::NOT_NAME | class::ROLE | class::TITLE | class::ORGANISATION | class::ORG_HEAD | class::DETERMINER | class::PREPOSITION) {
            map.entry(doc.word(t)).or_insert(given);
        }
    }
    map
}

/// The fuller form of a one-word person name, from [`given_names_before`] (built on first need, into
/// `before`: many articles quote no one-word name and never need it).
fn fuller_name<'d>(doc: &'d Document, rep: &Candidate, before: &mut Option<crate::lang::WordRefMap<'d, &'d str>>) -> Option<String> {
    if rep.kind != MentionKind::Name || rep.organisation {
        return None;
    }
    let a = doc.token_at_or_after(rep.head.start);
    if doc.token_end_before(rep.head.end) != a + 1 {
        return None;
    }
    let surname = doc.word(a);
    // (built by hand: no formatting machinery for one space)
    before.get_or_insert_with(|| given_names_before(doc)).get(surname).map(|given| {
        let mut name = String::with_capacity(given.len() + 1 + surname.len());
        name.push_str(given);
        name.push(' ');
        name.push_str(surname);
        name
    })
}

/// The initials of a name's content words (`oms` for `organizzazione mondiale della sanità`, `pbo`
/// for `parliamentary budget officer`), appended to `out`.
fn push_initials(lang: &Language, words: &[&str], out: &mut String) {
    out.extend(words.iter().filter(|w| !lang.is(w, class::PREPOSITION | class::DETERMINER | class::PARTICLE | class::CONJUNCTION)).filter_map(|w| w.chars().next()));
}

/// `Oms` and `Organizzazione mondiale della sanità`, `PBO` and `the Parliamentary Budget Officer`:
/// a one-word capitalised name of two to six letters joins the cluster of the first longer name (of
/// two words or more) whose content words it spells, so the speaker is shown by the full name.
fn link_acronyms(doc: &Document, lang: &Language, candidates: &[Candidate], all_words: &[&str], clusters: &[((usize, usize), usize)], cluster_of: &mut [Option<usize>]) {
    let named = |rep: usize| matches!(candidates[rep].kind, MentionKind::Name | MentionKind::Organisation);
    // every longer name's initials, in one buffer, then a map from them to the first such cluster
    let mut buffer = String::new();
    let mut ranges: Vec<(usize, usize, usize)> = Vec::new();
    for (k, &((a, b), rep)) in clusters.iter().enumerate() {
        if b >= a + 2 && named(rep) {
            let start = buffer.len();
            push_initials(lang, &all_words[a..b], &mut buffer);
            if buffer.len() > start + 1 {
                ranges.push((start, buffer.len(), k));
            }
        }
    }
    if ranges.is_empty() {
        return;
    }
    let mut long_of: crate::lang::WordRefMap<usize> = crate::lang::WordRefMap::with_capacity(ranges.len());
    for &(s, e, k) in &ranges {
        long_of.entry(&buffer[s..e]).or_insert(k);
    }
    let mut redirect: Vec<Option<usize>> = vec![None; clusters.len()];
    let mut any = false;
    for (short, &((a, b), rep)) in clusters.iter().enumerate() {
        let w = all_words[a];
        if b != a + 1 || !named(rep) || !(2..=6).contains(&w.chars().count()) || !w.chars().all(char::is_alphabetic) {
            continue;
        }
        let first = doc.token_at_or_after(candidates[rep].head.start);
        if first < doc.tokens.len() && doc.tokens[first].upper {
            redirect[short] = long_of.get(w).copied();
            any |= redirect[short].is_some();
        }
    }
    if any {
        for k in cluster_of.iter_mut().flatten() {
            if let Some(long) = redirect[*k] {
                *k = long;
            }
        }
    }
}

/// Clusters the mentions the quotes point at (and every other mention of the same speakers), and
/// assembles the [`Analysis`].
pub fn build(doc: &Document, lang: &Language, quotes: Vec<Attributed>, candidates: Vec<Candidate>) -> Analysis {
    // cluster named mentions: one whose words are all in a fuller name joins it
    let mut cluster_of: Vec<Option<usize>> = vec![None; candidates.len()];
    // every mention's head words (a range of `all_words`) and their space-joined key (a range of
    // `keys`), gathered first so that clustering borrows them instead of allocating per mention
    let mut all_words: Vec<&str> = Vec::with_capacity(candidates.len() * 2);
    let mut keys = String::with_capacity(candidates.len() * 16);
    type Range = (usize, usize);
    let mut heads: Vec<Option<(Range, Range)>> = Vec::with_capacity(candidates.len());
    let mut words: Vec<&str> = Vec::new();
    for c in &candidates {
        if c.kind == MentionKind::Pronoun {
            heads.push(None);
            continue;
        }
        head_words(doc, lang, c, &mut words);
        if words.is_empty() {
            heads.push(None);
            continue;
        }
        let (w0, k0) = (all_words.len(), keys.len());
        all_words.extend_from_slice(&words);
        for (j, w) in words.iter().enumerate() {
            if j > 0 {
                keys.push(' ');
            }
            keys.push_str(w);
        }
        heads.push(Some(((w0, all_words.len()), (k0, keys.len()))));
    }
    // each cluster's fullest name, as a range of `all_words`, and the mention that gave it
    let mut clusters: Vec<((usize, usize), usize)> = Vec::with_capacity(candidates.len());
    let mut by_key: crate::lang::WordRefMap<usize> = crate::lang::WordRefMap::with_capacity(heads.len());
    // the clusters whose names contain a word: `word_first[w]` starts a list chained through
    // `word_links` (cluster, next link), so no word needs a vector of its own
    let mut word_first: crate::lang::WordRefMap<usize> = crate::lang::WordRefMap::with_capacity(all_words.len());
    let mut word_links: Vec<(usize, usize)> = Vec::with_capacity(candidates.len() * 2);
    const END: usize = usize::MAX;
    let mut seen: Vec<usize> = Vec::new();
    for (i, c) in candidates.iter().enumerate() {
        let Some((word_range, (k0, k1))) = heads[i] else { continue };
        let words = &all_words[word_range.0..word_range.1];
        let key = &keys[k0..k1];
        if let Some(&k) = by_key.get(key) {
            cluster_of[i] = Some(k);
            continue;
        }
        let mut found = None;
        if c.kind == MentionKind::Name {
            // only clusters sharing a word can hold this name or be held by it; the result (the
            // latest such cluster) does not depend on the order they are visited in
            seen.clear();
            for w in words {
                let mut link = word_first.get(w).copied().unwrap_or(END);
                while link != END {
                    let (k, next) = word_links[link];
                    link = next;
                    if seen.contains(&k) {
                        continue;
                    }
                    seen.push(k);
                    let ((a, b), rep) = clusters[k];
                    if candidates[rep].kind != MentionKind::Name {
                        continue;
                    }
                    let cw = &all_words[a..b];
                    if words.iter().all(|w| cw.contains(w)) || cw.iter().all(|w| words.contains(w)) {
                        found = Some(found.map_or(k, |f: usize| f.max(k)));
                    }
                }
            }
        }
        let k = match found {
            Some(k) => {
                let ((a, b), _) = clusters[k];
                if words.len() > b - a {
                    clusters[k] = (word_range, i);
                }
                k
            }
            None => {
                clusters.push((word_range, i));
                clusters.len() - 1
            }
        };
        by_key.insert(key, k);
        for &w in words {
            let first = word_first.entry(w).or_insert(END);
            let mut link = *first;
            let mut listed = false;
            while link != END {
                let (kk, next) = word_links[link];
                if kk == k {
                    listed = true;
                    break;
                }
                link = next;
            }
            if !listed {
                word_links.push((k, *first));
                *first = word_links.len() - 1;
            }
        }
        cluster_of[i] = Some(k);
    }
    link_acronyms(doc, lang, &candidates, &all_words, &clusters, &mut cluster_of);
    // `il premier` after `il premier Giuseppe Conte`: a role-only mention joins the person who was
    // given that role (the nearest before it, else the first after)
    let role_words = |c: &Candidate| -> Vec<&str> {
        c.role.map_or_else(Vec::new, |r| {
            let a = doc.token_at_or_after(r.start);
            let b = doc.token_end_before(r.end);
            (a..b).filter(|&t| doc.tokens[t].kind == TokenKind::Word).map(|t| doc.lower(t)).collect()
        })
    };
    let holders: Vec<(usize, Vec<&str>)> = candidates.iter().enumerate().filter(|(_, c)| c.kind == MentionKind::Name && !c.organisation && c.role.is_some()).map(|(i, c)| (i, role_words(c))).collect();
    if !holders.is_empty() {
        for (i, c) in candidates.iter().enumerate() {
            if c.kind != MentionKind::Role || c.plural {
                continue;
            }
            let a = doc.token_at_or_after(c.head.start);
            let own: Vec<&str> = (a..doc.token_end_before(c.head.end)).filter(|&t| doc.tokens[t].kind == TokenKind::Word && !(t == a && doc.is(t, class::DETERMINER))).map(|t| doc.lower(t)).collect();
            let Some(&head) = own.first() else { continue };
            // the role's first word: `premier` fits `premier`, `ministro dell’Interno`; `minister`
            // does not fit `prime minister`; and a role with words of its own fits only a holder
            // whose role starts the same way (`il premier italiano` is not `premier britannico`,
            // `il Presidente del Consiglio` not `presidente di Marevivo`)
            let fitting = |(_, words): &&(usize, Vec<&str>)| words.first() == Some(&head) && (own.len() == 1 || words.len() == 1 || words.starts_with(&own) || own.starts_with(words));
            // bounded look-ups keep this linear on huge inputs
            let upto = holders.partition_point(|(h, _)| *h < i);
            let before = holders[..upto].iter().rev().take(200).find(fitting);
            let chosen = before.or_else(|| holders[upto..].iter().take(200).find(fitting));
            if let Some((h, _)) = chosen {
                if let Some(k) = cluster_of[*h] {
                    cluster_of[i] = Some(k);
                }
            }
        }
    }
    // `François Hollande a pu constater … Le président s'est adressé …`: a definite role-only mention
    // that no named holder explains is the person last named as a subject just before it
    let role_noun = |c: &Candidate| {
        let a = doc.token_at_or_after(c.span.start);
        // a known role noun (`le président`), not any speaking noun phrase (`la compagnie`); the
        // English and German files annotate the role as written (`the minister`), so their
        // articles (`the`, `der`) are not in the list
        a + 1 < doc.tokens.len() && doc.is(a, class::DETERMINER) && matches!(doc.lower(a), "le" | "la" | "l'" | "el" | "o" | "a" | "il" | "lo") && doc.is(a + 1, class::ROLE | class::TITLE)
    };
    // an epithet, `the affable proprietor`, `the bow-tied maverick`, `the laid-back founder of
    // Studiocomix Press`: a described person, not a role as written (an organisation may follow
    // `of`, not stand in the description itself)
    let epithet = |c: &Candidate| {
        let a = doc.token_at_or_after(c.span.start);
        lang.code == "en" && a < doc.tokens.len() && doc.lower(a) == "the" && {
            let b = doc.token_end_before(c.span.end);
            let of = (a + 1..b).find(|&t| doc.lower(t) == "of").unwrap_or(b);
            b >= a + 3 && of >= a + 3 && (a + 1..b).all(|t| doc.tokens[t].kind == TokenKind::Word) && (a + 1..of).all(|t| !doc.is(t, class::ORGANISATION | class::ORG_HEAD)) && !doc.is(a + 1, class::ROLE | class::TITLE)
        }
    };
    // a person: a name of two words or more (`François Hollande`), or the surname of one
    let person_like = |p: &Candidate| {
        let mut words = Vec::new();
        head_words(doc, lang, p, &mut words);
        words.len() >= 2 && words.iter().all(|w| !lang.is(w, class::NOT_NAME | class::ORG_HEAD | class::ORGANISATION))
            || words.len() == 1 && clusters.iter().any(|&((w0, w1), rep)| w1 - w0 >= 2 && all_words[w1 - 1] == words[0] && candidates[rep].kind == MentionKind::Name && !candidates[rep].organisation)
    };
    // how many mentions each cluster has so far: an epithet's person recurs
    let mut cluster_size = vec![0u32; clusters.len()];
    for k in cluster_of.iter().flatten() {
        cluster_size[*k] += 1;
    }
    for i in 0..candidates.len() {
        let c = &candidates[i];
        if c.kind != MentionKind::Role || c.plural || cluster_of[i].is_some_and(|k| clusters[k].1 != i && candidates[clusters[k].1].kind == MentionKind::Name) {
            continue;
        }
        // (an epithet describes whoever the passage is about, named as a subject or, when the
        // article names them again, after a preposition: `I'm talking about Alfonso Espinos … says
        // the 39-year-old founder`; not a place named once, `his way to North America`)
        let described = epithet(c);
        if !described && !role_noun(c) {
            continue;
        }
        let para = doc.tokens[c.first].para;
        let person = candidates[..i].iter().enumerate().rev().take(60).take_while(|(_, p)| doc.tokens[p.first].para + 2 >= para).find(|&(j, p)| p.kind == MentionKind::Name && !p.organisation && (!p.after_preposition || described && cluster_of[j].is_some_and(|k| cluster_size[k] > 1)) && p.role.is_none() && !doc.lower(p.end - 1).ends_with("'s") && person_like(p));
        if let Some((p, _)) = person {
            if let Some(k) = cluster_of[p] {
                cluster_of[i] = Some(k);
            }
        }
    }
    // `the commission` after `the Toronto Transit Commission`: a common-noun mention joins the nearest
    // earlier organisation whose name ends with the same noun
    for (i, c) in candidates.iter().enumerate() {
        if c.kind != MentionKind::Role || c.plural {
            continue;
        }
        let last = doc.token_end_before(c.head.end);
        if last == 0 || last > doc.tokens.len() {
            continue;
        }
        let noun = doc.lower(last - 1);
        let org = candidates[..i].iter().enumerate().rev().take(400).find(|(_, o)| {
            (o.organisation || o.kind == MentionKind::Organisation) && {
                let e = doc.token_range(o.head, o.first).1;
                e > 0 && doc.lower(e - 1) == noun
            }
        });
        if let Some((o, _)) = org {
            if let Some(k) = cluster_of[o] {
                cluster_of[i] = Some(k);
            }
        }
    }
    // pronouns join their antecedent's cluster through the quotes that resolved them
    for q in &quotes {
        if let (Some(m), Some(a)) = (q.mention, q.antecedent) {
            if cluster_of[m].is_none() {
                cluster_of[m] = cluster_of[a];
            }
        }
    }
    let mut fuller = None;
    // speakers: clusters with at least one quote, in order of first quote
    // indexed by cluster and by candidate: plain vectors, no hashing
    let mut speaker_of_cluster: Vec<Option<usize>> = vec![None; clusters.len()];
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut out_quotes: Vec<Quote> = Vec::with_capacity(quotes.len());
    let mut used_mentions = vec![false; candidates.len()];
    for q in &quotes {
        let speaker = q.speaker_mention().and_then(|m| cluster_of[m]).map(|k| {
            *speaker_of_cluster[k].get_or_insert_with(|| {
                let rep = &candidates[clusters[k].1];
                speakers.push(Speaker {
                    name: fuller_name(doc, rep, &mut fuller).unwrap_or_else(|| display_name(doc, lang, rep)),
                    kind: match rep.kind {
                        MentionKind::Organisation => EntityKind::Organisation,
                        MentionKind::Name if rep.organisation => EntityKind::Organisation,
                        MentionKind::Name => EntityKind::Person,
                        _ => EntityKind::Unknown,
                    },
                    roles: Vec::new(),
                    mentions: Vec::new(),
                    quotes: 0,
                });
                speakers.len() - 1
            })
        });
        if let Some(s) = speaker {
            speakers[s].quotes += 1;
        }
        let mention = q.mention.or(q.antecedent);
        if let Some(m) = mention {
            used_mentions[m] = true;
        }
        out_quotes.push(Quote { span: q.span, kind: q.kind, speaker, mention, cue: q.cue, rule: q.rule, confidence: q.confidence });
    }
    // every mention of a quoted speaker, plus the pronouns the quotes used
    let mut keep: Vec<usize> = (0..candidates.len()).filter(|&i| cluster_of[i].is_some_and(|k| speaker_of_cluster[k].is_some()) && (candidates[i].kind != MentionKind::Pronoun || used_mentions[i])).collect();
    crate::sort::sort_by_key(&mut keep, |&k| k);
    keep.dedup();
    let mut new_index: Vec<Option<usize>> = vec![None; candidates.len()];
    let mut mentions: Vec<Mention> = Vec::with_capacity(keep.len());
    for &i in &keep {
        let c = &candidates[i];
        let s = speaker_of_cluster[cluster_of[i].unwrap()].unwrap();
        new_index[i] = Some(mentions.len());
        speakers[s].mentions.push(mentions.len());
        if let Some(r) = c.role {
            let role = doc.text[r.start..r.end].split_whitespace().collect::<Vec<_>>().join(" ");
            if !role.is_empty() && !speakers[s].roles.contains(&role) {
                speakers[s].roles.push(role);
            }
        }
        mentions.push(Mention { span: c.span, head: c.head, kind: c.kind, speaker: s });
    }
    for q in &mut out_quotes {
        q.mention = q.mention.and_then(|m| new_index.get(m).copied().flatten());
        if q.speaker.is_none() {
            q.mention = None;
        }
    }
    Analysis { lang: lang.code.to_string(), quotes: out_quotes, speakers, mentions }
}
