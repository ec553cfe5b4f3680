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

/// Asserts nothing in `text` is reported as indirect speech (direct quotes may be found).
fn nothing_reported(lang: &str, text: &str) {
    let got = run(lang, text);
    assert!(got.iter().all(|(_, k, _)| *k != QuoteKind::Indirect), "{lang}: {text:?} → {got:?}");
}

#[test]
fn italian() {
    // a cue between hyphens used as dashes reports the clause after it; `le stesse fonti` is one
    // mention with its article
    reported("it", "Il vertice è durato tre ore. La situazione - spiega il portavoce Marco Neri - resta molto delicata per tutti.", "delicata", "Marco Neri");
    reported("it", "Il ministro ha incontrato i sindacati. Un incontro utile - riferiscono le stesse fonti - per sbloccare la trattativa entro l'estate.", "sbloccare", "fonti");
    // a person named by what they are in the story is a speaker
    reported("it", "L'incendio è iniziato all'alba. Una donna che abita al terzo piano ha raccontato che ha visto fumo sulle scale.", "fumo", "donna");
    // a plural role noun is not the role of the name in apposition after it
    reported("it", "Gli avvocati del ministro, Paolo Rossi, hanno detto che il loro assistito farà ricorso.", "farà ricorso", "avvocati del ministro");
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
    said("it", "“Assisto a un clima di totale unanimità”. Ne è convinto il ministro dell’Interno, Matteo Piantedosi, intervenendo in tv.", "unanimità", "Matteo Piantedosi");
    said("it", "Piccata la replica di Carlo Calenda che parla di “scippo” e attacca.", "scippo", "Carlo Calenda");
    // media that relay a sentence with its own speaker are not its source
    let relayed = run("it", "Volodymyr Zelensky conferma che l’Ucraina non ha ricevuto alcuna bozza. Lo riporta Ukrainska Pravda.");
    assert!(relayed.iter().all(|(_, _, who)| who.as_deref() != Some("Ukrainska Pravda")), "{relayed:?}");
    // a quote interrupted by an inverted cue: both pieces are the subject's, not a name in a
    // prepositional phrase before them
    said("it", "Boris Johnson ha parlato del visionario Walter Bersey. \"Stavolta non deve accadere\", aggiunge il capo del governo britannico, \"perché la temperatura potrebbe salire\".", "temperatura", "Boris Johnson");
    // a sentence without a cue that goes on in the speaker's words after a framing phrase is theirs
    reported("it", "Il ministro Anna Verdi ha parlato a lungo del porto: “Il mare è la nostra ricchezza”.\n\nCon gli investimenti giusti, “il porto può crescere ancora”.", "Con gli investimenti", "Anna Verdi");
    // …not after a clause of the journalist's own
    let narrated = run("it", "Il ministro Anna Verdi ha parlato a lungo del porto: “Il mare è la nostra ricchezza”.\n\nIl sindaco concorda e loda “la grande cooperazione tra i due enti”.");
    assert!(narrated.iter().all(|(_, k, _)| *k != QuoteKind::Mixed), "{narrated:?}");
    // an attribution after a prepositional phrase: `riassume il direttore tramite social`
    reported("it", "L'Oms “chiede un accesso urgente agli aiuti umanitari”, riassume il direttore Marco Neri tramite social.", "L'Oms", "Marco Neri");
    // a short phrase after a definite article names a thing; after an indefinite one it is what
    // the speaker called it
    let term = run("it", "Bce, confermati i tassi. Lagarde lancia la \"revisione strategica\"");
    assert!(term.iter().all(|(t, _, _)| !t.contains("revisione")), "{term:?}");
    said("it", "Il ministro Mario Rossi ha definito la riforma una \"svolta storica\" per il Paese.", "svolta storica", "Mario Rossi");
    // `rincarare la dose` is a speech verb: it splits the quote it interrupts
    let dose = run("it", "Il premier Giuseppe Conte ha parlato. “Indossi la felpa - ha rincarato la dose rivolgendosi al leader della Lega - per suscitare facile consenso”.");
    assert!(dose.iter().any(|(t, k, who)| *k == QuoteKind::Direct && t.starts_with("per suscitare") && who.as_deref() == Some("Giuseppe Conte")), "{dose:?}");
    // an attributor with a relative pronoun reports the clause after it
    reported("it", "La revisione durerà un anno, ha spiegato Christine Lagarde secondo la quale “dicembre è la data probabile” per arrivare alle conclusioni.", "per arrivare", "Christine Lagarde");
    // a cue set off by commas inside the clause it reports, after a subordinator
    reported("it", "Il Regno Unito ospiterà il vertice, mentre l'Italia, spiega il premier Giuseppe Conte, si occuperà dei giovani.", "si occuperà", "Giuseppe Conte");
    // words introducing a quote with a colon are not reported by its trailing cue
    let introduced = run("it", "Il pubblico ha fischiato e il cantante ha provato a giustificarsi: “Non sentivo la mia voce”, ha detto Blanco.");
    assert!(introduced.iter().all(|(_, k, _)| *k == QuoteKind::Direct), "{introduced:?}");
    // an aside after a sentence-initial conjunction is not what the verb after it reports
    let aside = run("it", "Giorgia Meloni vede una conferma del voto. E, forte del risultato parziale delle amministrative, rilancia con decisione sulle riforme.");
    assert!(aside.is_empty(), "{aside:?}");
    // after an inverted subject, `che` and a clitic or auxiliary open a relative clause
    let relative = run("it", "Oggi a parlare ci ha pensato il capogruppo Francesco Silvestri che si è mostrato assai prudente.");
    assert!(relative.is_empty(), "{relative:?}");
    // a relative after a reported clause that is all one quote is the journalist's comment
    let commented = run("it", "La Asl prova a difendersi spiegando che “gli attacchi continuano in tutta Italia”, che poi significa emergenza per i pazienti.");
    assert!(commented.iter().all(|(t, k, _)| *k == QuoteKind::Direct && !t.contains("emergenza")), "{commented:?}");
    let interrupted = run("it", "Boris Johnson ha parlato del visionario Walter Bersey. \"Stavolta non deve accadere\", aggiunge il capo del governo britannico, \"perché la temperatura potrebbe salire\".");
    assert!(interrupted.iter().all(|(_, k, _)| *k == QuoteKind::Direct), "a cue interrupting a quote closes no reported clause: {interrupted:?}");
    said("it", "Elly Schlein ha vinto. A Schlein è stata offerta la presidenza del Pd ma lei ha le idee chiare: «Il punto è costruire una casa comune».", "casa comune", "Elly Schlein");
    reported("it", "Marine Le Pen ha perso. Dopo la sconfitta, Marine Le Pen si è separata dal suo braccio destro, Florian Philippot, e ha cambiato discorso: adesso dice di voler restare dentro l'Ue.", "restare", "Marine Le Pen");
    said("it", "Il cantante ha distrutto i fiori. Arriva anche il commento a freddo di Amadeus: \"Sa di aver sbagliato\".", "sbagliato", "Amadeus");
    said("it", "Dopo l’arresto del sindaco si dimettono tutti i consiglieri di maggioranza: sciolto il Consiglio comunale.\n\n«Abbiamo operato confidando nel progetto politico» è riportato in una nota.", "Abbiamo operato", "consiglieri");
    reported("it", "L'Italia ha come obiettivo zero emissioni entro il 2050 e, ricorda Palazzo Chigi, il nostro Paese è al primo posto per efficienza energetica.", "primo posto", "Palazzo Chigi");
    let topic = run("it", "Per quanto riguarda gli altri aspetti, \"la crescita nell'Eurozona continua ma ad un passo moderato\", ha detto Lagarde.");
    assert!(topic.iter().all(|(_, k, _)| *k == QuoteKind::Direct), "a topic phrase before a quote is not reported speech of its own: {topic:?}");
    // a role with words of its own names another holder (`il Presidente del Consiglio` is not the
    // `presidente di Marevivo`), and a quote interrupted by its cue is no reported clause
    let roles = run("it", "La presidente di Marevivo, Rosalba Giugni, ha parlato. “Un evento che mi vede sensibile - ha detto Conte nel suo intervento - come primo responsabile del governo. Non soltanto Green economy”, ha aggiunto il Presidente del Consiglio.");
    assert!(roles.iter().all(|(_, k, who)| *k == QuoteKind::Direct && who.as_deref() != Some("Rosalba Giugni")), "{roles:?}");
    // a headline repeating a quote of the body takes the body's attribution
    said("it", "Johnson e Conte presentano il vertice. \"È un anno decisivo\"\n\nLONDRA. Il premier britannico Boris Johnson e quello italiano Giuseppe Conte hanno parlato. \"È un anno decisivo\", spiega il premier Conte.", "anno decisivo", "Giuseppe Conte");
    let manifesto = run("it", "Il premier ha parlato a lungo.\n\n“Siamo pronti a tutto”, ha detto il premier, presente alla presentazione del “Manifesto di Assisi - Per un’economia a misura d’uomo contro la crisi climatica”.");
    assert!(manifesto.iter().all(|(t, _, _)| !t.contains("Manifesto")), "a capitalised name after a preposition is not speech: {manifesto:?}");
    said("it", "Le nuove accuse di Greta ai potenti: \"Questione clima completamente ignorata a Davos\"", "Questione clima", "Greta");
    said("it", "Beaumont ha segnalato il problema al Microsoft Security Response Center, il quale ha risposto spiegando che “Non soddisfa il livello per l’assistenza immediata”.", "Non soddisfa", "Microsoft Security Response Center");
    said("it", "Zelensky ha commentato le parole del portavoce del Cremlino, Dmitry Peskov secondo cui ‘la palla è dalla parte di Kiev’: \"Giocavo a calcio molto prima\", ha detto Zelensky.", "la palla", "Dmitry Peskov");
    reported("it", "Beaumont ha segnalato il problema al Microsoft Security Response Center, il quale ha risposto spiegando che si tratta di una vulnerabilità di livello moderato.", "vulnerabilità", "Microsoft Security Response Center");
    said("it", "“Ho un ministero sfidante. La realtà è più semplice di come la si immagini…”. Così il vicepremier e ministro Matteo Salvini, in conferenza stampa.", "ministero", "Matteo Salvini");
    let titles = run("it", "Ha visto il film “Roma” e la cosiddetta “pace” non lo convince.");
    assert!(titles.iter().all(|(t, _, _)| !t.contains("Roma") && !t.contains("pace")), "titles and scare quotes are not speech: {titles:?}");
    // `È` (or `E'`), a short noun phrase and a speech participle with its agent point back at the
    // sentence before; a quote in it given to the last speaker for want of a cue is the agent's
    reported("it", "Il pronto soccorso è al collasso e mancano medici in tutti i reparti. È l'allarme lanciato ieri dal primario Paolo Verdi.", "collasso", "Paolo Verdi");
    said("it", "«Faremo di tutto», ha detto il sindaco Luca Bianchi. E' \"molto grave\" che \"manchino medici in tutti i reparti\". E' il quadro descritto dal primario Paolo Verdi, che ha parlato ieri.", "manchino medici", "Paolo Verdi");
    said("it", "«Faremo di tutto», ha detto il sindaco Luca Bianchi. E' \"molto grave\" che \"manchino medici in tutti i reparti\". E' il quadro descritto dal primario Paolo Verdi, che ha parlato ieri.", "molto grave", "Paolo Verdi");
    nothing_reported("it", "Il pronto soccorso è al collasso da mesi. È il documento di dieci pagine descritto ieri dal primario Paolo Verdi.");
    // praising in quoted words is speech; praising a noun phrase reports nothing
    said("it", "«Siamo pronti a tutto», ha detto Boris Johnson. Il ministro Paolo Verdi apprezza e loda “l’impegno costante dei volontari del quartiere”.", "impegno costante", "Paolo Verdi");
    nothing_reported("it", "Il ministro Paolo Verdi loda il lavoro dei volontari.");
    // a later speech verb with its own `che`, in a clause of its own after a comma, ends the report
    // before it at the comma (not one in a relative clause)
    let listed = run("it", "Il sindaco Marco Neri afferma che non cederà alle richieste, i sindacati sui loro siti web spiegano che bloccheranno anche i trasporti.");
    assert!(listed.iter().any(|(t, k, who)| t == "non cederà alle richieste" && *k == QuoteKind::Indirect && who.as_deref() == Some("Marco Neri")), "{listed:?}");
    let relative = run("it", "Il ministro Paolo Neri ha detto che il piano, presentato dal governo che ha detto che è pronto, partirà a maggio.");
    assert!(relative.iter().any(|(t, k, _)| t.starts_with("il piano") && t.ends_with("a maggio") && *k == QuoteKind::Indirect), "{relative:?}");
    // a time adjunct between the verb and `che`: a noun of time, or a demonstrative and one; not an
    // object noun of time with an article and its relative
    reported("it", "Il ministro Mario Rossi ha detto ieri sera che il partito non cambierà linea.", "non cambierà", "Mario Rossi");
    reported("it", "Il ministro Mario Rossi ha detto questa mattina che il partito non cambierà linea.", "non cambierà", "Mario Rossi");
    nothing_reported("it", "Il ministro Mario Rossi ha annunciato la settimana che la città aspettava da anni.");
    // adverbs set off by commas between the verb (or gerund) and `che`; not another aside
    reported("it", "Il ministro Mario Rossi ha parlato a lungo, aggiungendo, però, che il piano non è ancora pronto.", "non è ancora pronto", "Mario Rossi");
    reported("it", "Il ministro Mario Rossi ha aggiunto, tuttavia, che il piano non è ancora pronto.", "non è ancora pronto", "Mario Rossi");
    nothing_reported("it", "Il ministro Mario Rossi ha scritto, come sempre, che cosa pensa dei sindacati.");
    // an infinitival complement that opens with a quote is mixed; one that is all quote is direct
    let opens = run("it", "Il ministro Mario Rossi ha assicurato di \"voler andare avanti\" con la riforma.");
    assert!(opens.iter().any(|(t, k, who)| t == "\"voler andare avanti\" con la riforma" && *k == QuoteKind::Mixed && who.as_deref() == Some("Mario Rossi")), "{opens:?}");
    let all_quote = run("it", "Il ministro Mario Rossi ha assicurato di \"voler andare avanti con la riforma\".");
    assert!(all_quote.iter().all(|(_, k, _)| *k == QuoteKind::Direct), "{all_quote:?}");
    // an adverb between the verb and its addressee; a conditional aside whose verb has no
    // complement does not end the clause, a subordinate clause with a report of its own does
    reported("it", "Mario Rossi ha chiesto espressamente al sindaco di ritirare la delibera.", "ritirare", "Mario Rossi");
    reported("it", "Mario Rossi ha chiesto al sindaco di ritirare la delibera, se crede, e di aprire un tavolo con i residenti.", "e di aprire un tavolo", "Mario Rossi");
    let own_report = run("it", "Il ministro Mario Rossi ha detto che il piano è pronto, mentre ammette che servono altri fondi.");
    assert!(own_report.iter().any(|(t, k, _)| t == "il piano è pronto" && *k == QuoteKind::Indirect), "{own_report:?}");
    // after a complement that is all one quote, `dopo che …` is the journalist's; an infinitive
    // without a comma goes on with the quote
    let after = run("it", "Il ministro Mario Rossi ha detto che \"oggi è un buon giorno\" dopo che il governo ha approvato la legge.");
    assert!(after.iter().all(|(_, k, _)| *k == QuoteKind::Direct) && !after.is_empty(), "{after:?}");
    let goes_on = run("it", "Il ministro Mario Rossi ha detto che \"marzo è il mese giusto\" per chiudere l'accordo con i sindacati.");
    assert!(goes_on.iter().any(|(t, k, _)| t.ends_with("sindacati") && *k == QuoteKind::Mixed), "{goes_on:?}");
    // an agency headline's role and place before the comma name its speaker; a byline does not
    reported("it", "Furti in centro: sindaco Torino, serve più controllo\n\nTORINO - Il sindaco Luigi Bianchi ha parlato ieri in consiglio comunale.", "serve più controllo", "Luigi Bianchi");
    nothing_reported("it", "Furti in centro: sindaco Torino, Il Quotidiano\n\nTORINO - Il sindaco Luigi Bianchi ha parlato ieri in consiglio comunale.");
    // `accusa X di` + infinitive reports what X is accused of; `accusa il colpo` reports nothing
    reported("it", "Il leader Matteo Salvini accusa un vicino di rubare l'acqua del pozzo.", "rubare l'acqua", "Matteo Salvini");
    nothing_reported("it", "Il leader Matteo Salvini accusa il colpo dopo la sconfitta di ieri.");
    // a subject of the journalist's whose predicate is a quote opening with a verb in the future;
    // another quote left aside in that sentence is the same speaker's
    let future = run("it", "«Siamo pronti a intervenire», ha detto la presidente della banca Anna Neri. L’occupazione \"resterà trainata dai consumi delle famiglie e dalle esportazioni\" oltre che da una gestione \"prudente\".");
    assert!(future.iter().any(|(t, k, who)| t.starts_with("L’occupazione") && *k == QuoteKind::Mixed && who.as_deref() == Some("Anna Neri")), "{future:?}");
    assert!(future.iter().any(|(t, k, who)| t == "\"prudente\"" && *k == QuoteKind::Direct && who.as_deref() == Some("Anna Neri")), "{future:?}");
    let noun = run("it", "«Siamo pronti a intervenire», ha detto la presidente della banca Anna Neri. Il motto \"libertà per tutti\" è ovunque sui manifesti.");
    assert!(noun.iter().all(|(_, k, _)| *k != QuoteKind::Mixed), "{noun:?}");
}

#[test]
fn english() {
    reported("en", "Atmospheric physics professor Kent Moore at the University of Toronto says the striking weather patterns show how the climate is coupled.", "striking", "Kent Moore");
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
    said("en", "Navdeep Bains, Minister of Innovation, Science and Economic Development, said in an interview that the talks went well.\n\n“We want to hear their concerns,” he said.", "concerns", "Navdeep Bains");
    reported("en", "Officials said the plan will fail.", "the plan will fail", "Officials");
    reported("en", "Rights organizations said Tuesday's remarks by the ministry raise serious questions.", "raise serious", "Rights organizations");
    reported("en", "Immigration lawyer Ronalee Carey said while many refugees have received support, others have not.", "others have not", "Ronalee Carey");
    reported("en", "Scheer said he and his party are not anti-immigration, they are anti-cheaters.", "not anti-immigration", "Scheer");
    said("en", "“It’s months and months of work,” says the self-taught Cambridge resident, who sold 40 copies.", "months", "self-taught Cambridge resident");
    said("en", "“One!” says the happy resident.", "One", "happy resident");
    said("en", "“It is one genre only,” points out the laid-back Cambridge resident.", "genre", "laid-back Cambridge resident");
    // an epithet is the person last named as a subject; a photo credit names nobody
    said("en", "Andre Campbell has cerebral palsy. ( Peter Lee / Waterloo Region Record )\n\n“I wanted to emphasize that,” says the bow-tied maverick.", "emphasize", "Andre Campbell");
    reported("en", "Tom Young, a locomotive mechanic based in Kansas City, Mo., and an organizer at Railroad Workers United, said cold weather takes a toll on many train components.", "cold weather", "Tom Young");
    reported("en", "The AFN Youth Council stated in July it opposed the pipeline.", "it opposed", "AFN Youth Council");
    let state = run("en", "“They graduate a lot of folks,” said Chris McDaniel, a Republican state senator whose district includes the school.");
    assert!(state.iter().all(|(_, k, _)| *k == QuoteKind::Direct), "`state senator` is not a speech verb: {state:?}");
    reported("en", "Justin Trudeau took questions. Trudeau's office said approximately 1,300 people attended the event.", "1,300 people", "Trudeau's office");
    said("en", "“We dedicate ourselves to comics,’’ says the 39-year-old founder of Studiocomix Press, which celebrated.", "dedicate", "39-year-old founder of Studiocomix Press");
    let apposition = run("en", "\"Our volunteers are ready to welcome residents,\" Karen Lindsay, emergency program co-ordinator, said in a statement.");
    assert!(apposition.iter().all(|(_, k, who)| *k == QuoteKind::Direct && who.as_deref() == Some("Karen Lindsay")), "a quote, its speaker and an apposition are no reported clause: {apposition:?}");
    reported("en", "Scheer said when Trudeau and other Liberals dismiss any concerns, they insult Canadians.", "dismiss any concerns", "Scheer");
    reported("en", "Almost all revenues, the Liberals promise, will be returned to families in the province.", "returned to families", "Liberals");
    said("en", "Rail companies struggle.\n\nCP spokesman Andy Cummings said cold increases air leakage from the brakes.\n\n\"This is a major challenge.\"\n\nTrains are shortened in the cold.", "major challenge", "Andy Cummings");
    let objects = run("en", "Kenyatta announced the end of a 20-hour siege in the district. Brooks told Mayor John Tory about being homeless.");
    assert!(objects.is_empty(), "a speech verb's object is not a reported clause: {objects:?}");
    reported("en", "Jane Moore, a mechanic, said the cold weather takes a toll on many train components.", "takes a toll", "Jane Moore");
    reported("en", "Will Young, a mechanic, said the cold weather takes a toll on trains.", "takes a toll", "Will Young");
    let pompeo = run("en", "On Monday, U.S. Secretary of State Mike Pompeo praised China's support and said he did not think the dispute would affect the talks.");
    assert!(pompeo.iter().any(|(t, k, who)| t.contains("did not think") && *k == QuoteKind::Indirect && who.as_deref().is_some_and(|w| w.ends_with("Mike Pompeo"))), "{pompeo:?}");
    reported("en", "Somali group al-Shabaab, an al-Qaeda affiliate, said they carried out the attack in revenge.", "carried out", "al-Shabaab");
    let objects2 = run("en", "Al-Qaeda-linked al-Shabaab claimed responsibility for the attack. There was evidence to suggest they were not humanely euthanized.");
    assert!(objects2.is_empty(), "an object or an infinitive is not a reported clause: {objects2:?}");
    reported("en", "Jonathon Maguire, pediatrician and researcher at St. Michael's Hospital in Toronto, said this may encourage more people to drink milk.", "may encourage", "Jonathon Maguire");
    // `it said` is the organisation last named, not the last person quoted
    said("en", "BC Hydro said in a statement that 600,000 customers lost power.\n\nIt's very bad for our seniors, said Rod Peters, the mayor.\n\n\"There are hundreds of individual outages,\" it said.", "individual outages", "BC Hydro");
    reported("en", "Trains are shortened when temperatures dip below -25 C, the report said.", "Trains are shortened", "report");
    let some = run("en", "Some suggested that the season could be extended.");
    assert!(some.iter().any(|(t, k, _)| t.contains("season could be") && *k == QuoteKind::Indirect), "a determiner opening the sentence before a verb and its clause: {some:?}");
    reported("en", "Former premier Brian Gallant announced he will step down, saying the party needs to move on.", "party needs", "Brian Gallant");
    reported("en", "In 2017, the retail sector in Ontario employed 226,000 youth, according to the study.", "retail sector", "study");
    said("en", "The minister spoke on Monday.\n\n\"The parents deserve better from the government,\" a citizen, whose name is redacted, wrote on Aug. 29.", "deserve better", "citizen");
    // a noun after the verb that an auxiliary follows is the subject of the reported clause
    let clause_subject = run("en", "The housing market is changing fast, said landlords in cities like Toronto will be looking at upgrades.");
    assert!(clause_subject.iter().all(|(_, _, who)| who.as_deref() != Some("landlords")), "{clause_subject:?}");
    // a capitalised subject before its auxiliary opens a bare reported clause
    reported("en", "Chrystia Freeland says Canada has urged China to spare the life of a man.", "Canada has urged", "Chrystia Freeland");
    // a plain verb form shows a bare reported clause (`need to meet`, `favour the`), not one after
    // a pronoun opening a later clause
    reported("en", "Rentals.ca CEO Matt Danison said government officials and property owners need to meet together.", "need to meet", "Matt Danison");
    reported("en", "Councillor Josh Matlow told HuffPost Canada the laws around renovating a unit favour the property owner.", "favour the", "Josh Matlow");
    let object = run("en", "She wrote her first cookbook in 1991, then in the late ’90s she became a food columnist.");
    assert!(object.is_empty(), "{object:?}");
    // a clause ends where a coordinated subject noun phrase speaks (`— but the hereditary leaders say`)
    reported("en", "TransCanada has said it signed agreements with all First Nations along the route — but the hereditary leaders say those agreements don't apply to the territories.", "those agreements", "leaders");
    // a verb followed by an infinitive reports an intention, not words
    let intention = run("en", "Trudeau said the news came as a shock, and the federal government will continue to fight for the jobs.");
    assert!(intention.iter().any(|(t, _, _)| t.contains("will continue to fight")), "{intention:?}");
    // a fronted `as` phrase is not content, nor a title's capitalised `That` a complementiser
    for text in ["Professor Kent Moore spoke. As an example, Moore pointed to the theory about the waves.", "The recipe is literally called The Cake That Got Me Fired."] {
        let got = run("en", text);
        assert!(got.is_empty(), "{text:?} → {got:?}");
    }
    // a verb form in a list of noun phrases is a noun: `…, notes from when he taught juniors`
    let list = run("en", "There are trophies, 60 tour bags filled with clubs that he has used in his career, notes from when he taught juniors as a club pro, and yardage books.");
    assert!(list.is_empty(), "{list:?}");
    // a cleft sentence split by its cue: both pieces are reported
    let cleft = run("en", "Andrew Scheer spoke on Monday. It is on Trudeau's watch, Scheer said, that the country is facing regional divisions.");
    assert!(cleft.iter().any(|(t, k, who)| *k == QuoteKind::Indirect && t.starts_with("that the country") && who.as_deref() == Some("Andrew Scheer")), "{cleft:?}");
    // a quoted word and a verb after a conjunction start a new clause
    let coordinated = run("en", "Although the minister has often tweeted that there was \"no real crisis\" and \"crisis\" was among the most searched words, the list is not political.");
    assert!(coordinated.iter().any(|(t, k, _)| *k == QuoteKind::Mixed && t == "there was \"no real crisis\""), "{coordinated:?}");
    // a negated speech verb reports nothing
    for (lang, text) in [("en", "Ian Poulter framed the text. He won't say what the message is."), ("it", "Il ministro Mario Rossi non ha detto che il governo cadrà.")] {
        let got = run(lang, text);
        assert!(got.is_empty(), "{text:?} → {got:?}");
    }
    // a photo caption closed by its credit restates the article: its quotes are not reported
    let caption = run("en", "Dennis Brooks moved into an apartment.\n\nAsked what he would tell the mayor, Dennis Brooks says: 'Just listen to us.' (Muriel Draaisma/CBC)\n\n\"It feels good,\" Brooks said.");
    assert!(caption.iter().all(|(t, _, _)| !t.contains("listen")) && caption.iter().any(|(t, _, _)| t.contains("feels good")), "{caption:?}");
    let agency = run("en", "Coach Dana Fox, left, said the gift is the kindest thing anyone has done for her. Lee Park/THE CANADIAN PRESS.\n\nDana Fox said the team will play on Sunday.");
    assert!(agency.iter().all(|(t, _, _)| !t.contains("kindest")) && agency.iter().any(|(t, _, _)| t.contains("play on Sunday")), "{agency:?}");
    // a short caption closed by a credit without a slash; an agency's signature under a long
    // dispatch is no caption
    let stock = run("en", "Cities should plant more trees to cool their streets, Ana Ruiz writes. ( Stockphoto ).\n\nAna Ruiz said the city will plant 500 trees.");
    assert!(stock.iter().all(|(t, _, _)| !t.contains("cool their")) && stock.iter().any(|(t, _, _)| t.contains("500 trees")), "{stock:?}");
    let dispatch = "Il sindaco ha detto che la città non si fermerà. ".repeat(8) + "(ANSA).";
    reported("it", &dispatch, "non si fermerà", "sindaco");
    // a subject no mention covers: the clause is reported, with no speaker rather than a guess
    let unnamed = run("en", "Prime Minister Justin Trudeau visited the mosque. However, in the two years since the attack, some in the Muslim community say the outpouring of support has dried up.");
    assert!(unnamed.iter().any(|(t, k, who)| *k == QuoteKind::Indirect && t.starts_with("the outpouring") && who.is_none()), "{unnamed:?}");
    // a directive verb's addressee, then the infinitive that reports what was urged
    reported("en", "Justin Trudeau urged people to send a message to the Ford government.", "send a message", "Justin Trudeau");
    reported("en", "Dana Fox reminded customers to keep their freezers closed.", "keep their freezers", "Dana Fox");
    reported("en", "Chrystia Freeland urged all Canadians considering travel to China to consult the travel advisory.", "consult the travel", "Chrystia Freeland");
    // …not a commissive verb's object, an infinitive cue, nor a place after `to`
    for text in ["Al-Shabaab has vowed retribution against Kenya for sending troops to Somalia to fight it.", "Norman's lawyers are expected to ask the judge to toss out the case.", "Canada has asked China's ambassador to Canada for clemency."] {
        nothing_reported("en", text);
    }
    // the source's noun phrase goes on to the comma; the content follows it
    let source = run("en", "According to an Ontario Provincial Police investigation of the shooting, Vickers found himself on the opposite side of the pillar.");
    assert!(source.iter().any(|(t, k, _)| *k == QuoteKind::Indirect && t.starts_with("Vickers found")), "{source:?}");
    reported("en", "In Canada, magazines will make up just 2.2 per cent of all advertising spending, according to media buying company GroupM.", "magazines will", "media buying company GroupM");
    reported("en", "According to EHS, the target is being met in 90 per cent of cases but Chapman says that's not what the union is seeing.", "not what the union", "Chapman");
    let subheading = run("en", "The shelters are full.\n\n'Hard to be in such close quarters with the same people'.\n\nShelter residents are fearful.");
    assert!(subheading.is_empty(), "a quoted subheading is not reported: {subheading:?}");
    let per_cent = run("en", "Car sales were down 6.8 per cent in 2018, the biggest drop in a decade.");
    assert!(per_cent.is_empty(), "`per cent` is no source: {per_cent:?}");
    reported("en", "Tim Guest with the Nova Scotia Health Authority says there are many reasons for offload delays.", "many reasons", "Tim Guest");
    // an object whose only verbs stand in its relative clause or a coordinated predicate, a topic
    // after `of`, and a passive speech verb report nothing
    for text in [
        "President Uhuru Kenyatta announced the end of a siege that echoed an assault that killed 67 people.",
        "Officials have reported little progress on contentious issues but remain hopeful.",
        "\"Life was difficult,\" Fouzia Al Hashish recalled of that first day after Prime Minister Justin Trudeau greeted the refugees.",
        "Some were so incensed when the tax was announced they hoisted signs at a protest.",
        // the clause's verb comes before a clause it subordinates or a coordinated predicate
        "The Nikkei index added 1.4 per cent to 20,112.50 as Prime Minister Shinzo Abe promised more spending.",
        "Negotiators have reported slow progress on several issues but are hopeful that a deal will come.",
        // a noun and its infinitive is the verb's object; a plural noun before a preposition is no verb
        "Two carmakers have announced plans to shut their plants for up to three weeks in May.",
        "Strong winds push warm air north, explaining unusually mild temperatures on the coasts.",
        "The board added a fee for the new service, given it has not yet been approved.",
        // an imperative label, and `goes` as movement
        "Maria Lopez will play in Ohio.\n\n(Note: We are only counting events Lopez is likely to enter.)",
        "Maria Lopez won it in 2011.\n\nThis year's Ohio Open, which will now take place in June, goes to Cleveland.",
    ] {
        nothing_reported("en", text);
    }
    // a verb form before a finite speech verb heads its subject: the clause is the later verb's
    let noun = run("en", "The IMF report ultimately warned that the bridge will cost more.");
    assert!(noun.len() == 1 && noun[0].0 == "the bridge will cost more", "{noun:?}");
    reported("en", "It is on his watch, Maria Lopez said, that prices rose. And it is on his watch, she went on, that the deficit has doubled.", "the deficit has doubled", "Maria Lopez");
    // one quoted word that modifies the noun after it is a term, even in a reported clause
    for text in ["The agency suggested people limit their intake of “added” sugars to a minimum.", "Officers described the \"volatile\" mood of the crowd."] {
        let got = run("en", text);
        assert!(got.iter().all(|(_, k, _)| *k != QuoteKind::Direct), "{got:?}");
    }
    said("en", "Officers described the mood as \"volatile\" on Sunday.", "volatile", "Officers");
    // a short quote before a form of `to be` is a term being defined or discussed; a quote after a
    // word that names or defines is a term too, even in a reported clause
    for text in [
        "A “flipper” is when an investor buys a condo before it is built.",
        "The union had warned of cuts, and \"austerity\" was among the most searched words of the year.",
        "The old word gallimaufry means “a confused jumble.”",
        "Critics say the minister is engaging in what they call “project panic” over the budget.",
    ] {
        let got = run("en", text);
        assert!(got.iter().all(|(_, k, _)| *k != QuoteKind::Direct), "{text:?} → {got:?}");
    }
    // `Hydro` heads a utility's name: two utilities are two organisations, not one person
    reported("en", "Ontario Hydro said the outage was caused by a storm. BC Hydro said crews were working.", "caused by a storm", "Ontario Hydro");
    // a verb inside a quote is the bare clause's own verb: the clause is mixed
    let mixed = run("en", "Ana Ruiz said the video \"misrepresents the whole event\" at the rally.");
    assert!(mixed.iter().any(|(t, k, _)| *k == QuoteKind::Mixed && t.starts_with("the video")), "{mixed:?}");
    // a prepositional phrase, then an article whose noun an auxiliary follows: the bare clause
    reported("en", "Ana Ruiz said in a letter the council had no money left.", "the council had no money left", "Ana Ruiz");
    // a capitalised subject before a quote that opens with the auxiliary: a mixed clause
    let quoted_aux = run("en", "Justin Martin said Ottawa \"will always stand up for its workers\" and promised more support.");
    assert!(quoted_aux.iter().any(|(t, k, _)| *k == QuoteKind::Mixed && t.starts_with("Ottawa")), "{quoted_aux:?}");
    // `one` and `another` open a noun phrase: an inverted subject after the verb
    said("en", "The plant will close in May. \"It is devastating,\" said one worker at the gate.", "devastating", "worker");
    // a verb whose addressee comes first: addressee and adverbial before `that`
    let told = run("en", "The mayor told council members on Wednesday that the budget would be balanced.");
    assert!(told.iter().any(|(t, k, _)| *k == QuoteKind::Indirect && t == "the budget would be balanced"), "{told:?}");
    // the source after a noun of words that is the verb's subject
    said("en", "The ministry spoke first. A statement from the EU said, “the arrests raise serious questions.”", "arrests", "EU");
    said("it", "Il sindaco ha parlato. Una nota del Codacons spiega: «I fondi arriveranno a maggio».", "fondi", "Codacons");
    // a prepositional phrase closed by a comma before a bare clause
    reported("en", "Dana Fox concedes with hindsight, there were errors in the plan.", "there were errors", "Dana Fox");
    nothing_reported("en", "Dana Fox spoke in the hall, then left.");
    // a quantifier (also listed as no name when capitalised) is a plain word of the source's phrase
    reported("en", "According to the most recent data from the Canadian Bankers Association, household debt is rising.", "household debt", "Canadian Bankers Association");
    // after `according to`, the source follows the noun that carries its words
    reported("en", "According to a statement from the city, the roads will reopen on Monday.", "roads will reopen", "city");
    // between a quote's comma and its verb, a noun phrase with a complement is the subject
    said("en", "\"I was shocked,\" the 54-year-old father of two said Tuesday.", "shocked", "54-year-old father of two");
    // verbs of accusation and praise introduce the partial quotes they carry
    said("en", "Pierre Martin spoke on Saturday. He accused the government of \"wasting billions\" on consultants.", "wasting billions", "Pierre Martin");
    said("en", "Ana Ruiz slammed the ruling as \"a betrayal of the families.\"", "betrayal", "Ana Ruiz");
    // a speech verb coordinated with the subject's own predicate shares its subject
    reported("en", "Marit Stiles praised the plan and said the premier had kept his promises.", "had kept", "Marit Stiles");
    reported("en", "Marit Stiles called the plan \"a fantasy\" and said Ford had broken his promises.", "had broken", "Marit Stiles");
    // two words after a complementiser can be a whole reported clause; two words without one are not
    reported("en", "Health officials urged people to get vaccinated.", "get vaccinated", "officials");
    reported("pt", "O ministro disse que se enganou.", "se enganou", "ministro");
    nothing_reported("en", "Every time the union sees a shortage, they tweet it out.");
    // an irregular past is a bare clause's own verb; an embedded question is no reported clause
    reported("en", "Police said the suspect, a 24-year-old man, fled on foot.", "fled on foot", "Police");
    reported("en", "Dana Fox said sales rose 5 per cent last year.", "sales rose", "Dana Fox");
    reported("en", "Dana Fox said he knew nothing about the deal.", "knew nothing", "Dana Fox");
    nothing_reported("en", "Dana Fox wrote two plays in 2004, then after a long break in Lisbon she ran a bakery.");
    nothing_reported("en", "Dana Fox recalls why the mill closed and how the town shrank.");
    // a subordinator before an article opens a prepositional phrase before the complementiser
    reported("en", "Dana Fox acknowledged before the committee that the costs had doubled.", "the costs had doubled", "Dana Fox");
    reported("en", "Dana Fox said after the vote that the council had erred.", "the council had erred", "Dana Fox");
    // a first word in `-s` before `there`, `that` or an article is a verb: the speech verb was a noun
    nothing_reported("en", "As prices climb, a new report shows there may be layoffs ahead.");
    reported("en", "The minister says prices will fall next year.", "prices will fall", "minister");
    said("it", "Il sindaco ha detto che la riforma è “un disastro” per la città.", "disastro", "sindaco");
    let termine = run("it", "“Resilienza” è la parola più cercata dell’anno, secondo il dizionario.");
    assert!(termine.iter().all(|(_, k, _)| *k != QuoteKind::Direct), "{termine:?}");
    // a speech verb in a relative clause, followed by the reported verb
    reported("en", "The province is facing what Finance Minister Tom Reed says is a $2 billion shortfall.", "is a $2 billion", "Tom Reed");
    reported("en", "The city will build the shelters that the housing board says are needed before winter.", "are needed", "housing board");
    reported("en", "The United States said it would leave the pact.", "would leave", "United States");
    // …after a comparative, or with the speaker owning the noun before the verb
    reported("en", "The towns want far deeper cuts than the United Nations’ water panel says are needed to avert a drought.", "are needed", "United Nations");
    reported("en", "The visit falls on what local officials say is the mayor's 60th birthday.", "60th birthday", "officials");

    // a colon before a new subject and its speech verb ends the first reported clause
    let colon = run("en", "Tom Reed says he never learned to cook: he notes that his father made every meal.");
    assert!(colon.iter().any(|(t, k, _)| *k == QuoteKind::Indirect && t == "he never learned to cook"), "{colon:?}");
    // `alleged` takes a bare clause; a noun no mention covers is the verb's subject: no speaker
    reported("en", "Tom Reed alleged the council ignored the warnings.", "the council ignored", "Tom Reed");
    let unnamed = run("en", "Tom Reed spoke on Monday.\n\nBut people arrested at the site alleged to CBC News that there was a use of force.");
    assert!(unnamed.iter().any(|(t, k, who)| *k == QuoteKind::Indirect && t.starts_with("there was") && who.is_none()), "{unnamed:?}");
    // `that` right before a verb is a relative pronoun (English writes every subject): `called`
    // names the scheme; `told X that` still opens a clause before its subject
    for text in ["The council runs a scheme called Green Start that encourages local shops to stock paper bags.", "Nora Vance told the reporters that asked about the fund very little."] {
        nothing_reported("en", text);
    }
    reported("en", "Nora Vance told the board members that the fund would close.", "the fund would close", "Nora Vance");
    // a quote joined by `or` to an expression no one said is one more item of a list; joined to a
    // speaker's quote, it continues their words
    let listed = run("en", "\"We will open on time,\" Nora Vance said.\n\nThe club has banned \"game on\" and \"bring them home\" or \"bring the whole team home\" from its chants.");
    assert!(listed.iter().all(|(t, _, _)| !t.contains("whole team")), "{listed:?}");
    said("it", "\"Apriremo in orario\", ha detto la sindaca Anna Neri. \"Lavoreremo con tutte le scuole del quartiere\" e \"ascolteremo le famiglie che hanno scritto al comune\".", "ascolteremo", "Anna Neri");
    // a passive speech verb: its agent speaks, not its subject; without an agent, the speaker the
    // passage follows
    said("en", "The flood was described by Nora Vance as \"the worst in a century\".", "worst", "Nora Vance");
    said("en", "The new bridge was described as \"a gift to the whole valley\" by the mayor.", "gift", "mayor");
    said("pt", "O projeto foi classificado como \"um presente para o bairro\" pela prefeita Ana Souza.", "presente", "Ana Souza");
    said("en", "Judge Carl Moss said the accused had shown \"no remorse at any point.\" He was also described as \"a danger to the public.\"", "danger", "Carl Moss");
    // a gerund far after a short quote hangs on the clause the quote is part of; right after the
    // closing mark, it attributes the quote
    let gerund = run("en", "Nora Vance spoke first.\n\nMeanwhile, the tall \"fingers\" of the glacier hold cold water back, explaining the cool summers downstream.");
    assert!(gerund.iter().all(|(t, _, _)| !t.contains("fingers")), "{gerund:?}");
    said("en", "Nora Vance spoke first.\n\nTom Reed called the plan \"a long way from ready,\" noting that the money was not there.", "long way", "Tom Reed");
    // findings and stances (`estimated`, `concluded`, `agreed`) report a position, not words, as
    // `found` does; next to a quote, with its comma, they are its cue
    for text in ["The survey estimated that one in five homes has no smoke alarm.", "The review concluded that the bridge needs new cables.", "Nora Vance agreed the fees should be lower."] {
        nothing_reported("en", text);
    }
    said("en", "Tom Reed spoke first.\n\n\"We can finish the road by spring,\" Nora Vance agreed.", "finish the road", "Nora Vance");
    said("en", "Tom Reed spoke first.\n\n\"The bridge needs new cables,\" the engineers concluded.", "new cables", "engineers");
    // a subheading in single marks that repeats a speaker's words is not reported again
    let sub = run("en", "\"The river keeps rising every spring,\" Nora Vance said.\n\n'The river keeps rising every spring'\n\nThe town has built a new wall.");
    assert!(sub.len() == 1 && sub[0].0.starts_with('"'), "{sub:?}");
    // an addressee with a possessive name and a show's name in marks, then a time, then `that`
    for text in ["Tom Reed spoke at length. He told ABC’s “Morning” show on Friday that he was not rude.", "Tom Reed spoke at length. He told ABC’s Morning show on Friday that he was not rude."] {
        let told = run("en", text);
        assert!(told.iter().any(|(t, k, _)| *k == QuoteKind::Indirect && t == "he was not rude"), "{told:?}");
    }
    // an attributor inside the sentence whose source ends in a noun that is also a speech verb
    let inside = run("en", "Tom Reed spoke first.\n\nReed, according to the Herald report, rejected the offer from the mayor’s office.");
    assert!(inside.iter().any(|(t, k, who)| *k == QuoteKind::Indirect && t == "rejected the offer from the mayor’s office" && who.as_deref() == Some("Herald")), "{inside:?}");
    // groups named by their stance or part in an event speak as roles, and are addressees
    reported("en", "The council will vote on the levy next week. Opponents of the levy say it will hurt small shops.", "hurt small shops", "Opponents");
    let told = run("en", "Tom Reed was arrested on Friday. He told investigators he had acted alone.");
    assert!(told.iter().any(|(t, k, _)| *k == QuoteKind::Indirect && t == "he had acted alone"), "{told:?}");
    // a clause coordinated after a trailing cue, with a subject of its own, is reported too; one
    // about the speaker is the journalist's
    let both = run("en", "Tom Reed was at work that day.\n\nReed and two clerks hid in the vault, he said, but one guard ran to the street and was hurt there.");
    assert!(both.iter().any(|(t, k, _)| *k == QuoteKind::Indirect && t == "but one guard ran to the street and was hurt there"), "{both:?}");
    let own = run("en", "Tom Reed was at work that day.\n\nThe vault doors are often left open, he says, and he was angry about it.");
    assert!(own.iter().all(|(t, _, _)| !t.contains("angry")), "{own:?}");
    // a speech verb in a relative clause, right before the verb its relative pronoun is the subject
    // of, in Italian too (a verb with no bare clause of its own, after the relative pronoun)
    reported("it", "Resta il nodo del ponte, opera che il sindaco Carlo Neri ha fatto sapere sarà finita in estate.", "finita in estate", "Carlo Neri");
    // a passive's subject never speaks: without an agent, a reported clause has no speaker named
    // and a quote goes to the speaker salient before the sentence
    let told = run("en", "Dana Fox spoke on Monday. She was told by the staff that the fund would close.");
    assert!(told.iter().any(|(t, k, who)| *k == QuoteKind::Indirect && t == "the fund would close" && who.is_none()), "{told:?}");
    said("en", "\"We need this,\" Dana Fox said.\n\nThe plan was described as \"long overdue\" in a report.", "overdue", "Dana Fox");
    // a speech verb in an infinitive of purpose shares the subject of the speech verb before it
    reported("en", "Dana Fox called Lee Park on Thursday night to confirm she wanted to coach the team.", "she wanted to coach", "Dana Fox");
    // `that` after the verb opens the reported clause: its noun is no inverted subject
    let opened = run("en", "Police spoke on Monday.\n\nPeople arrested last week said that protesters were put at risk.");
    assert!(opened.iter().any(|(t, k, who)| *k == QuoteKind::Indirect && t.starts_with("protesters") && who.is_none()), "{opened:?}");
    // a speech verb in the future reports words not yet said; `would` may state a view
    nothing_reported("en", "The Greens will argue that the plan undermines other efforts.");
    reported("en", "Tom Reed declined to comment on the case. What he would say is that fines deter abuse.", "fines deter abuse", "Tom Reed");
    // a gerund aside before the verb holds its object, never its subject
    let aside = run("en", "The council met.\n\nThe story follows a report in the Daily Star on Thursday that, citing unnamed sources, alleged the mayor hid the costs.");
    assert!(aside.iter().any(|(t, k, who)| *k == QuoteKind::Indirect && t.starts_with("the mayor hid") && who.as_deref() != Some("sources")), "{aside:?}");
    // a name right after a role's preposition is the role's complement, not its holder's name
    reported("en", "Anna Berg, a 1989 graduate and a county commissioner in Kenton County, where the school is, said the photo misrepresents the culture.", "the photo", "Anna Berg");
    reported("en", "According to the spokesperson for Metro Transit, the buses were late.", "the buses", "spokesperson for Metro Transit");
    // the object of a participle is no subject
    let object = run("en", "Tom Reed was jailed in 2001.\n\nThe board decision allowing his release said he was no longer a danger.");
    assert!(object.iter().any(|(t, k, who)| *k == QuoteKind::Indirect && t.starts_with("he was no longer") && who.as_deref() != Some("release")), "{object:?}");
    // a reported sentence interrupted by its cue is two pieces, as a quote is
    let pieces = run("en", "Tom Reed spoke on Monday. Almost all revenues, they promise, will be returned to families in the provinces.");
    assert!(pieces.iter().any(|(t, k, _)| *k == QuoteKind::Indirect && t == "Almost all revenues") && pieces.iter().any(|(t, k, _)| *k == QuoteKind::Indirect && t.starts_with("will be returned")), "{pieces:?}");
    // a source phrase that ends in a name, after `according to` and an article (not `per barrel
    // in … on the New York Mercantile Exchange`)
    reported("en", "According to the latest figures from the Department of Health, 795 adults remain in care.", "795 adults", "Department of Health");
    nothing_reported("en", "Crude oil lost 21 cents to $52.43 per barrel in electronic trading on the New York Mercantile Exchange.");
    // …but `such as` opens no clause, and `that` inside the clause does not end it
    reported("en", "Laura Chen told investigators victims such as Tom Reyes and his brother were her friends.", "were her friends", "Laura Chen");
    // (a role before `such as` and a name is not that name's role)
    reported("en", "Laura Chen told police victims such as Tom Reyes and his brother were her friends.", "were her friends", "Laura Chen");
    reported("en", "Marie Dubois noted several times that she looked forward to the hearing.", "looked forward", "Marie Dubois");
    // …but a contraction that holds its subject still opens a clause after `but`, and a progressive
    // is not a passive
    reported("en", "After a week in hospital, Stephen Gillis said his kidney function came up to 14 per cent but it's now back down.", "kidney function", "Stephen Gillis");
    reported("en", "Mayor John Tory was saying the council will need more money.", "the council will", "John Tory");
    // the word lists behind English reported clauses: an object pronoun as addressee, a two-word
    // adverbial, a quantifier subject of a fronted subordinate clause; and answers that open none
    reported("en", "Mayor John Tory told him the city will pay for the shelters.", "the city will pay", "John Tory");
    reported("en", "Mayor John Tory said on Tuesday the city will pay for the shelters.", "the city will pay", "John Tory");
    reported("en", "Mayor John Tory said while many refugees have received support, others are still waiting.", "others are still waiting", "John Tory");
    for text in ["Mayor John Tory said no to the plan on Tuesday.", "Mayor John Tory said thanks to the volunteers who helped."] {
        nothing_reported("en", text);
    }
    reported("it", "Il ministro Mario Rossi ha detto in Parlamento che il governo non cadrà.", "il governo non cadrà", "Mario Rossi");
    reported("fr", "Le ministre Jean Dupont a déclaré à Paris que le gouvernement tiendra.", "le gouvernement tiendra", "Jean Dupont");
    reported("es", "El ministro Juan Pérez dijo en Madrid que el gobierno no caerá.", "el gobierno no caerá", "Juan Pérez");
    reported("pt", "O ministro João Silva disse em Brasília que o governo não cairá.", "o governo não cairá", "João Silva");
    // a short prepositional phrase between the verb and its complementiser
    reported("pt", "A Petrobras disse em nota que a produção segue normal.", "a produção segue", "Petrobras");
    reported("it", "Il ministro Mario Rossi ha detto in un'intervista che il governo non cadrà.", "il governo non cadrà", "Mario Rossi");
    reported("it", "Il ministro Mario Rossi ha detto ai giornalisti che il governo non cadrà.", "il governo non cadrà", "Mario Rossi");
    reported("es", "El ministro Juan Pérez dijo a los periodistas que el gobierno no caerá.", "el gobierno no caerá", "Juan Pérez");
    reported("fr", "Le ministre Jean Dupont a déclaré dans un communiqué que le gouvernement tiendra.", "le gouvernement tiendra", "Jean Dupont");
    // an infinitive clause right after the speech verb, up to a comma
    reported("fr", "Le suspect Brahim Aouissaoui a affirmé avoir tout oublié, une amnésie à laquelle personne ne croit.", "avoir tout oublié", "Brahim Aouissaoui");
    let span = run("fr", "Le suspect Brahim Aouissaoui a affirmé avoir tout oublié, une amnésie à laquelle personne ne croit.");
    assert!(span.iter().all(|(t, _, _)| !t.contains("amnésie")), "{span:?}");
    reported("fr", "Le suspect Brahim Aouissaoui affirme ne se souvenir de rien.", "ne se souvenir", "Brahim Aouissaoui");
    reported("es", "El detenido Juan Pérez afirmó no haber visto nada esa noche.", "haber visto", "Juan Pérez");
    reported("pt", "O ministro João Silva disse ter recebido a carta na segunda-feira.", "ter recebido", "João Silva");
    for (lang, text) in [("fr", "Le ministre Jean Dupont a dit non à la proposition."), ("es", "El ministro Juan Pérez dijo no a la propuesta.")] {
        nothing_reported(lang, text);
    }
    // an attributor before a speech verb and its inverted subject, at the start or the end
    reported("es", "Según indicaron a este periódico las citadas fuentes, el atestado ya ha sido remitido al Juzgado.", "el atestado", "fuentes");
    reported("es", "La Policía Nacional continúa investigando, según informaron fuentes policiales.", "La Policía Nacional", "fuentes policiales");
    // a cue set off by commas after a short subject, and a quote in lowercase that goes on with it
    let mixed = run("es", "Barack Obama habló en la Casa Blanca. La decisión, apuntó, \"reafirmó que los estadounidenses tienen derecho a la protección de la ley\".");
    assert!(mixed.iter().any(|(t, k, who)| *k == QuoteKind::Mixed && t.starts_with("La decisión") && who.as_deref() == Some("Barack Obama")), "{mixed:?}");
    // a reported clause ends where a subordinate clause with its own speech verb begins
    let concessive = run("es", "La alcaldesa Claudia Rivera negó que existiera subejercicio en infraestructura, aunque confirmó que dejará obras en carpeta.");
    assert!(concessive.iter().any(|(t, _, _)| t == "existiera subejercicio en infraestructura") && concessive.iter().any(|(t, _, _)| t.starts_with("dejará obras")), "{concessive:?}");
    // a phrase set off by commas before the complementiser; a noun of time takes no relative
    reported("pt", "O ministro Luiz Henrique Mandetta destacou, ao lado de cinco secretários, que continua na pasta.", "continua na pasta", "Luiz Henrique Mandetta");
    reported("pt", "O ministro Luiz Henrique Mandetta disse na noite desta segunda-feira que continua no cargo.", "continua no cargo", "Luiz Henrique Mandetta");
    reported("fr", "Le ministre Jean Dupont a indiqué, dans un communiqué, que le gouvernement tiendra.", "le gouvernement tiendra", "Jean Dupont");
    // a clause ends where a coordinated clause's subject speaks after an adverbial phrase
    let two = run("pt", "O autarca Pedro Santana Lopes disse que seria sem hora marcada, mas de seguida um dos vereadores informou a oposição de que a suspensão seria de 30 minutos.");
    assert!(two.iter().any(|(t, _, _)| t == "seria sem hora marcada"), "{two:?}");
    // a preposition and a medium's name before the inverted subject
    said("it", "Il sindaco ha parlato ieri. «Il sindaco dorme», ha scritto su Facebook il capogruppo della Lega, Marco Verdi.", "dorme", "Marco Verdi");
    // an addressee after a preposition, then the infinitive a directive verb reports
    reported("it", "Matteo Salvini ha chiesto a Berlusconi di sciogliere la riserva.", "sciogliere la riserva", "Matteo Salvini");
    // an acronym before a person's name is part of their role
    said("it", "\"Il centrodestra non blocchi l'Italia\". Così su Twitter il leader M5S Giuseppe Conte.", "centrodestra", "Giuseppe Conte");
    // a subject of the journalist's whose predicate is the quote, interrupted by its cue
    let predicate = run("it", "Il direttore dell'Oms Tedros Adhanom Ghebreyesus è intervenuto. La situazione sul campo, a Gaza, \"è indescrivibile - incalza il direttore - Ospedali stipati di feriti\".");
    assert!(predicate.iter().any(|(t, k, _)| *k == QuoteKind::Mixed && t == "La situazione sul campo, a Gaza, \"è indescrivibile"), "{predicate:?}");
    // a clitic between the subject and its verb (`otra persona le respondió`)
    reported("es", "Un vecino gritaba. Otra persona le respondió que la policía llegaría pronto.", "la policía llegaría", "persona");
    reported("it", "Il ministro Mario Rossi ha parlato a lungo, poi precisando dopo una breve pausa che il governo non cadrà.", "il governo non cadrà", "Mario Rossi");
    // …but not a relative clause on its noun, nor after what the verb is about
    for (lang, text) in [("es", "El ministro Juan Pérez dijo en la reunión que se celebró ayer en Madrid."), ("pt", "O ministro João Silva reclamou de críticas que não são construtivas.")] {
        nothing_reported(lang, text);
    }
    // a phrasal speech verb after the quote
    said("en", "Sarah Buckley leads the team. \"Please help us,\" Buckley signs off.", "help us", "Sarah Buckley");
    // a photo credit glued to a caption is not part of the name after it
    said("en", "Niall Carson / PA Images via Getty Images Kevin Vickers at a ceremony in Dublin.\n\n\"I'm ready,\" Vickers said.", "ready", "Kevin Vickers");
    // a contraction that holds its subject opens a bare clause (`said Monday he's considering …`)
    reported("en", "Kevin Vickers is back. The former sergeant-at-arms Kevin Vickers said Monday he's considering a run for the Liberal leadership.", "considering a run", "Kevin Vickers");
    // a possessive ends a person's or place's name, not an organisation's
    said("en", "Author Cecil Foster's new book delves into the history of Canada’s Black train porters.\n\n\"They fought for their rights,\" he writes.", "fought", "Cecil Foster");
    reported("en", "The Prime Minister's Office said the trip is cancelled.", "the trip", "Prime Minister's Office");
    // an acronym joins the name whose content words it spells
    reported("en", "The Parliamentary Budget Officer released a report on Thursday. The PBO said the pipeline is worth less than the government paid.", "the pipeline", "Parliamentary Budget Officer");
    reported("pt", "O Gabinete de Segurança Institucional divulgou uma nota. O GSI afirmou que a investigação continua.", "a investigação", "Gabinete de Segurança Institucional");
    let unrelated = run("en", "The Parliamentary Budget Officer released a report. Trump said the pipeline is worth less than the government paid.");
    assert!(unrelated.iter().any(|(_, _, who)| who.as_deref() == Some("Trump")), "{unrelated:?}");
    // an epithet names whoever the passage is about, even someone first named after a preposition,
    // when the article names them again; not a place named once
    said("en", "I'm talking about Alfonso Espinos, who moved to North America. Espinos runs a shop. \"It's the tip of the iceberg,\" points out the laid-back Cambridge resident.", "tip of the iceberg", "Alfonso Espinos");
    let place = run("en", "Alfonso Espinos made his way to North America. \"It's the tip of the iceberg,\" says the laid-back Cambridge resident.");
    assert!(place.iter().all(|(_, _, who)| who.as_deref() != Some("North America")), "{place:?}");
}

#[test]
fn question_before_a_trailing_cue() {
    said("en", "\"Why would we agree?\", said Maria Roth.", "agree", "Maria Roth");
}

#[test]
fn french() {
    // a subheading alone in its paragraph that repeats the opening of a later attributed quote is
    // that speaker's
    // `des` opening a clause is an indefinite article, so its noun can be the subject; after a
    // noun it is `de` + `les`
    reported("fr", "Après l'orage, des habitants ont raconté que la rivière était sortie de son lit en une heure.", "la rivière", "habitants");
    reported("fr", "Et des commerçants ont assuré que les clients ne reviendraient pas.", "les clients", "commerçants");
    reported("fr", "Le porte-parole des habitants, Luc Martin, a affirmé que la rivière était sortie de son lit.", "la rivière", "Luc Martin");
    // a commission or committee named by its common noun is a source
    reported("fr", "Les plages resteront fermées tout le mois, selon une commission du conseil régional.", "Les plages", "commission");
    reported("pt", "A comissão de moradores afirmou que a obra vai atrasar.", "a obra", "comissão");
    reported("it", "La commissione ha spiegato che i lavori riprenderanno a giugno.", "i lavori", "commissione");
    let heading = "Le chantier du nouveau pont a pris deux ans de retard.\n\n« Nous avons sous-estimé la difficulté »\n\n\
        Les travaux devaient s'achever au printemps.\n\n\
        « Nous avons sous-estimé la difficulté. Le sol était bien plus instable que prévu », a reconnu Marc Lefèvre lors d'une réunion publique.";
    let got = run("fr", heading);
    assert!(got.iter().any(|(t, _, who)| t == "« Nous avons sous-estimé la difficulté »" && who.as_deref() == Some("Marc Lefèvre")), "{got:?}");
    // a person named by what they are in the story is a speaker
    reported("fr", "L'incendie a commencé à l'aube. Une femme qui habite au troisième étage a raconté qu'elle a vu de la fumée dans l'escalier.", "fumée", "femme");
    // a name between commas is no subject of a plural verb (`ont`, `-ent`), but of a singular one
    reported("fr", "Les avocats du ministre, Paul Martin, ont déclaré que leur client fera appel.", "fera appel", "avocats du ministre");
    reported("fr", "L'avocat du ministre, Paul Martin, soutient que son client fera appel.", "fera appel", "Paul Martin");
    // a sentence-opening attributor before an article, a noun and a comma names its source (not
    // before a noun of time or of words); a stressed pronoun after one points back
    reported("it", "Secondo il sindacato, la manovra penalizza i lavoratori.", "penalizza", "sindacato");
    reported("fr", "Selon le ministère, la réforme sera votée en mars.", "sera votée", "ministère");
    reported("fr", "Les policiers ont interrogé trois témoins. Selon eux, le voleur portait une veste rouge.", "veste rouge", "policiers");
    nothing_reported("fr", "Pour l'heure, la date du procès n'est pas fixée.");
    nothing_reported("es", "Según este relato, el hombre huyó por la ventana.");
    nothing_reported("fr", "Demain, le ministre va déclarer que le plan est prêt.");
    // a verb after a comma with no subject after it, before a preposition: a sentence, no cue
    nothing_reported("fr", "Paul Martin a visité la ville. Les ruines de la chapelle, bel ouvrage du XVe siècle, témoignent de la violence des vents.");
    said("fr", "Emmanuel Macron a visité l’usine lundi. « Nous ne céderons pas », a-t-il déclaré devant la presse.", "céderons", "Emmanuel Macron");
    said("fr", "« La situation est grave », a déclaré la ministre Élisabeth Borne.", "grave", "Élisabeth Borne");
    said("fr", "Le maire Jean Dupont a affirmé : « Nous reconstruirons l’école. »", "reconstruirons", "Jean Dupont");
    reported("fr", "Selon la préfecture, trois personnes ont été blessées.", "blessées", "préfecture");
    // a role with a lowercase complement and the name in apposition is one mention; the body it
    // names (`la commission`) does not take the later inverted pronouns
    let mose = "« Les faits sont graves », a déclaré le président de la commission, Paul Garnier, à Genève. \
        Dans les villes de Lyon et de Nantes, la commission a observé « des destructions massives », a-t-il ajouté. \
        « Nous continuerons à enquêter », a-t-il observé.";
    said("fr", mose, "graves", "Paul Garnier");
    said("fr", mose, "destructions", "Paul Garnier");
    reported("fr", mose, "destructions", "Paul Garnier");
    said("fr", mose, "continuerons", "Paul Garnier");
    // a definite role without a named holder is the person last named as a subject; a plural role
    // noun before a comma takes no name in apposition; a fronted phrase is not reported content
    let hollande = "Lors de sa visite dans cette ville de 47 000 habitants, Paul Garnier a pu constater les dégâts. \
        Le président s'est adressé aux habitants :\n\n« Nous reconstruirons ensemble cette ville, ses écoles et son port. »";
    said("fr", hollande, "reconstruirons", "Paul Garnier");
    assert!(run("fr", hollande).iter().all(|(t, _, _)| !t.contains("Lors de")), "{:?}", run("fr", hollande));
    // a role whose complement has capitalised words and `et` still takes the name in apposition;
    // `selon le ministre` after a name is not its apposition
    let ndiaye = "Le ministre de la Pêche et de l’Economie maritime, Paul Ndiaye, a lancé les travaux. \
        Les études ont été faites avec l’aide des Pays-Bas, selon le ministre de la Pêche.";
    reported("fr", ndiaye, "études", "Paul Ndiaye");
    // a purpose clause after `pour X` and a fronted phrase before a verb that has its own `que`
    // clause are not reported speech
    let travel = "Mais il prend la route pour la Sicile pour travailler quelques jours dans une ferme. \
        La veille au soir, dans un message audio, Paul Garnier avait expliqué à un ami qu’il ne pouvait pas venir.";
    let got = run("fr", travel);
    assert!(got.iter().all(|(t, _, _)| !t.contains("travailler") && !t.contains("message audio")), "{got:?}");
    // a question mark inside the quote does not end the sentence before its cue; a role's
    // complement may hold `du`; an attributor before its quote names the speaker
    said("fr", "« Vous partez l’année prochaine ? », demande le journaliste Paul Garnier au ministre.", "partez", "Paul Garnier");
    let gregoire = "Pour la ministre chargée du Commerce Claire Morel, interrogée sur la radio, « la meilleure recette, c’est de ne pas y penser ».";
    said("fr", gregoire, "recette", "Claire Morel");
    assert!(run("fr", gregoire).iter().all(|(_, k, _)| *k == QuoteKind::Direct), "{:?}", run("fr", gregoire));
    // a plural role noun (`des collaborateurs`) is not the `il` of an inverted cue
    let coridon = "« Nous construisons un modèle », a expliqué Paul Garnier.\n\nIl a ajouté que l’outil était prêt.\n\n\
        Il a souligné que l’intelligence artificielle peut réduire l’engagement des collaborateurs.\n\n\
        « Le management est d’abord une réalité humaine », a-t-il insisté.";
    said("fr", coridon, "management", "Paul Garnier");
    // words before `, selon X,` that go on after it are not what X said
    let soussi = "Des avocats ont dénoncé une \"supercherie\" de l'accusé dont, selon Me Paul Garnier, avocat d'une victime, \"la radicalisation est ancienne et profonde\".";
    said("fr", soussi, "radicalisation", "Paul Garnier");
    assert!(run("fr", soussi).iter().all(|(t, _, _)| !t.starts_with("Des avocats")), "{:?}", run("fr", soussi));
    // a noun phrase after a trailing cue names the speaker even when a prepositional phrase follows
    said("fr", "Paul Garnier vivait à Nice. «Simone, c’était la joie de vivre, elle voulait la paix », confiait une cousine en 2020 à La Croix.", "joie", "cousine");
    // a capitalised particle inside a name, after a title too
    said("fr", "Le président de la Chambre, Paul De Smet, était absent. « Je ne savais rien », a indiqué jeudi M. De Smet.", "savais", "Paul De Smet");
    // `M. Garnier`: the title and its period belong to the mention after the verb
    said("fr", "Paul Garnier est arrivé lundi. Le comité a siégé. « Rien n’est décidé », a souligné M. Garnier.", "Rien", "Paul Garnier");
    reported("fr", "Le ministre Paul Durand a déclaré ce mardi que le parti ne changera pas de ligne.", "ne changera pas", "Paul Durand");
    // an addressee with a participle phrase (`en` there is a preposition) before the `que` clause;
    // a clitic `en` before a verb ends the search
    reported("fr", "La veille, Paul Garnier avait expliqué à un voisin résidant en région parisienne qu'il ne pouvait pas venir.", "ne pouvait pas venir", "Paul Garnier");
    nothing_reported("fr", "Paul Garnier a écrit à un voisin puis en a parlé à la police qu'il connaissait.");
    // `continue de` / `ne cesse de` before a speech verb are periphrases like `vient de`; a bare
    // infinitive after a plain verb is no cue
    said("fr", "Claire Dubois, qui ne cesse de promettre un \"nouveau départ\" pour la région, a visité l'usine.", "nouveau départ", "Claire Dubois");
    reported("fr", "La ministre Claire Dubois continue de dire que la région va mieux.", "va mieux", "Claire Dubois");
    assert!(run("fr", "Claire Dubois aime promettre un \"nouveau départ\" aux électeurs.").is_empty());
    // a name in marks after a body's noun (`le centre “…”`) inside a reported clause is no partial
    // quote; the speaker's own word there still is
    let centre = run("fr", "Claire Dubois a rappelé que le centre social “Maison Soleil”, ouvert en 2021, a accueilli 900 familles.");
    assert!(centre.iter().all(|(_, k, _)| *k == QuoteKind::Indirect), "{centre:?}");
    said("fr", "Claire Dubois a rappelé que le centre social a connu une année “très difficile” en 2021.", "très difficile", "Claire Dubois");
    // `CONTENT, selon X, "…".`: the quote that ends the sentence goes on with the content (one
    // mixed quote, without an opening adverb); `l'accusation` is a source like `le parquet`
    let parquet = run("fr", "Surtout, les analyses ont montré, selon l'accusation, \"que le suspect mentait depuis le début\".");
    assert!(parquet.iter().any(|(t, k, w)| *k == QuoteKind::Mixed && t.starts_with("les analyses") && t.ends_with("début\"") && w.as_deref() == Some("accusation")), "{parquet:?}");
    said("fr", "Surtout, les analyses ont montré, selon l'accusation, \"que le suspect mentait depuis le début\".", "suspect", "accusation");
    let insee = run("fr", "Les prix ont encore augmenté, selon l'Insee, en mars et en avril.");
    assert!(insee.iter().any(|(t, k, _)| *k == QuoteKind::Indirect && t == "Les prix ont encore augmenté"), "{insee:?}");
    // a verb of calling on someone, its addressee, then `à` and the infinitive (quoted too: a mixed
    // quote); `à` and a time after the object, or a verb of naming, report nothing
    let cgt = "Un média local appelait les salariés à \"résister\" face à la direction, notamment dans \"chaque atelier\".";
    said("fr", cgt, "résister", "média");
    assert!(run("fr", cgt).iter().any(|(t, k, _)| *k == QuoteKind::Mixed && t.ends_with("atelier\"")), "{:?}", run("fr", cgt));
    reported("fr", "Le maire Paul Garnier appelle les habitants à rester chez eux.", "rester chez eux", "Paul Garnier");
    nothing_reported("fr", "Le maire Paul Garnier a appelé les pompiers à 3 heures.");
    assert!(run("fr", "Le village s'appelle \"Les Pins\" depuis 1900.").is_empty());
    let opens = run("fr", "Le ministre Paul Durand a affirmé \"vouloir aller jusqu’au bout\" de la réforme des retraites.");
    assert!(opens.iter().any(|(t, k, _)| t.ends_with("des retraites") && *k == QuoteKind::Mixed), "{opens:?}");
}

#[test]
fn spanish() {
    // a person named by what they are in the story is a speaker
    reported("es", "El incendio empezó de madrugada. Una mujer que vive en el tercer piso ha relatado que vio humo en la escalera.", "vio humo", "mujer");
    // `trasladar` passes a message on; an addressee and a phrase set off by commas stand before `que`
    reported("es", "Los portavoces de la alcaldía trasladaron a la prensa, durante una visita al mercado, que el servicio de autobuses se reanudará el lunes.", "se reanudará", "portavoces");
    // `en un comunicado`: a participle that is also a noun of words is the noun after an article
    reported("es", "El alcalde dijo, en un comunicado, que el servicio de autobuses se reanudará el lunes.", "se reanudará", "alcalde");
    // a name between commas is no subject of a plural verb: it stands for the noun before it
    reported("es", "Los abogados de la empresaria, Marta Ruiz, dijeron que apelarán la sentencia.", "apelarán", "abogados de la empresaria");
    reported("es", "La abogada de la empresa, Marta Ruiz, dijo que apelará la sentencia.", "apelará", "Marta Ruiz");
    // a cue set off by commas inside the clause it reports: one reported span across it, the
    // clause going on with a verb in the future, or after a preposition that is no attributor here
    let inner = run("es", "La alcaldesa Carmen Ruiz visitó el barrio. Ha pedido calma y para ello, ha dicho, reforzarán la presencia policial en las calles.");
    assert!(inner.iter().any(|(t, k, who)| t == "para ello, ha dicho, reforzarán la presencia policial en las calles" && *k == QuoteKind::Indirect && who.as_deref() == Some("Carmen Ruiz")), "{inner:?}");
    let inner = run("es", "La alcaldesa Carmen Ruiz visitó el barrio. La seguridad, ha dicho, mejorará con más agentes en las calles.");
    assert!(inner.iter().any(|(t, k, _)| t == "La seguridad, ha dicho, mejorará con más agentes en las calles" && *k == QuoteKind::Indirect), "{inner:?}");
    // the last name of a list inside an apposition is not the subject
    said("es", "Andrés Vidal, delegado de Cultura, Juventud y Medio Ambiente, por su parte, aseguró: «El festival se celebrará en julio».", "festival", "Andrés Vidal");
    // a short full sentence right after the previous quote continues it, with its stop after the mark
    said("es", "\"No vamos a dar un paso atrás\", afirmó Pedro Gómez ante los diputados. \"España necesita estabilidad\".", "estabilidad", "Pedro Gómez");
    // a quote right after `lista` names the list
    let lista = run("it", "«Serve più coraggio», dice Anna Neri. Neri regala a Bruni la maglietta della sua lista \"Città aperta\". Poi se ne va.");
    assert!(lista.iter().all(|(t, _, _)| !t.contains("Città")), "{lista:?}");
    // `de que` after a speech verb; a gerund right after a noun phrase has it for subject
    reported("es", "El ministro Juan Pérez informó de que habían llegado los agentes.", "habían llegado", "Juan Pérez");
    reported("es", "La comisaría recibió una llamada del alcalde Luis Gómez alertando de que se habían efectuado disparos.", "se habían efectuado", "Luis Gómez");
    said("es", "—No vamos a ceder —dijo el ministro Carlos Cuerpo—. Es nuestra posición.", "No vamos a ceder", "Carlos Cuerpo");
    said("es", "«La economía crece», afirmó la presidenta Claudia Sheinbaum.", "economía", "Claudia Sheinbaum");
    said("es", "El alcalde José Luis Martínez-Almeida aseguró: “Madrid está preparada”.", "Madrid", "José Luis Martínez-Almeida");
    reported("es", "Según la Policía Nacional, el detenido tenía antecedentes.", "detenido", "Policía Nacional");
    said("es", "Manuel Ortega visitó la zona. \"Hay que reconstruir\", afirmó el mandatario.", "reconstruir", "Manuel Ortega");
    // a fragment inside a reported clause is the reporting speaker's, not the embedded verb's subject
    said("es", "El ministro Alejandro Ruiz dijo que el jefe de Estado responderá ante los medios “en cualquier momento”.", "cualquier", "Alejandro Ruiz");
    // but a speech verb that reports a clause of its own inside it owns what is quoted there
    said("es", "La dueña del bar, Rosa Prieto, ha explicado que un cliente le dijo que el incendio había sido \"muy rápido\".", "muy rápido", "cliente");
    // coordinated reported clauses (`que A y que B`) are one reported quote
    let coord = run("es", "El ministro Carlos Cuerpo aseguró que la economía crece y que el paro bajará este año.");
    assert_eq!(coord.iter().filter(|(_, k, _)| *k != QuoteKind::Direct).count(), 1, "{coord:?}");
    // `para` after a noun is not an attributor (`un recuerdo para las víctimas, a las que …`)
    let ares = run("es", "Ares ha tenido un recuerdo para las víctimas, a las que ha dicho que el mejor homenaje es la paz.");
    assert!(ares.iter().all(|(t, _, _)| !t.starts_with("a las que")), "{ares:?}");
    let moreau = "La diputada nacional y vicepresidenta del bloque en la Cámara baja, Ana Moreno, afirmó a través de un mensaje en su cuenta de Twitter que «somos una sociedad más justa».";
    said("es", moreau, "sociedad", "Ana Moreno");
    assert!(run("es", moreau).iter().all(|(t, _, _)| !t.starts_with("La diputada")), "{:?}", run("es", moreau));
    said("es", "«No hubo avisos», declaró el director del hospital, Manuel Ortega, ante la prensa.", "avisos", "Manuel Ortega");
    // praising in quoted words is speech; praising a noun phrase reports nothing
    said("es", "«Estamos listos», dijo Boris Johnson. El ministro Pablo Gómez elogió «el trabajo incansable de los voluntarios del barrio».", "trabajo incansable", "Pablo Gómez");
    nothing_reported("es", "El ministro Pablo Gómez elogió el trabajo de los voluntarios.");
    reported("es", "El ministro Pablo Gómez afirmó este jueves que el partido no cambiará de línea.", "no cambiará", "Pablo Gómez");
    // after a complement that is all one quote, `, al + infinitive` and `después de que` are the
    // journalist's
    let when = run("es", "La presidenta Ana López afirmó que \"el país está preparado\", al firmar el decreto de vivienda.");
    assert!(when.iter().all(|(_, k, _)| *k == QuoteKind::Direct) && !when.is_empty(), "{when:?}");
    let after = run("es", "El consejero Pablo Gómez ha declarado que \"la ciudad respira tranquila\" después de que la policía anunciara la detención del sospechoso.");
    assert!(after.iter().all(|(_, k, _)| *k == QuoteKind::Direct) && !after.is_empty(), "{after:?}");
    // a complement that opens with a quoted infinitive is mixed; one that is all quote is direct
    let opens = run("es", "El ministro Pablo Gómez dijo \"querer llegar hasta el final\" con la reforma.");
    assert!(opens.iter().any(|(t, k, _)| t.ends_with("con la reforma") && *k == QuoteKind::Mixed), "{opens:?}");
    let all_quote = run("es", "El ministro Pablo Gómez dijo \"querer llegar hasta el final con la reforma\".");
    assert!(all_quote.iter().all(|(_, k, _)| *k == QuoteKind::Direct), "{all_quote:?}");
}

#[test]
fn portuguese() {
    // a person named by what they are in the story is a speaker; an article fused with a
    // preposition after a verb starts no subject (`mora no terceiro andar`), after a quantifier it
    // does (`um dos vereadores`)
    reported("pt", "O incêndio começou de madrugada. Uma mulher que mora no terceiro andar contou que viu fumaça na escada.", "fumaça", "mulher");
    reported("pt", "Um dos vereadores informou que a sessão foi suspensa.", "sessão", "vereadores");
    // a name between commas is no subject of a plural verb
    reported("pt", "Os advogados do ministro, Paulo Souza, disseram que o cliente vai recorrer.", "vai recorrer", "advogados do ministro");
    // an addressee with a name after its preposition, then the complementiser
    reported("pt", "Paulo Lima disse a integrantes do governo de Jair Bolsonaro que o presidente deveria parar.", "o presidente deveria", "Paulo Lima");
    // a passive speech verb's subject was asked: the phrase before it is no reported content
    nothing_reported("pt", "À chegada para uma reunião com os deputados, na Assembleia, Rui Matos foi questionado sobre a decisão do Presidente.");
    said("pt", "“Não vamos recuar”, disse o presidente Luiz Inácio Lula da Silva.", "recuar", "Luiz Inácio Lula da Silva");
    said("pt", "A Petrobras disse em nota: “A produção segue normal”.", "produção", "Petrobras");
    reported("pt", "Segundo o Ministério da Saúde, os casos caíram em março.", "casos", "Ministério da Saúde");
    // a contracted article (`na`, `pelo`) governs its mention like a preposition; a cue noun
    // (`No seu discurso`) has no subject; a verb after `e` shares the clause's subject
    let temer = "“Vamos em frente”, disse o presidente Carlos Mendes. \
        No seu discurso, o presidente não falou sobre as denúncias que teve que enfrentar na Câmara dos Deputados, mas afirmou que a economia cresce. \
        “Podemos reunir o novo ministério”, disse.";
    said("pt", temer, "Podemos", "Carlos Mendes");
    reported("pt", temer, "economia", "Carlos Mendes");
    // an acronym after its article is not a dateline; a role does not reach over another full name
    let gsi = "O GSI, contudo, confirmou que o ministro general Augusto Heleno esteve com Burns e que a agenda \"foi devidamente divulgada\".";
    said("pt", gsi, "divulgada", "GSI");
    reported("pt", "O ministro Carlos Mendes visitou a obra e pediu que os trabalhos acelerem.", "trabalhos", "Carlos Mendes");
    reported("pt", "O ministro Paulo Santos disse esta quarta-feira que o partido não vai mudar de linha.", "não vai mudar", "Paulo Santos");
    reported("pt", "O ministro Paulo Santos falou muito, alertando, contudo, que o acordo ainda depende do parlamento.", "ainda depende", "Paulo Santos");
    // a complement that opens with a quoted infinitive (a comma inside the quote does not end it)
    let opens = run("pt", "O ministro Paulo Santos disse esta semana \"compartilhar da mesma preocupação, sem dúvida\" que o presidente pela falta de verbas na saúde.");
    assert!(opens.iter().any(|(t, k, who)| t.ends_with("na saúde") && *k == QuoteKind::Mixed && who.as_deref() == Some("Paulo Santos")), "{opens:?}");
    // verbs of characterising (`descreveu … como “…”`), and their participles agreeing with a
    // passive's subject: the agent speaks
    said("pt", "A deputada Helena Prado descreveu o novo regulamento como \"uma armadilha para os pequenos agricultores\".", "armadilha", "Helena Prado");
    said("pt", "A reforma do porto foi classificada como \"um desperdício sem nome\" pela vereadora Joana Ribeiro.", "desperdício", "Joana Ribeiro");
    said("pt", "As novas portagens foram qualificadas de \"um roubo\" pelo autarca Nuno Teixeira.", "roubo", "Nuno Teixeira");
    // a judgement quoted right after an attitude verb is the subject's words, and with what it
    // judges after it, a small clause of reported content (a mixed quote); alone, only the quote
    said("pt", "O autarca Rui Gomes considerou “inaceitável” o atraso das obras na estrada, lembrando que a via está fechada.", "inaceitável", "Rui Gomes");
    reported("pt", "O autarca Rui Gomes considerou “inaceitável” o atraso das obras na estrada, lembrando que a via está fechada.", "o atraso das obras na estrada", "Rui Gomes");
    reported("es", "La alcaldesa Marta Ruiz consideró “inaceptable” el retraso de las obras en la carretera.", "el retraso", "Marta Ruiz");
    reported("it", "Il sindaco Paolo Verdi ritiene “inaccettabile” il ritardo dei lavori sulla strada provinciale.", "il ritardo", "Paolo Verdi");
    // a report nested in reported content, its speaker named right before its verb and
    // complementiser: both reports are found, each with its own speaker
    let nested = "O ministro Rui Gomes afirmou que Paulo Lima disse que a estrada vai abrir em maio.";
    let got = run("pt", nested);
    let has = |got: &[(String, QuoteKind, Option<String>)], t: &str, who: &str| got.iter().any(|(q, _, w)| q == t && w.as_deref() == Some(who));
    assert!(got.len() == 2 && has(&got, "Paulo Lima disse que a estrada vai abrir em maio", "Rui Gomes") && has(&got, "a estrada vai abrir em maio", "Paulo Lima"), "{got:?}");
    let got = run("it", "Il sindaco Paolo Verdi ha affermato che Mario Rossi ha detto che la strada riaprirà a maggio.");
    assert!(has(&got, "la strada riaprirà a maggio", "Mario Rossi"), "{got:?}");
    assert_eq!(run("pt", "O ministro Rui Gomes afirmou que Paulo Lima disse isso na reunião de ontem.").len(), 1);
    // a name's bracketed aside (its party) is not the verb's subject; a long prepositional phrase
    // set off by commas between the verb and its complementiser
    reported("pt", "A deputada Helena Prado (PSD) pediu nesta segunda-feira, durante a longa audiência com os representantes dos agricultores afetados pela seca, que o governo pague as indemnizações.", "o governo pague", "Helena Prado");
    reported("es", "El diputado Juan Gil (PP) recordó, en la última sesión de la comisión de agricultura del parlamento regional, que el plazo termina en marzo.", "el plazo termina", "Juan Gil");
    let alone = run("pt", "O autarca Rui Gomes considerou “inaceitável”.");
    assert!(alone.iter().all(|(_, k, _)| *k == QuoteKind::Direct) && alone.iter().any(|(_, _, who)| who.as_deref() == Some("Rui Gomes")), "{alone:?}");
}

#[test]
fn german() {
    said("de", "„Wir sind bereit“, sagte Bundeskanzler Olaf Scholz am Montag.", "bereit", "Olaf Scholz");
    said("de", "Die Ministerin Annalena Baerbock erklärte: „Die Lage ist ernst.“", "ernst", "Annalena Baerbock");
    said("de", "»Das ist ein Erfolg«, sagte Anna Schmidt.", "Erfolg", "Anna Schmidt");
    reported("de", "Laut Polizei wurden drei Menschen verletzt.", "verletzt", "Polizei");
    // a separable speech verb split by its addressee (`warf … vor`): the stem alone is the cue
    said("de", "Peter Krause warf dem Bürgermeister Hans Müller „Versagen auf ganzer Linie“ vor.", "Versagen", "Peter Krause");
    said("de", "Der Landrat Peter Krause warf der Opposition vor, „die Bürger bewusst zu täuschen“.", "täuschen", "Peter Krause");
    // an article after a person's name starts a noun phrase (a relative clause would follow a
    // comma); name particles keep their articles
    reported("de", "Das Zentrum dient laut Peter Müller der Verbesserung der Zusammenarbeit zwischen den Behörden.", "der Verbesserung", "Peter Müller");
    said("de", "Auch hatte Burt Rutan den Zeitplan geheimgehalten. „Wir sind bereit“, sagte Rutan.", "bereit", "Burt Rutan");
    said("de", "„Wir bieten den Fans eine Möglichkeit“, so Vereinssprecher Corny Littmann zu den Beweggründen des Vereins.", "Möglichkeit", "Corny Littmann");
    // a compound ending in a role is the person's role, not part of the name
    said("de", "„Wir sind bereit“, sagte BDI-Präsident Jürgen Thumann.", "bereit", "Jürgen Thumann");
    said("de", "„Wir sind bereit“, sagte Ursula von der Leyen.", "bereit", "Ursula von der Leyen");
    said("de", "„Wir sind bereit“, sagte Jan van den Berg.", "bereit", "Jan van den Berg");
    said("de", "„Das war ein Versuch einer Eskalation“, kritisierte ein Gremium der Blockupy-Organisation.", "Eskalation", "Gremium der Blockupy-Organisation");
    // `feiern … als „…“` calls a thing something, like `bezeichnen … als`; a title after `mit` is no quote
    said("de", "Der Sportverband feierte den Beschluss als „historischen Tag für den Sport“.", "historischen Tag", "Sportverband");
    assert!(run("de", "Das Stadttheater feierte am Samstag mit „Faust“ Premiere.").is_empty());
    // `hält … für „…“`: what someone holds a thing to be, in their words
    said("de", "Der Staatsanwalt Peter Braun hält den Angeklagten für „gefährlich“.", "gefährlich", "Peter Braun");
    assert!(run("de", "Die Polizei hält den Verdächtigen weiter fest.").is_empty());
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
