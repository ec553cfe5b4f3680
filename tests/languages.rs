//! Each language's common constructions, on sentences written for these tests: the quote is found
//! and attributed to the right speaker.

use quotelens::{analyze, Options, QuoteKind};

/// Analyses `text` in `lang` and returns (quoted text, kind, speaker name) triples.
fn run(lang: &str, text: &str) -> Vec<(String, QuoteKind, Option<String>)> {
    let a = analyze(text, &Options { lang: Some(lang.to_string()), ..Options::default() });
    a.quotes.iter().map(|q| (text[q.span.start..q.span.end].to_string(), q.kind, q.speaker.map(|s| a.speakers[s].name.clone()))).collect()
}

/// Asserts a quote containing `fragment` — direct, or reported (indirect or mixed) — is attributed
/// to `speaker`.
fn attributed(lang: &str, text: &str, fragment: &str, speaker: &str, direct: bool) {
    let got = run(lang, text);
    let q = got.iter().find(|(t, k, _)| (*k == QuoteKind::Direct) == direct && t.contains(fragment));
    let Some((_, _, who)) = q else { panic!("{lang}: no {} quote with {fragment:?} in {text:?}; got {got:?}", if direct { "direct" } else { "reported" }) };
    assert_eq!(who.as_deref(), Some(speaker), "{lang}: {text:?} → {got:?}");
}

fn said(lang: &str, text: &str, fragment: &str, speaker: &str) {
    attributed(lang, text, fragment, speaker, true)
}

fn reported(lang: &str, text: &str, fragment: &str, speaker: &str) {
    attributed(lang, text, fragment, speaker, false)
}

#[test]
fn italian() {
    said("it", "«Siamo pronti a trattare», ha detto il ministro degli Esteri Antonio Tajani.", "Siamo pronti", "Antonio Tajani");
    said("it", "Il sindaco Luca Bianchi ha preso posizione: “La città non si ferma”.", "La città", "Luca Bianchi");
    said("it", "«Il piano è pronto – ha spiegato Giulia Neri – e partirà a maggio».", "partirà", "Giulia Neri");
    said("it", "Mario Draghi ha parlato a lungo. Ha poi aggiunto: “Non ci sono alternative”.", "alternative", "Mario Draghi");
    said("it", "Meloni: “Avanti con le riforme”", "riforme", "Meloni");
    reported("it", "Il portavoce del Cremlino Dmitrij Peskov ha detto che i colloqui continueranno.", "i colloqui", "Dmitrij Peskov");
    reported("it", "Secondo l’Istat, la disoccupazione è scesa al 6 per cento.", "disoccupazione", "Istat");
    said("it", "“Dopo trent’anni abbiamo un’occasione storica”, ha detto in mattinata Salvini al Villaggio Olimpico.", "occasione", "Salvini");
    said("it", "Di Maio replica su Twitter: “Auguri a chi vuole governare con loro”.", "Auguri", "Di Maio");
    said("it", "“Il candidato deve essere unitario e non divisivo”.\n\nLo ha detto Enrico Letta commentando la notizia.", "unitario", "Enrico Letta");
    reported("it", "Come spiega Kevin Beaumont, ricercatore di sicurezza, l’aggiornamento di aprile ha risolto la vulnerabilità.", "ha risolto", "Kevin Beaumont");
    reported("it", "Il presidente russo ha tutti i motivi per dubitare della controparte. Lo ha affermato il portavoce del Cremlino Dmitrij Peskov.", "tutti i motivi", "Dmitrij Peskov");
    reported("it", "Le prime reazioni del partito sono di sconcerto. È quanto fanno sapere fonti del Nazareno.", "sconcerto", "fonti del Nazareno");
    reported("it", "Spari in strada\n\nDe Magistris, rafforzamento forze ordine e strutture dello Stato\n\nNAPOLI - Il sindaco ha parlato ieri.", "rafforzamento", "De Magistris");
    // a dateline is not the journalist's words around a quote
    let dateline = run("it", "(ANSA) - NAPOLI, 24 FEB - \"C'è bisogno di una risposta forte\", ha detto il sindaco.");
    assert!(dateline.iter().all(|(_, k, _)| *k == QuoteKind::Direct), "{dateline:?}");
    let partial = run("it", "Jordan Bardella ha detto che la Brexit è uno “schiaffo” per l’Ue.");
    assert!(partial.iter().any(|(t, k, who)| t == "“schiaffo”" && *k == QuoteKind::Direct && who.as_deref() == Some("Jordan Bardella")), "a term quoted inside a reported clause is the speaker's word: {partial:?}");
    reported("it", "L'intervento, eseguito sei mesi fa, sembra essere andato bene secondo i medici che l'hanno eseguito.", "andato bene", "medici");
    // media that relay a sentence with its own speaker are not its source
    let relayed = run("it", "Volodymyr Zelensky conferma che l’Ucraina non ha ricevuto alcuna bozza. Lo riporta Ukrainska Pravda.");
    assert!(relayed.iter().all(|(_, _, who)| who.as_deref() != Some("Ukrainska Pravda")), "{relayed:?}");
    let titles = run("it", "Ha visto il film “Roma” e la cosiddetta “pace” non lo convince.");
    assert!(titles.iter().all(|(t, _, _)| !t.contains("Roma") && !t.contains("pace")), "titles and scare quotes are not speech: {titles:?}");
}

#[test]
fn english() {
    said("en", "\"We will not back down,\" Prime Minister Justin Trudeau said on Tuesday.", "back down", "Justin Trudeau");
    said("en", "“It is a disaster,” said Sarah Collins, a spokesperson for the city.", "disaster", "Sarah Collins");
    said("en", "Sarah Collins spoke to reporters. \"We are working on it,\" she said.", "working", "Sarah Collins");
    reported("en", "Health Minister Patty Hajdu said the vaccine would arrive next week.", "vaccine", "Patty Hajdu");
    reported("en", "According to Statistics Canada, prices rose 3 per cent in May.", "prices rose", "Statistics Canada");
    said("en", "“We do not comment on mergers,” Rogers spokesperson Andrea Goldstein said on Sunday.", "mergers", "Andrea Goldstein");
    said("en", "“Every publisher rejected me,” says Cambridge cartoonist Andre Campbell.", "publisher", "Andre Campbell");
    said("en", "“Most places will not print less than 1,000 copies,” says Campbell’s partner, Jason Louth.", "copies", "Jason Louth");
    said("en", "“The funds will not last,” Danison told HuffPost Canada in an email.", "funds", "Danison");
    reported("en", "In an interview on Monday, Mike Pompeo praised the talks and said that the dispute would not affect them.", "would not affect", "Mike Pompeo");
    said("en", "Calgary MP Michelle Rempel earlier this week called the minister a “chicken” on Twitter.", "chicken", "Michelle Rempel");
    reported("en", "Power is back.\n\nIt's very bad for our seniors if they have nothing in the way of backup. Rod Peters, Lake Cowichan mayor\n\nCrews worked all night.", "very bad", "Rod Peters");
    reported("en", "Power is back.\n\nLess than 60,000 customers remain without power. Crews are working around the clock. #BCStorm pic.twitter.com/W0IkInjjSH — BC Hydro (@bchydro) December 22, 2018\n\nCrews worked all night.", "customers remain", "BC Hydro");
    let caption = run("en", "Open this photo in gallery A cyclist rides by shuttered homes in Vancouver on Oct. 29, 2015. Ben Nelms\n\nThe council voted.");
    assert!(caption.is_empty(), "a photo caption and its credit are not speech: {caption:?}");
    let links = run("en", "The storm hit on Friday.\n\nREAD MORE: Trump says MAGA teens were ‘treated unfairly’\n\nCrews worked all night.");
    assert!(links.is_empty(), "a link to another article is not reported speech: {links:?}");
    reported("en", "Officials said the plan will fail.", "the plan will fail", "Officials");
    reported("en", "Rights organizations said Tuesday's remarks by the ministry raise serious questions.", "raise serious", "Rights organizations");
    reported("en", "Immigration lawyer Ronalee Carey said while many refugees have received support, others have not.", "others have not", "Ronalee Carey");
    reported("en", "Scheer said he and his party are not anti-immigration, they are anti-cheaters.", "not anti-immigration", "Scheer");
    reported("en", "Tim Guest with the Nova Scotia Health Authority says there are many reasons for offload delays.", "many reasons", "Tim Guest");
}

#[test]
fn french() {
    said("fr", "Emmanuel Macron a visité l’usine lundi. « Nous ne céderons pas », a-t-il déclaré devant la presse.", "céderons", "Emmanuel Macron");
    said("fr", "« La situation est grave », a déclaré la ministre Élisabeth Borne.", "grave", "Élisabeth Borne");
    said("fr", "Le maire Jean Dupont a affirmé : « Nous reconstruirons l’école. »", "reconstruirons", "Jean Dupont");
    reported("fr", "Selon la préfecture, trois personnes ont été blessées.", "blessées", "préfecture");
}

#[test]
fn spanish() {
    said("es", "—No vamos a ceder —dijo el ministro Carlos Cuerpo—. Es nuestra posición.", "No vamos a ceder", "Carlos Cuerpo");
    said("es", "«La economía crece», afirmó la presidenta Claudia Sheinbaum.", "economía", "Claudia Sheinbaum");
    said("es", "El alcalde José Luis Martínez-Almeida aseguró: “Madrid está preparada”.", "Madrid", "José Luis Martínez-Almeida");
    reported("es", "Según la Policía Nacional, el detenido tenía antecedentes.", "detenido", "Policía Nacional");
}

#[test]
fn portuguese() {
    said("pt", "“Não vamos recuar”, disse o presidente Luiz Inácio Lula da Silva.", "recuar", "Luiz Inácio Lula da Silva");
    said("pt", "A Petrobras disse em nota: “A produção segue normal”.", "produção", "Petrobras");
    reported("pt", "Segundo o Ministério da Saúde, os casos caíram em março.", "casos", "Ministério da Saúde");
}

#[test]
fn german() {
    said("de", "„Wir sind bereit“, sagte Bundeskanzler Olaf Scholz am Montag.", "bereit", "Olaf Scholz");
    said("de", "Die Ministerin Annalena Baerbock erklärte: „Die Lage ist ernst.“", "ernst", "Annalena Baerbock");
    said("de", "»Das ist ein Erfolg«, sagte Anna Schmidt.", "Erfolg", "Anna Schmidt");
    reported("de", "Laut Polizei wurden drei Menschen verletzt.", "verletzt", "Polizei");
}
