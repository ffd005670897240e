
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cli.csv.column-names': str`Bekannte Spalten, unter diesen Namen oder übersetzt (siehe docs/publishing.md): ${0}.`,
'cli.csv.empty': `Die Datei ist leer: Mindestens die Kopfzeile muss vorhanden sein.`,
'cli.csv.https-added': str`„${0}“ ohne https:// – wird als ${1} veröffentlicht.`,
'cli.csv.id-from-name.add': `Bitte eine Spalte id hinzufügen, mit einer eigenen ID pro Zeile. Partner übersprungen.`,
'cli.csv.id-from-name.empty': `Aus diesem Namen lässt sich keine ID bilden (er enthält weder Buchstaben noch Ziffern).`,
'cli.csv.id-from-name.fill': `Bitte in der Spalte id dieser Zeile eine ID eintragen. Partner übersprungen.`,
'cli.csv.id-from-name.repeated': str`Die aus dem Namen gebildete ID „${0}“ wird schon von einer früheren Zeile verwendet.`,
'cli.csv.malformed': str`Zeile ${0}: fehlerhaftes CSV.`,
'cli.csv.missing-columns.few': str`Die Pflichtspalten ${0} fehlen.`,
'cli.csv.missing-columns.many': str`Die Pflichtspalten ${0} fehlen.`,
'cli.csv.missing-columns.one': str`Die Pflichtspalte ${0} fehlt.`,
'cli.csv.missing-columns.other': str`Die Pflichtspalten ${0} fehlen.`,
'cli.csv.no-rows': `Keine Partner: Die Tabelle hat nur ihre Kopfzeile. Bitte eine Zeile pro Partnerstadt hinzufügen.`,
'cli.csv.no-valid-rows': `Kein gültiger Partner: Alle Zeilen wurden übersprungen (siehe oben). Es wurde kein Feed geschrieben.`,
'cli.csv.problem': str`Zeile ${0}, Spalte ${1}: ${2}`,
'cli.csv.since-date': str`„${0}“ ist ein Datum: Nur das Jahr ${1} wird übernommen.`,
'cli.csv.spreadsheet': `Das ist eine Arbeitsmappe (Excel, LibreOffice), keine CSV-Datei: In der Tabellenkalkulation Datei → Speichern unter → CSV UTF-8 (durch Trennzeichen getrennt) wählen.`,
'cli.csv.unclosed-quote': str`Zeile ${0}: Ein Anführungszeichen wird geöffnet, aber nie geschlossen.`,
'cli.csv.unknown-column': str`Unbekannte Spalte „${0}“ wird ignoriert.`,
'cli.csv.unknown-column-suggestion': str`Unbekannte Spalte „${0}“ wird ignoriert. Meinten Sie ${1}?`,
'cli.csv.unknown-kind': str`Unbekannte Art der Partnerschaft: „${0}“ (erwartet: ${1}, ${2} oder ${3}). Partner übersprungen.`,
'cli.csv.unknown-theme': str`Unbekanntes Thema „${0}“: wird unverändert angezeigt.`,
'cli.error.base': str`„${0}“ ist keine http- oder https-Adresse`,
'cli.error.country': str`„${0}“ ist kein zweistelliger Ländercode nach ISO 3166-1 (zum Beispiel DE)`,
'cli.error.encoding': str`unbekannte Zeichenkodierung: „${0}“ (${1})`,
'cli.error.extra-argument': str`überzähliges Argument: ${0}`,
'cli.error.missing-command': `bitte einen Befehl angeben: validate, from-csv oder check-reciprocity`,
'cli.error.missing-input': `bitte eine Datei oder eine Adresse angeben`,
'cli.error.missing-option': str`die Option ${0} ist erforderlich`,
'cli.error.missing-value': str`die Option ${0} erwartet einen Wert`,
'cli.error.no-value': str`die Option ${0} erlaubt keinen Wert`,
'cli.error.output-is-input': str`-o ${0} ist die Tabelle selbst, der Feed würde sie überschreiben. Bitte eine andere Datei angeben, zum Beispiel jumelages.json.`,
'cli.error.unexpected': str`unerwarteter Fehler: ${0}`,
'cli.error.unknown-command': str`unbekannter Befehl: ${0}`,
'cli.error.unknown-option': str`unbekannte Option: ${0}`,
'cli.help': `twin-cities: Werkzeuge für Feeds von Partnerstädten (Städtepartnerschaften, Kooperationen).

  twin-cities validate &lt;Datei-oder-URL&gt;… [--json] [--base URL]
      Prüft Feeds und erklärt jedes Problem.
      --base: die Adresse, unter der der Feed veröffentlicht wird (zum Auflösen relativer Adressen).

  twin-cities from-csv &lt;Datei.csv&gt; --city NAME --country CC [-o feed.json] [--encoding E]
      Wandelt eine Tabelle (CSV-Export aus einer Tabellenkalkulation) in einen JSON-Feed um.
      -o, --output: die Datei, in die der Feed geschrieben wird (sonst wird er angezeigt).
      --encoding: die Zeichenkodierung der CSV-Datei (utf-8, windows-1250, windows-1252), falls sie falsch erkannt wird.

  twin-cities check-reciprocity &lt;Datei-oder-URL&gt; [--json] [--base URL]
      Prüft, ob jede Partnerstadt uns in ihrem Feed ebenfalls aufführt.

  --lang L: Sprache der Meldungen (fr, de, en, it, pl, pt).
Exit-Code: 0 ohne Probleme, 1 bei Problemen, 2 bei fehlerhaftem Aufruf.`,
'cli.partners.few': str`${0} Partner`,
'cli.partners.many': str`${0} Partner`,
'cli.partners.one': str`${0} Partner`,
'cli.partners.other': str`${0} Partner`,
'cli.problems.few': str`${0} Probleme`,
'cli.problems.many': str`${0} Probleme`,
'cli.problems.one': str`${0} Problem`,
'cli.problems.other': str`${0} Probleme`,
'cli.read.csv': str`Das ist eine CSV-Tabelle, kein JSON-Feed. Um daraus einen Feed zu erzeugen: twin-cities from-csv ${0} --city NAME --country CC.`,
'cli.read.denied': `Zugriff verweigert: fehlende Leserechte.`,
'cli.read.directory': `Das ist ein Ordner, keine Datei.`,
'cli.read.failed': str`Die Datei kann nicht gelesen werden (${0}).`,
'cli.read.http': str`Der Server hat mit dem Fehler ${0} geantwortet.`,
'cli.read.network': `Server nicht erreichbar.`,
'cli.read.not-file': `Das ist keine gewöhnliche Datei: wird nicht gelesen.`,
'cli.read.not-found': `Datei nicht gefunden.`,
'cli.read.outside': `Lokale Adresse außerhalb des Ordners des angegebenen Feeds: wird nicht gelesen.`,
'cli.read.parse': `Das ist kein gültiges JSON.`,
'cli.read.parse-at': str`Das ist kein gültiges JSON (Zeile ${0}, Spalte ${1}).`,
'cli.read.timeout': str`Keine Antwort nach ${0} Sekunden.`,
'cli.read.too-large': str`Das Dokument ist größer als ${0} MB.`,
'cli.read.utf16': `Die Datei ist in UTF-16 gespeichert: Browser können sie nicht lesen. Bitte als UTF-8 speichern (das erledigt from-csv --output).`,
'cli.reciprocity.listed': `führt uns auch auf`,
'cli.reciprocity.missing': `führt uns nicht auf`,
'cli.reciprocity.name': `Name`,
'cli.reciprocity.no-city': `Dieser Feed nennt seine Stadt nicht (Name und Land unter "city"): Partner können ihn nur an seiner Adresse erkennen.`,
'cli.reciprocity.no-feed': `kein Feed`,
'cli.reciprocity.partner': `Partner`,
'cli.reciprocity.private-address': str`Die Adresse ${0} ist privat oder lokal: Sie wird nur mit --allow-private gelesen.`,
'cli.reciprocity.status': `Gegenseitigkeit`,
'cli.reciprocity.summary': str`Partner mit Feed: ${0}; führen uns auch auf: ${1}; führen uns nicht auf: ${2}; nicht lesbare Feeds: ${3}.`,
'cli.reciprocity.unreachable': `Feed nicht lesbar`,
'cli.reciprocity.unreadable': str`Feed von ${0} nicht lesbar (${1}): ${2}`,
'cli.usage': `Aufruf: twin-cities validate | from-csv | check-reciprocity … (Hilfe: twin-cities --help)`,
'cli.usage.check-reciprocity': `Aufruf: twin-cities check-reciprocity &lt;Datei-oder-URL&gt; [--json] [--base URL] [--lang L]`,
'cli.usage.from-csv': `Aufruf: twin-cities from-csv &lt;Datei.csv&gt; --city NAME --country CC [-o feed.json] [--encoding E] [--lang L]`,
'cli.usage.validate': `Aufruf: twin-cities validate &lt;Datei-oder-URL&gt;… [--json] [--base URL] [--lang L]`,
'cli.validate.first-problems': str`Nur die ersten ${0} Probleme sind aufgeführt.`,
'cli.write.denied': `Schreiben verweigert: fehlende Schreibrechte.`,
'cli.write.directory': `Das ist ein Ordner: Bitte eine Datei angeben, zum Beispiel jumelages.json.`,
'cli.write.failed': str`Schreiben nicht möglich (${0}).`,
'cli.write.no-folder': `Der Ordner existiert nicht: Bitte legen Sie ihn an oder wählen Sie einen anderen Pfad.`,
    };
  