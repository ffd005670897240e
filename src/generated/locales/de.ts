
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.http.notfound': str`Der Feed ${0} wurde nicht gefunden (Fehler ${1}).`,
'error.http.other': str`Der Server des Feeds ${0} hat die Anfrage abgelehnt (Fehler ${1}).`,
'error.http.server': str`Der Server des Feeds ${0} ist derzeit nicht erreichbar (Fehler ${1}).`,
'error.invalid': str`Der Feed ${0} ist kein twin-cities-Feed (Version 1).`,
'error.invalid.inline': `Der in die Seite eingebettete Feed ist kein twin-cities-Feed (Version 1).`,
'error.network': str`Der Feed ${0} kann nicht abgerufen werden. Liegt er auf einer anderen Website, muss diese den Abruf mit dem Header Access-Control-Allow-Origin erlauben; andernfalls betten Sie den Feed direkt in die Seite ein.`,
'error.parse': str`Der Feed ${0} ist kein gültiges JSON.`,
'error.parse.inline': `Der in die Seite eingebettete Feed ist kein gültiges JSON.`,
'error.timeout': str`Der Feed ${0} antwortet zu langsam.`,
'error.too-large': str`Der Feed ${0} ist zu groß (mehr als 5 MB).`,
'inhabitants.few': `Einwohner`,
'inhabitants.many': `Einwohner`,
'inhabitants.one': `Einwohner`,
'inhabitants.other': `Einwohner`,
'invalid.not-object': `Das Dokument ist kein JSON-Objekt.`,
'invalid.partners': `Das Feld "partners" muss eine Liste sein.`,
'invalid.too-large': `Das Dokument ist größer als 5 MB.`,
'invalid.version': `Das Feld "version" muss den Wert 1 haben.`,
'kind.cooperation': `Kommunale Entwicklungszusammenarbeit`,
'kind.friendship': `Städtefreundschaft`,
'kind.twinning': `Städtepartnerschaft`,
'link.read-more': `Weiterlesen`,
'link.read-more.label': str`Weiterlesen: ${0}`,
'more.button': `Mehr anzeigen`,
'more.status': str`${0} von ${1} Partnerstädten angezeigt`,
'population.approximate': str`etwa ${0} Einwohner`,
'population.exact': str`${0} ${1}`,
'population.year': str`${0} (${1})`,
'problem.boolean': str`„${0}“ ist weder true noch false.`,
'problem.country': str`„${0}“ ist kein zweistelliger Ländercode nach ISO 3166-1 (zum Beispiel DE).`,
'problem.dropped': `Der Wert wurde ignoriert.`,
'problem.duplicate-id': str`Die ID „${0}“ wird bereits von einem vorherigen Partner verwendet.`,
'problem.entry': `Dieser Eintrag ist kein Objekt.`,
'problem.integer': str`„${0}“ ist keine ganze Zahl größer oder gleich 0.`,
'problem.kind': str`Unbekannter Typ „${0}“: erwartet wird twinning, cooperation oder friendship.`,
'problem.location': `Die Koordinaten müssen die Form { "lat": -90 bis 90, "lon": -180 bis 180 } haben.`,
'problem.object': str`„${0}“ ist kein Objekt.`,
'problem.required': `Dieses Pflichtfeld fehlt oder ist leer.`,
'problem.skipped': `Der Partner wurde übersprungen.`,
'problem.text': str`„${0}“ ist weder ein Text noch ein Objekt mit Texten je Sprache.`,
'problem.themes': str`„${0}“ ist keine Liste von Themen.`,
'problem.url': str`„${0}“ ist keine http- oder https-Adresse.`,
'problem.year': str`„${0}“ ist keine Jahreszahl zwischen 1800 und ${1}.`,
'since.cooperation': str`Zusammenarbeit seit ${0}`,
'since.friendship': str`Freundschaftsstadt seit ${0}`,
'since.twinning': str`Partnerstadt seit ${0}`,
'status.empty': `Derzeit sind keine Partnerstädte eingetragen.`,
'status.loading': `Partnerstädte werden geladen …`,
'status.no-feed': `Kein Feed angegeben: Bitte tragen Sie seine Adresse im Attribut src ein.`,
'theme.culture': `Kultur und Kulturerbe`,
'theme.education': `Bildung, Jugend und Sport`,
'theme.energy': `Erneuerbare Energien`,
'theme.environment': `Umwelt`,
'theme.inclusion': `Inklusion und Soziales`,
'theme.institutions': `Stärkung der Kommunalverwaltung`,
'theme.social-economy': `Sozial- und Solidarwirtschaft`,
'theme.waste': `Abfallwirtschaft`,
'theme.water': `Wasser und Abwasser`,
'cli.usage': `Usage : twin-cities validate | from-csv | check-reciprocity … (twin-cities --help pour l’aide)`,
'cli.usage.validate': `Usage : twin-cities validate &lt;fichier-ou-url&gt;… [--json] [--base URL] [--lang L]`,
'cli.usage.from-csv': `Usage : twin-cities from-csv &lt;fichier.csv&gt; --city NOM --country CC [--lang L]`,
'cli.usage.check-reciprocity': `Usage : twin-cities check-reciprocity &lt;fichier-ou-url&gt; [--json] [--base URL] [--lang L]`,
'cli.help': `twin-cities : outils pour les flux de villes partenaires (jumelages, coopérations).

  twin-cities validate &lt;fichier-ou-url&gt;… [--json] [--base URL]
      Vérifie des flux et explique chaque problème.
      --base : l’adresse où le flux sera publié, pour ses adresses relatives.

  twin-cities from-csv &lt;fichier.csv&gt; --city NOM --country CC
      Transforme un tableau (CSV exporté d’un tableur) en flux JSON.

  twin-cities check-reciprocity &lt;fichier-ou-url&gt; [--json] [--base URL]
      Vérifie que chaque ville partenaire nous liste aussi dans son flux.

  --lang L : langue des messages (fr, de, en, it, pl, pt).
Code de sortie : 0 sans problème, 1 s’il y a des problèmes, 2 pour une commande mal écrite.`,
'cli.error.unknown-command': str`commande inconnue : ${0}`,
'cli.error.unknown-option': str`option inconnue : ${0}`,
'cli.error.missing-value': str`l’option ${0} attend une valeur`,
'cli.error.missing-option': str`l’option ${0} est obligatoire`,
'cli.error.missing-input': `indiquez un fichier ou une adresse`,
'cli.error.extra-argument': str`argument en trop : ${0}`,
'cli.error.country': str`« ${0} » n’est pas un code pays ISO 3166-1 à deux lettres (par exemple FR)`,
'cli.error.base': str`« ${0} » n’est pas une adresse http ou https`,
'cli.error.unexpected': str`erreur inattendue : ${0}`,
'cli.read.not-found': `Fichier introuvable.`,
'cli.read.directory': `C’est un dossier, pas un fichier.`,
'cli.read.denied': `Lecture refusée : droits insuffisants.`,
'cli.read.failed': str`Lecture impossible (${0}).`,
'cli.read.network': `Serveur injoignable.`,
'cli.read.timeout': str`Pas de réponse au bout de ${0} secondes.`,
'cli.read.http': str`Le serveur a répondu par l’erreur ${0}.`,
'cli.read.parse': `Ce n’est pas du JSON valide.`,
'cli.read.parse-at': str`Ce n’est pas du JSON valide (ligne ${0}, colonne ${1}).`,
'cli.partners.one': str`${0} partenaire`,
'cli.partners.few': str`${0} partenaires`,
'cli.partners.many': str`${0} partenaires`,
'cli.partners.other': str`${0} partenaires`,
'cli.problems.one': str`${0} problème`,
'cli.problems.few': str`${0} problèmes`,
'cli.problems.many': str`${0} problèmes`,
'cli.problems.other': str`${0} problèmes`,
'cli.csv.problem': str`ligne ${0}, colonne ${1} : ${2}`,
'cli.csv.missing-columns': str`La ligne d’en-tête n’a pas la colonne obligatoire ${0}.`,
'cli.csv.unknown-column': str`Colonne « ${0} » inconnue : ignorée.`,
'cli.csv.empty': `Le fichier est vide : il faut au moins la ligne d’en-tête.`,
'cli.csv.unclosed-quote': str`ligne ${0} : un guillemet ouvert n’est jamais fermé.`,
'cli.csv.malformed': str`ligne ${0} : CSV mal formé.`,
'cli.reciprocity.partner': `Partenaire`,
'cli.reciprocity.name': `Nom`,
'cli.reciprocity.status': `Réciprocité`,
'cli.reciprocity.listed': `nous liste aussi`,
'cli.reciprocity.missing': `ne nous liste pas`,
'cli.reciprocity.unreachable': `flux illisible`,
'cli.reciprocity.no-feed': `pas de flux`,
'cli.reciprocity.summary': str`Partenaires avec un flux : ${0} ; nous listent aussi : ${1} ; ne nous listent pas : ${2} ; flux illisibles : ${3}.`,
'cli.reciprocity.unrecognizable': `Ce flux n’a ni adresse ni ville (nom et pays dans « city ») : aucun partenaire ne peut le reconnaître.`,
    };
  