
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.http.notfound': str`Nie znaleziono kanału danych ${0} (błąd ${1}).`,
'error.http.other': str`Serwer kanału danych ${0} odrzucił żądanie (błąd ${1}).`,
'error.http.server': str`Serwer kanału danych ${0} jest niedostępny (błąd ${1}).`,
'error.invalid': str`Kanał danych ${0} nie jest kanałem twin-cities (wersja 1).`,
'error.invalid.inline': `Kanał danych osadzony na stronie nie jest kanałem twin-cities (wersja 1).`,
'error.network': str`Nie można połączyć się z kanałem danych ${0}. Jeśli jest on opublikowany w innej witrynie, ta witryna musi zezwolić na dostęp za pomocą nagłówka Access-Control-Allow-Origin; w przeciwnym razie należy osadzić kanał danych bezpośrednio na stronie.`,
'error.parse': str`Kanał danych ${0} zawiera niepoprawny kod JSON.`,
'error.parse.inline': `Kanał danych osadzony na stronie zawiera niepoprawny kod JSON.`,
'error.timeout': str`Kanał danych ${0} odpowiada zbyt wolno.`,
'error.too-large': str`Kanał danych ${0} jest zbyt duży (ponad 5 MB).`,
'inhabitants.few': `mieszkańcy`,
'inhabitants.many': `mieszkańców`,
'inhabitants.one': `mieszkaniec`,
'inhabitants.other': `mieszkańca`,
'invalid.not-object': `Dokument nie jest obiektem JSON.`,
'invalid.partners': `Pole "partners" musi być listą.`,
'invalid.too-large': `Dokument przekracza 5 MB.`,
'invalid.version': `Pole "version" musi mieć wartość 1.`,
'kind.cooperation': `Współpraca zdecentralizowana`,
'kind.friendship': `Porozumienie o przyjaźni`,
'kind.twinning': `Partnerstwo miast`,
'link.read-more': `Czytaj więcej`,
'link.read-more.label': str`Czytaj więcej: ${0}`,
'more.button': `Pokaż więcej`,
'more.status': str`Wyświetlono ${0} z ${1} miast partnerskich`,
'population.approximate': str`około ${0} mieszkańców`,
'population.exact': str`${0} ${1}`,
'population.year': str`${0} (${1})`,
'problem.boolean': str`„${0}” nie jest wartością true ani false.`,
'problem.country': str`„${0}” nie jest dwuliterowym kodem kraju ISO 3166-1 (np. DE).`,
'problem.dropped': `Pominięto tę wartość.`,
'problem.duplicate-id': str`Identyfikator „${0}” jest już używany przez wcześniejszego partnera.`,
'problem.entry': `Ten wpis nie jest obiektem.`,
'problem.integer': str`„${0}” nie jest nieujemną liczbą całkowitą.`,
'problem.kind': str`Nieznany typ „${0}”: dozwolone wartości to twinning, cooperation lub friendship.`,
'problem.location': `Współrzędne muszą mieć postać { "lat": od -90 do 90, "lon": od -180 do 180 }.`,
'problem.object': str`„${0}” nie jest obiektem.`,
'problem.required': `Brakuje tego obowiązkowego pola lub jest ono puste.`,
'problem.skipped': `Pominięto cały wpis partnera.`,
'problem.text': str`„${0}” nie jest ani tekstem, ani obiektem z tekstami w poszczególnych językach.`,
'problem.themes': str`„${0}” nie jest listą tematów.`,
'problem.url': str`„${0}” nie jest adresem http ani https.`,
'problem.year': str`„${0}” nie jest rokiem z zakresu od 1800 do ${1}.`,
'since.cooperation': str`Współpraca od ${0} r.`,
'since.friendship': str`Miasto zaprzyjaźnione od ${0} r.`,
'since.twinning': str`Miasto partnerskie od ${0} r.`,
'status.empty': `Obecnie brak miast partnerskich.`,
'status.loading': `Wczytywanie miast partnerskich…`,
'status.no-feed': `Brak kanału danych do wyświetlenia: należy podać jego adres w atrybucie src.`,
'theme.culture': `Kultura i dziedzictwo`,
'theme.education': `Edukacja, młodzież i sport`,
'theme.energy': `Odnawialne źródła energii`,
'theme.environment': `Środowisko`,
'theme.inclusion': `Integracja i pomoc społeczna`,
'theme.institutions': `Wsparcie instytucjonalne`,
'theme.social-economy': `Ekonomia społeczna i solidarna`,
'theme.waste': `Gospodarka odpadami`,
'theme.water': `Woda i kanalizacja`,
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
  