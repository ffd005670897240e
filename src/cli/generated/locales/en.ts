
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cli.csv.empty': `The file is empty: it needs at least the header row.`,
'cli.csv.malformed': str`line ${0}: malformed CSV.`,
'cli.csv.missing-columns': str`The header row lacks the required column ${0}.`,
'cli.csv.problem': str`line ${0}, column ${1}: ${2}`,
'cli.csv.unclosed-quote': str`line ${0}: a quote is opened and never closed.`,
'cli.csv.unknown-column': str`Unknown column “${0}”: ignored.`,
'cli.error.base': str`“${0}” is not an http or https address`,
'cli.error.country': str`“${0}” is not a two-letter ISO 3166-1 country code (for example, GB)`,
'cli.error.extra-argument': str`unexpected argument: ${0}`,
'cli.error.missing-input': `give a file or an address`,
'cli.error.missing-option': str`option ${0} is required`,
'cli.error.missing-value': str`option ${0} needs a value`,
'cli.error.no-value': str`option ${0} does not take a value`,
'cli.error.unexpected': str`unexpected error: ${0}`,
'cli.error.unknown-command': str`unknown command: ${0}`,
'cli.error.unknown-option': str`unknown option: ${0}`,
'cli.help': `twin-cities: tools for partner town feeds (twinning, decentralised cooperation).

  twin-cities validate &lt;file-or-url&gt;… [--json] [--base URL]
      Checks feeds and explains every problem.
      --base: the address the feed will be published at, for its relative addresses.

  twin-cities from-csv &lt;file.csv&gt; --city NAME --country CC
      Turns a spreadsheet (exported as CSV) into a JSON feed.

  twin-cities check-reciprocity &lt;file-or-url&gt; [--json] [--base URL]
      Checks that every partner town lists us back in its own feed.

  --lang L: language of the messages (fr, de, en, it, pl, pt).
Exit code: 0 when all is clean, 1 when there are problems, 2 for a mistyped command.`,
'cli.partners.few': str`${0} partners`,
'cli.partners.many': str`${0} partners`,
'cli.partners.one': str`${0} partner`,
'cli.partners.other': str`${0} partners`,
'cli.problems.few': str`${0} problems`,
'cli.problems.many': str`${0} problems`,
'cli.problems.one': str`${0} problem`,
'cli.problems.other': str`${0} problems`,
'cli.read.denied': `Permission denied.`,
'cli.read.directory': `This is a folder, not a file.`,
'cli.read.failed': str`The file cannot be read (${0}).`,
'cli.read.http': str`The server answered with error ${0}.`,
'cli.read.network': `The server cannot be reached.`,
'cli.read.not-found': `File not found.`,
'cli.read.parse': `This is not valid JSON.`,
'cli.read.parse-at': str`This is not valid JSON (line ${0}, column ${1}).`,
'cli.read.timeout': str`No answer after ${0} seconds.`,
'cli.reciprocity.listed': `lists us back`,
'cli.reciprocity.missing': `does not list us`,
'cli.reciprocity.name': `Name`,
'cli.reciprocity.no-city': `This feed does not name its town (name and country in “city”): partners can only recognize it by its address.`,
'cli.reciprocity.no-feed': `no feed`,
'cli.reciprocity.partner': `Partner`,
'cli.reciprocity.status': `Reciprocity`,
'cli.reciprocity.summary': str`Partners with a feed: ${0}; list us back: ${1}; do not list us: ${2}; unreadable feeds: ${3}.`,
'cli.reciprocity.unreachable': `feed unreadable`,
'cli.usage': `Usage: twin-cities validate | from-csv | check-reciprocity … (twin-cities --help for help)`,
'cli.usage.check-reciprocity': `Usage: twin-cities check-reciprocity &lt;file-or-url&gt; [--json] [--base URL] [--lang L]`,
'cli.usage.from-csv': `Usage: twin-cities from-csv &lt;file.csv&gt; --city NAME --country CC [--lang L]`,
'cli.usage.validate': `Usage: twin-cities validate &lt;file-or-url&gt;… [--json] [--base URL] [--lang L]`,
'status.loading': `Chargement des villes partenaires…`,
'status.empty': `Aucune ville partenaire pour le moment.`,
'status.no-feed': `Aucun flux à afficher : indiquez son adresse dans l’attribut src.`,
'error.parse.inline': `Le flux intégré à la page n’est pas du JSON valide.`,
'error.invalid.inline': `Le flux intégré à la page n’est pas un flux twin-cities (version 1).`,
'error.http.notfound': str`Le flux ${0} est introuvable (erreur ${1}).`,
'error.http.server': str`Le serveur du flux ${0} est en panne (erreur ${1}).`,
'error.http.other': str`Le serveur du flux ${0} a refusé la demande (erreur ${1}).`,
'error.network': str`Le flux ${0} est injoignable. S’il est publié sur un autre site, ce site doit l’autoriser avec l’en-tête Access-Control-Allow-Origin ; sinon, intégrez le flux dans la page.`,
'error.timeout': str`Le flux ${0} met trop de temps à répondre.`,
'error.parse': str`Le flux ${0} n’est pas du JSON valide.`,
'error.too-large': str`Le flux ${0} est trop volumineux (plus de 5 Mo).`,
'error.invalid': str`Le flux ${0} n’est pas un flux twin-cities (version 1).`,
'problem.entry': `Cette entrée n’est pas un objet.`,
'problem.required': `Ce champ obligatoire est absent ou vide.`,
'problem.duplicate-id': str`L’identifiant « ${0} » est déjà utilisé par un partenaire précédent.`,
'problem.country': str`« ${0} » n’est pas un code pays ISO 3166-1 à deux lettres (par exemple DE).`,
'problem.text': str`« ${0} » n’est pas un texte, ni un objet de textes par langue.`,
'problem.url': str`« ${0} » n’est pas une adresse http ou https.`,
'problem.integer': str`« ${0} » n’est pas un nombre entier positif ou nul.`,
'problem.year': str`« ${0} » n’est pas une année entre 1800 et ${1}.`,
'problem.boolean': str`« ${0} » ne vaut ni true ni false.`,
'problem.kind': str`Type « ${0} » inconnu : twinning, cooperation ou friendship attendu.`,
'problem.themes': str`« ${0} » n’est pas une liste de thèmes.`,
'problem.location': `Les coordonnées doivent être { "lat": -90 à 90, "lon": -180 à 180 }.`,
'problem.object': str`« ${0} » n’est pas un objet.`,
'problem.skipped': `Partenaire ignoré.`,
'problem.dropped': `Valeur ignorée.`,
'invalid.not-object': `Le document n’est pas un objet JSON.`,
'invalid.version': `Le champ "version" doit valoir 1.`,
'invalid.partners': `Le champ "partners" doit être une liste.`,
'invalid.too-large': `Le document dépasse 5 Mo.`,
'kind.twinning': `Jumelage`,
'kind.cooperation': `Coopération décentralisée`,
'kind.friendship': `Amitié`,
'theme.institutions': `Appui institutionnel`,
'theme.environment': `Environnement`,
'theme.water': `Eau et assainissement`,
'theme.energy': `Énergies renouvelables`,
'theme.waste': `Gestion des déchets`,
'theme.culture': `Culture et patrimoine`,
'theme.education': `Éducation, jeunesse et sport`,
'theme.inclusion': `Inclusion et action sociale`,
'theme.social-economy': `Économie sociale et solidaire`,
'since.twinning': str`Jumelée depuis ${0}`,
'since.cooperation': str`Coopération depuis ${0}`,
'since.friendship': str`Ville amie depuis ${0}`,
'inhabitants.one': `habitant`,
'inhabitants.few': `habitants`,
'inhabitants.many': `habitants`,
'inhabitants.other': `habitants`,
'population.approximate': str`environ ${0} habitants`,
'population.exact': str`${0} ${1}`,
'population.year': str`${0} (${1})`,
'link.read-more': `Lire la suite`,
'link.read-more.label': str`Lire la suite : ${0}`,
'reciprocity.listed': `Partenariat réciproque`,
'reciprocity.missing': str`Pas encore listée par ${0}`,
'more.button': `Afficher plus`,
'more.status': str`Villes partenaires affichées : ${0} sur ${1}`,
    };
  