
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.http.notfound': str`Il feed ${0} non è stato trovato (errore ${1}).`,
'error.http.other': str`Il server del feed ${0} ha rifiutato la richiesta (errore ${1}).`,
'error.http.server': str`Il server del feed ${0} non è al momento disponibile (errore ${1}).`,
'error.invalid': str`Il feed ${0} non è un feed twin-cities (versione 1).`,
'error.invalid.inline': `Il feed incorporato nella pagina non è un feed twin-cities (versione 1).`,
'error.network': str`Il feed ${0} non è raggiungibile. Se è pubblicato su un altro sito, quel sito deve consentirne l’accesso con l’intestazione Access-Control-Allow-Origin; in alternativa, incorporare il feed nella pagina.`,
'error.parse': str`Il feed ${0} non è un JSON valido.`,
'error.parse.inline': `Il feed incorporato nella pagina non è un JSON valido.`,
'error.timeout': str`Il feed ${0} impiega troppo tempo a rispondere.`,
'error.too-large': str`Il feed ${0} è troppo grande (oltre 5 MB).`,
'inhabitants.few': `abitanti`,
'inhabitants.many': `abitanti`,
'inhabitants.one': `abitante`,
'inhabitants.other': `abitanti`,
'invalid.not-object': `Il documento non è un oggetto JSON.`,
'invalid.partners': `Il campo "partners" deve essere un elenco.`,
'invalid.too-large': `Il documento supera i 5 MB.`,
'invalid.version': `Il campo "version" deve valere 1.`,
'kind.cooperation': `Cooperazione decentrata`,
'kind.friendship': `Patto di amicizia`,
'kind.twinning': `Gemellaggio`,
'link.read-more': `Leggi di più`,
'link.read-more.label': str`Leggi di più: ${0}`,
'more.button': `Mostra di più`,
'more.status': str`Città partner visualizzate: ${0} su ${1}`,
'population.approximate': str`circa ${0} abitanti`,
'population.exact': str`${0} ${1}`,
'population.year': str`${0} (${1})`,
'problem.boolean': str`«${0}» non è né true né false.`,
'problem.country': str`«${0}» non è un codice paese ISO 3166-1 di due lettere (ad esempio DE).`,
'problem.dropped': `Il valore è stato ignorato.`,
'problem.duplicate-id': str`L’identificativo «${0}» è già usato da un partner precedente.`,
'problem.entry': `Questa voce non è un oggetto.`,
'problem.integer': str`«${0}» non è un numero intero maggiore o uguale a zero.`,
'problem.kind': str`Tipo «${0}» sconosciuto: i valori ammessi sono twinning, cooperation o friendship.`,
'problem.location': `Le coordinate devono essere nella forma { "lat": da -90 a 90, "lon": da -180 a 180 }.`,
'problem.object': str`«${0}» non è un oggetto.`,
'problem.required': `Questo campo obbligatorio manca o è vuoto.`,
'problem.skipped': `Il partner è stato escluso.`,
'problem.text': str`«${0}» non è né un testo né un oggetto di testi per lingua.`,
'problem.themes': str`«${0}» non è un elenco di temi.`,
'problem.url': str`«${0}» non è un indirizzo http o https.`,
'problem.year': str`«${0}» non è un anno compreso tra il 1800 e il ${1}.`,
'since.cooperation': str`Cooperazione dal ${0}`,
'since.friendship': str`Città amica dal ${0}`,
'since.twinning': str`Gemellata dal ${0}`,
'status.empty': `Al momento non ci sono città partner.`,
'status.loading': `Caricamento delle città partner…`,
'status.no-feed': `Nessun feed da mostrare: indicarne l’indirizzo nell’attributo src.`,
'theme.culture': `Cultura e patrimonio`,
'theme.education': `Istruzione, giovani e sport`,
'theme.energy': `Energie rinnovabili`,
'theme.environment': `Ambiente`,
'theme.inclusion': `Inclusione e politiche sociali`,
'theme.institutions': `Sostegno istituzionale`,
'theme.social-economy': `Economia sociale e solidale`,
'theme.waste': `Gestione dei rifiuti`,
'theme.water': `Acqua e servizi igienico-sanitari`,
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
  