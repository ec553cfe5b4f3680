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
}

#[test]
fn question_before_a_trailing_cue() {
    said("en", "\"Why would we agree?\", said Maria Roth.", "agree", "Maria Roth");
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

#[test]
fn german_partial_quotes_and_attributors() {
    // a capitalised noun after an indefinite article is what someone called it, not a title
    said("de", "Der Abgeordnete Klaus Berger nannte den Bericht eine „Zeitungsente“.", "Zeitungsente", "Klaus Berger");
    said("de", "Der Minister Peter Lang sagte, der Plan werde eine „Achse Berlin-Paris“ nicht ersetzen.", "Achse", "Peter Lang");
    // `laut X` opening the sentence covers all of it; its source is the word after it
    said("de", "Laut Berliner Polizei ist die Demonstration, zu der ein großes Bündnis von Vereinen aus der ganzen Stadt aufgerufen hatte, „weitgehend störungsfrei“ verlaufen.", "störungsfrei", "Berliner Polizei");
    // a closing `, sagte X` attributes a partial quote far before it
    said("de", "Vermutlich sei ein junger Stern an der Scheibe vorbeigeflogen, habe ihr einen „Ruck“ verpasst und so die Entstehung des Planeten in Gang gesetzt, sagte Jane Greaves.", "Ruck", "Jane Greaves");
    // `Dies` opening a sentence is not a speaker
    let got = run("de", "Anna Weber erklärte die Lage. Dies hätten die Beamten „mit einfacher Gewalt“ verhindert.");
    assert!(got.iter().all(|(_, _, who)| who.as_deref() != Some("Dies")), "{got:?}");
    // `am 9. März` does not end the sentence
    reported("de", "Die Vertrauensfrage vom 1. Juli sei unecht, erklärte der Abgeordnete Werner Schulz.", "Vertrauensfrage", "Werner Schulz");
    // a sentence-opening noun phrase before the verb is the speaker
    reported("de", "Die Veranstalter der Demonstration erklären dagegen, sie hätten Hinweise auf Gewalt.", "Hinweise", "Veranstalter der Demonstration");
    // `laut einer Pressemitteilung des X`: the source after the document
    said("de", "Das Zentrum dient laut einer Pressemitteilung des BMI der „besseren Koordinierung von Abwehrmaßnahmen“.", "Koordinierung", "BMI");
    // `und` before the verb: the subject of the first verb, not its object
    said("de", "Die Firma Almaco bestätigte die Aussage der Gewerkschaft nicht und nannte sie „reine Spekulation“.", "Spekulation", "Almaco");
    // `Es drohe „…“.`: two words of the journalist's own in Konjunktiv I make the sentence reported
    reported("de", "Renate Kunz sagte, es müsse Schluss sein. Es drohe „eine dramatische Erwärmung um sechs Grad“.", "Es drohe", "Renate Kunz");
    // a sentence in Konjunktiv I continues the reported speech of the source before it, not its own subject
    said("de", "Laut Polizeisprecher Tom Brandt habe es eine Kontrolle gegeben. Nun habe ein Mann versucht zu fliehen. Dies hätten die Beamten „mit einfacher Gewalt“ verhindert.", "einfacher Gewalt", "Tom Brandt");
    // `teilte dessen Stellvertreter mit:` — the subject after the verb, with its possessive
    said("de", "Der General Frank Bain ist im Ausland. Nach Gerüchten über eine Festnahme teilte dessen Stellvertreter mit: „Er ruft uns an, wenn er zurückkommt.“", "zurückkommt", "Stellvertreter");
    // a straight apostrophe never closed is an elision, not a quote
    let elision = run("de", "Es gibt 'ne Menge davon, das ist es, was ich dachte.");
    assert!(elision.iter().all(|(t, _, _)| !t.starts_with('\'')), "{elision:?}");
    // `X zufolge`: before the content, split by it, or after it
    reported("de", "Ermittlungen der Polizei zufolge wollte sich die Frau von ihm trennen.", "wollte sich", "Ermittlungen der Polizei");
    reported("de", "Zudem hob Kanzler Otto Brand dem „Figaro“ zufolge in einem Interview die Bedeutung Englands hervor.", "in einem Interview", "Figaro");
    reported("de", "Der Regierung zufolge sei die Lage unter Kontrolle.", "Lage", "Regierung");
    // names of papers in quotation marks next to a speech verb are speakers
    said("de", "„Das wird das größte Update aller Zeiten“, schreibt die „Computerwoche“.", "Update", "Computerwoche");
    reported("de", "Die Zeitung „Die Welt“ berichtete, der Konzern plane den Abbau von Stellen.", "Konzern", "Welt");
    // consecutive Konjunktiv I sentences without a cue go on reporting the last source, as one stretch
    let text = "Ein Sprecher der Polizei teilte mit, der Mann sei festgenommen worden. Er habe keinen Widerstand geleistet. Die Ermittlungen dauerten an. Die Waffe sei sichergestellt worden.";
    reported("de", text, "Er habe keinen Widerstand", "Sprecher der Polizei");
    let got = run("de", text);
    assert!(got.iter().all(|(t, _, _)| !t.contains("Waffe")), "an indicative sentence breaks the chain: {got:?}");
    // `fügte sie hinzu`: the particle after the subject; the pronoun goes to the person named before it
    reported("de", "„Wir gehen voran“, sagte Ministerin Steffi Lang. Das Paket sei „ein Meilenstein“, fügte sie hinzu. Der Präsident Georg Thal warnte: „Wir verfehlen unsere Ziele.“", "Das Paket", "Steffi Lang");
    // a quoted addressee after the verb; a paper carrying an attributor's words
    reported("de", "Der Politiker Anton Hofer sagte dem „Tagesspiegel“, man müsse mehr tun.", "mehr tun", "Anton Hofer");
    reported("de", "Laut einem Bericht der „Süddeutschen Zeitung“ will der Konzern 3000 Stellen streichen.", "Stellen", "Süddeutschen Zeitung");
    // a short quote that is a whole sentence right after the speaker's quote goes on with them
    said("de", "Der Trainer Jürgen Klopp war zufrieden. „Die Mannschaft hat alles gegeben“, sagte er. „Wir sind stolz.“", "stolz", "Jürgen Klopp");
    // `erklärte in einer Mitteilung, es habe …`
    reported("de", "Die Polizei erklärte in einer Mitteilung, es habe keine Verletzten gegeben.", "Verletzten", "Polizei");
    // verb second: the subject after the verb, then the reported clause
    reported("de", "Am Montag sagte Bundeskanzler Olaf Scholz, die Regierung werde handeln.", "Regierung werde", "Olaf Scholz");
    reported("de", "Gegenüber der Zeitung erklärte der Minister Hans Eichel, er sehe keinen Grund zur Sorge.", "keinen Grund", "Hans Eichel");
    // `„…“, hieß es aus Regierungskreisen`: an impersonal cue's source after `aus`
    said("de", "„Eine Katastrophe“, hieß es aus Regierungskreisen.", "Katastrophe", "Regierungskreisen");
    // `wies darauf hin, dass …`: pronominal adverb and particle between the verb and its clause
    reported("de", "Der Minister Karl Roth wies darauf hin, dass die Zahl steige.", "Zahl steige", "Karl Roth");
    // a question or exclamation in the marks, then a comma and the verb: one sentence
    said("de", "„Warum sollten wir zustimmen?“, fragte die Abgeordnete Maria Roth.", "zustimmen", "Maria Roth");
    said("de", "„Wir geben nicht auf!“, rief der Trainer Jens Kühn.", "nicht auf", "Jens Kühn");
    // titles of works stay titles, and so do quotes listed with one; codes are not speech
    let titles = run("de", "Er spielte in Filmen wie „Nackt unter Wölfen“ mit. Dazu gehören Lieder wie „Mein kleiner Hund hat eine Villa im Zoo“, „Von Kopf bis Fuß“ und „Kleiner Fluss“. Der Planet umkreist den Stern „HD 13189“, teilte die Universität Jena mit.");
    assert!(titles.iter().all(|(_, k, _)| *k != QuoteKind::Direct), "titles are not speech: {titles:?}");
    // `Konjunktiv I` after `sagte,` is reported; a relative clause or indirect question is not
    reported("de", "Der Sprecher Jan Roth sagte, die Regierung habe keine Pläne.", "Regierung habe", "Jan Roth");
    let rel = run("de", "Der Anwalt Rashid Khan hatte einen Mann verteidigt, der wegen Betrugs angeklagt worden war. Ich kann nicht erklären, was mich inspiriert.");
    assert!(rel.is_empty(), "relative clauses and questions are not reported speech: {rel:?}");
}
