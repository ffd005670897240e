
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cli.csv.column-names': str`Colonne riconosciute, con questi nomi o tradotti (vedi docs/publishing.md): ${0}.`,
'cli.csv.empty': `Il file è vuoto: serve almeno la riga di intestazione.`,
'cli.csv.https-added': str`«${0}» non ha https://: pubblicato come ${1}.`,
'cli.csv.id-from-name.add': `Aggiungere una colonna id, con un identificativo diverso per ogni riga. Partner escluso.`,
'cli.csv.id-from-name.empty': `Da questo nome non si può ricavare un identificativo (non contiene né lettere né cifre).`,
'cli.csv.id-from-name.fill': `Scrivere un identificativo nella colonna id di questa riga. Partner escluso.`,
'cli.csv.id-from-name.repeated': str`L’identificativo «${0}», ricavato dal nome, è già usato da una riga precedente.`,
'cli.csv.malformed': str`riga ${0}: CSV non valido.`,
'cli.csv.missing-columns.few': str`Mancano le colonne obbligatorie ${0}.`,
'cli.csv.missing-columns.many': str`Mancano le colonne obbligatorie ${0}.`,
'cli.csv.missing-columns.one': str`Manca la colonna obbligatoria ${0}.`,
'cli.csv.missing-columns.other': str`Mancano le colonne obbligatorie ${0}.`,
'cli.csv.no-rows': `Nessun partner: la tabella ha solo la riga di intestazione. Aggiungere una riga per ogni città partner.`,
'cli.csv.no-valid-rows': `Nessun partner valido: tutte le righe sono state escluse (vedi sopra). Non è stato scritto alcun feed.`,
'cli.csv.problem': str`riga ${0}, colonna ${1}: ${2}`,
'cli.csv.since-date': str`«${0}» è una data: viene mantenuto solo l’anno ${1}.`,
'cli.csv.spreadsheet': `È una cartella di lavoro (Excel, LibreOffice), non un file CSV: nel foglio di calcolo scegliere File → Salva con nome → CSV UTF-8 (delimitato da virgole).`,
'cli.csv.unclosed-quote': str`riga ${0}: virgolette aperte e mai chiuse.`,
'cli.csv.unknown-column': str`Colonna «${0}» sconosciuta: ignorata.`,
'cli.csv.unknown-column-suggestion': str`Colonna «${0}» sconosciuta: ignorata. Forse si intendeva ${1}?`,
'cli.csv.unknown-kind': str`Tipo di partenariato sconosciuto: «${0}» (previsto: ${1}, ${2} o ${3}). Partner escluso.`,
'cli.csv.unknown-theme': str`Tema «${0}» sconosciuto: mostrato così com’è.`,
'cli.error.base': str`«${0}» non è un indirizzo http o https`,
'cli.error.country': str`«${0}» non è un codice paese ISO 3166-1 di due lettere (ad esempio IT)`,
'cli.error.encoding': str`codifica sconosciuta: «${0}» (${1})`,
'cli.error.extra-argument': str`argomento in eccesso: ${0}`,
'cli.error.missing-command': `indicare un comando: validate, from-csv o check-reciprocity`,
'cli.error.missing-input': `indicare un file o un indirizzo`,
'cli.error.missing-option': str`l’opzione ${0} è obbligatoria`,
'cli.error.missing-value': str`l’opzione ${0} richiede un valore`,
'cli.error.no-value': str`l’opzione ${0} non accetta valori`,
'cli.error.output-is-input': str`-o ${0} è la tabella stessa: verrebbe sovrascritta dal feed. Scegliere un altro file, ad esempio jumelages.json.`,
'cli.error.unexpected': str`errore imprevisto: ${0}`,
'cli.error.unknown-command': str`comando sconosciuto: ${0}`,
'cli.error.unknown-option': str`opzione sconosciuta: ${0}`,
'cli.help': `twin-cities: strumenti per i feed delle città partner (gemellaggi, cooperazione decentrata).

  twin-cities validate &lt;file-o-url&gt;… [--json] [--base URL]
      Controlla i feed e spiega ogni problema.
      --base: l’indirizzo a cui sarà pubblicato il feed, per risolverne gli indirizzi relativi.

  twin-cities from-csv &lt;file.csv&gt; --city NOME --country CC [-o feed.json] [--encoding E]
      Trasforma una tabella (esportata in CSV da un foglio di calcolo) in un feed JSON.
      -o, --output: il file in cui scrivere il feed (altrimenti viene mostrato a schermo).
      --encoding: la codifica del file CSV (utf-8, windows-1250, windows-1252), se non viene riconosciuta.

  twin-cities check-reciprocity &lt;file-o-url&gt; [--json] [--base URL]
      Controlla che ogni città partner ci elenchi a sua volta nel proprio feed.

  --lang L: lingua dei messaggi (fr, de, en, it, pl, pt).
Codice di uscita: 0 senza problemi, 1 in caso di problemi, 2 se il comando è errato.`,
'cli.partners.few': str`${0} partner`,
'cli.partners.many': str`${0} partner`,
'cli.partners.one': str`${0} partner`,
'cli.partners.other': str`${0} partner`,
'cli.problems.few': str`${0} problemi`,
'cli.problems.many': str`${0} problemi`,
'cli.problems.one': str`${0} problema`,
'cli.problems.other': str`${0} problemi`,
'cli.read.csv': str`È una tabella CSV, non un feed JSON: per trasformarla in feed, eseguire twin-cities from-csv ${0} --city NOME --country CC.`,
'cli.read.denied': `Lettura non consentita: permessi insufficienti.`,
'cli.read.directory': `È una cartella, non un file.`,
'cli.read.failed': str`Impossibile leggere il file (${0}).`,
'cli.read.http': str`Il server ha risposto con l’errore ${0}.`,
'cli.read.network': `Server non raggiungibile.`,
'cli.read.not-file': `Non è un file regolare: non letto.`,
'cli.read.not-found': `File non trovato.`,
'cli.read.outside': `Indirizzo locale fuori dalla cartella del feed indicato: non letto.`,
'cli.read.parse': `Non è un JSON valido.`,
'cli.read.parse-at': str`Non è un JSON valido (riga ${0}, colonna ${1}).`,
'cli.read.timeout': str`Nessuna risposta dopo ${0} secondi.`,
'cli.read.too-large': str`Il documento supera i ${0} MB.`,
'cli.read.utf16': `Il file è salvato in UTF-16: i browser non lo leggeranno. Salvarlo in UTF-8 (è ciò che fa from-csv --output).`,
'cli.reciprocity.listed': `ci elenca a sua volta`,
'cli.reciprocity.missing': `non ci elenca`,
'cli.reciprocity.name': `Nome`,
'cli.reciprocity.no-city': `Questo feed non indica la propria città (nome e paese in "city"): i partner possono riconoscerlo solo dal suo indirizzo.`,
'cli.reciprocity.no-feed': `nessun feed`,
'cli.reciprocity.partner': `Partner`,
'cli.reciprocity.private-address': str`L’indirizzo ${0} è privato o locale: viene letto solo con --allow-private.`,
'cli.reciprocity.status': `Reciprocità`,
'cli.reciprocity.summary': str`Partner con un feed: ${0}; ci elencano a loro volta: ${1}; non ci elencano: ${2}; feed illeggibili: ${3}.`,
'cli.reciprocity.unreachable': `feed illeggibile`,
'cli.reciprocity.unreadable': str`Feed di ${0} illeggibile (${1}): ${2}`,
'cli.usage': `Uso: twin-cities validate | from-csv | check-reciprocity … (guida: twin-cities --help)`,
'cli.usage.check-reciprocity': `Uso: twin-cities check-reciprocity &lt;file-o-url&gt; [--json] [--base URL] [--lang L]`,
'cli.usage.from-csv': `Uso: twin-cities from-csv &lt;file.csv&gt; --city NOME --country CC [-o feed.json] [--encoding E] [--lang L]`,
'cli.usage.validate': `Uso: twin-cities validate &lt;file-o-url&gt;… [--json] [--base URL] [--lang L]`,
'cli.validate.first-problems': str`Sono elencati solo i primi ${0} problemi.`,
'cli.write.denied': `Scrittura non consentita: permessi insufficienti.`,
'cli.write.directory': `È una cartella: indicare un file, ad esempio jumelages.json.`,
'cli.write.failed': str`Impossibile scrivere il file (${0}).`,
'cli.write.no-folder': `La cartella non esiste: crearla oppure scegliere un altro percorso.`,
    };
  