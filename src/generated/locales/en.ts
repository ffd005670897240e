
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.http.notfound': str`The feed ${0} could not be found (error ${1}).`,
'error.http.other': str`The server hosting the feed ${0} refused the request (error ${1}).`,
'error.http.server': str`The server hosting the feed ${0} is unavailable (error ${1}).`,
'error.invalid': str`The feed ${0} is not a twin-cities feed (version 1).`,
'error.invalid.inline': `The feed embedded in the page is not a twin-cities feed (version 1).`,
'error.network': str`The feed ${0} cannot be reached. If it is published on another website, that site must allow access with the Access-Control-Allow-Origin header; otherwise, embed the feed in the page.`,
'error.parse': str`The feed ${0} is not valid JSON.`,
'error.parse.inline': `The feed embedded in the page is not valid JSON.`,
'error.timeout': str`The feed ${0} is taking too long to respond.`,
'error.too-large': str`The feed ${0} is too large (over 5 MB).`,
'inhabitants.few': `inhabitants`,
'inhabitants.many': `inhabitants`,
'inhabitants.one': `inhabitant`,
'inhabitants.other': `inhabitants`,
'invalid.not-object': `The document is not a JSON object.`,
'invalid.partners': `The "partners" field must be a list.`,
'invalid.too-large': `The document is larger than 5 MB.`,
'invalid.version': `The "version" field must be 1.`,
'kind.cooperation': `Decentralised cooperation`,
'kind.friendship': `Friendship`,
'kind.twinning': `Twinning`,
'link.read-more': `Read more`,
'link.read-more.label': str`Read more: ${0}`,
'more.button': `Show more`,
'more.status': str`Showing ${0} of ${1} partner towns`,
'population.approximate': str`about ${0} inhabitants`,
'population.exact': str`${0} ${1}`,
'population.year': str`${0} (${1})`,
'problem.boolean': str`“${0}” is neither true nor false.`,
'problem.country': str`“${0}” is not a two-letter ISO 3166-1 country code (for example, DE).`,
'problem.dropped': `Value ignored.`,
'problem.duplicate-id': str`The ID “${0}” is already used by an earlier partner.`,
'problem.entry': `This entry is not an object.`,
'problem.integer': str`“${0}” is not a whole number of 0 or more.`,
'problem.kind': str`Unknown type “${0}”: expected twinning, cooperation or friendship.`,
'problem.location': `Coordinates must be { "lat": -90 to 90, "lon": -180 to 180 }.`,
'problem.object': str`“${0}” is not an object.`,
'problem.required': `This required field is missing or empty.`,
'problem.skipped': `Partner skipped.`,
'problem.text': str`“${0}” is neither a text nor an object of texts by language.`,
'problem.themes': str`“${0}” is not a list of themes.`,
'problem.url': str`“${0}” is not an http or https address.`,
'problem.year': str`“${0}” is not a year between 1800 and ${1}.`,
'since.cooperation': str`Cooperation since ${0}`,
'since.friendship': str`Friendship town since ${0}`,
'since.twinning': str`Twin town since ${0}`,
'status.empty': `There are no partner towns at the moment.`,
'status.loading': `Loading partner towns…`,
'status.no-feed': `No feed to show: please set its address in the src attribute.`,
'theme.culture': `Culture and heritage`,
'theme.education': `Education, youth and sport`,
'theme.energy': `Renewable energy`,
'theme.environment': `Environment`,
'theme.inclusion': `Inclusion and social services`,
'theme.institutions': `Institutional support`,
'theme.social-economy': `Social and solidarity economy`,
'theme.waste': `Waste management`,
'theme.water': `Water and sanitation`,
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
  