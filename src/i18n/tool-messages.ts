/**
 * The sentences only the command-line tool shows, in French (the source locale)
 * through `msg()`, ids prefixed `cli.`. Call these inside `inLocale()`.
 * Feed problems and invalid feeds use `../messages.js`, shared with the element.
 */
import {str} from '@lit/localize';
import {msg} from './localization.js';
import type {FeedProblem} from '../core/feed.js';
import type {ReadFailure} from '../core/read-failure.js';
import {printable} from '../core/printable.js';
import {CSV_ENCODINGS} from '../core/text-encoding.js';
import {maxFeedMegabytes, problemText} from './messages.js';

export const usageText = () =>
  msg('Utilisation\u00a0: twin-cities validate | from-csv | check-reciprocity … (twin-cities --help pour l’aide)', {
    id: 'cli.usage',
    desc: 'One-line hint after a usage error; command names stay in English',
  });

export const usageValidate = () =>
  msg('Utilisation\u00a0: twin-cities validate <fichier-ou-url>… [--json] [--base URL] [--lang L]', {id: 'cli.usage.validate'});

export const usageFromCsv = () =>
  msg('Utilisation\u00a0: twin-cities from-csv <fichier.csv> --city NOM --country CC [-o flux.json] [--encoding E] [--lang L]', {
    id: 'cli.usage.from-csv',
  });

export const usageCheck = () =>
  msg('Utilisation\u00a0: twin-cities check-reciprocity <fichier-ou-url> [--json] [--base URL] [--lang L]', {
    id: 'cli.usage.check-reciprocity',
  });

export const helpText = () =>
  msg(
    `twin-cities\u00a0: outils pour les flux de villes partenaires (jumelages, coopérations).

  twin-cities validate <fichier-ou-url>… [--json] [--base URL]
      Vérifie des flux et explique chaque problème.
      --base\u00a0: l’adresse où le flux sera publié, pour ses adresses relatives.

  twin-cities from-csv <fichier.csv> --city NOM --country CC [-o flux.json] [--encoding E]
      Transforme un tableau (CSV exporté d’un tableur) en flux JSON.
      -o, --output\u00a0: le fichier où écrire le flux (sinon, il s’affiche).
      --encoding\u00a0: l’encodage du CSV (utf-8, windows-1250, windows-1252), s’il est mal deviné.

  twin-cities check-reciprocity <fichier-ou-url> [--json] [--base URL]
      Vérifie que chaque ville partenaire nous mentionne aussi dans son flux.

  --lang L\u00a0: langue des messages (fr, de, en, it, pl, pt).
Code de sortie\u00a0: 0 sans problème, 1 s’il y a des problèmes, 2 pour une commande mal écrite.`,
    {id: 'cli.help', desc: 'Output of --help; keep command names, options and the layout'}
  );

export const unknownCommandText = (raw: string) => {
  const name = printable(raw);
  return msg(str`commande inconnue\u00a0: ${name}`, {id: 'cli.error.unknown-command'});
};

export const unknownOptionText = (raw: string) => {
  const name = printable(raw);
  return msg(str`option inconnue\u00a0: ${name}`, {id: 'cli.error.unknown-option'});
};

export const missingValueText = (raw: string) => {
  const name = printable(raw);
  return msg(str`l’option ${name} attend une valeur`, {id: 'cli.error.missing-value'});
};

export const noValueText = (raw: string) => {
  const name = printable(raw);
  return msg(str`l’option ${name} ne prend pas de valeur`, {id: 'cli.error.no-value'});
};

export const missingOptionText = (name: string) =>
  msg(str`l’option ${name} est obligatoire`, {id: 'cli.error.missing-option'});

export const missingCommandText = () =>
  msg('indiquez une commande\u00a0: validate, from-csv ou check-reciprocity', {
    id: 'cli.error.missing-command',
    desc: 'No command given; command names stay in English',
  });

export const missingInputText = () =>
  msg('indiquez un fichier ou une adresse', {id: 'cli.error.missing-input'});

export const extraArgumentText = (raw: string) => {
  const arg = printable(raw);
  return msg(str`argument en trop\u00a0: ${arg}`, {id: 'cli.error.extra-argument'});
};

export const badCountryText = (raw: string) => {
  const value = printable(raw);
  return msg(str`«\u202f${value}\u202f» n’est pas un code pays ISO 3166-1 à deux lettres (par exemple FR)`, {id: 'cli.error.country'});
};

export const badEncodingText = (raw: string) => {
  const value = printable(raw);
  const names = CSV_ENCODINGS.join(', ');
  return msg(str`encodage inconnu\u00a0: «\u202f${value}\u202f» (${names})`, {
    id: 'cli.error.encoding',
    desc: 'from-csv --encoding names no encoding the tool knows; the list is utf-8, windows-1250, windows-1252',
  });
};

export const badBaseText = (raw: string) => {
  const value = printable(raw);
  return msg(str`«\u202f${value}\u202f» n’est pas une adresse http ou https`, {id: 'cli.error.base'});
};

export const outputIsInputText = (raw: string) => {
  const file = printable(raw);
  return msg(str`-o ${file} est le tableau lui-même\u00a0: il serait écrasé par le flux. Choisissez un autre fichier, par exemple jumelages.json.`, {
    id: 'cli.error.output-is-input',
    desc: 'from-csv -o names the CSV file being read; jumelages.json is an example feed file name',
  });
};

export const unexpectedText = (raw: string) => {
  const detail = printable(raw);
  return msg(str`erreur inattendue\u00a0: ${detail}`, {id: 'cli.error.unexpected'});
};

/** Why a file or URL could not be read, as one sentence. */
export function readFailureText(failure: ReadFailure): string {
  switch (failure.kind) {
    case 'not-found':
      return msg('Fichier introuvable.', {id: 'cli.read.not-found'});
    case 'directory':
      return msg('C’est un dossier, pas un fichier.', {id: 'cli.read.directory'});
    case 'not-file':
      return msg('Ce n’est pas un fichier ordinaire\u00a0: non lu.', {
        id: 'cli.read.not-file',
        desc: 'A device, FIFO or socket rather than a file',
      });
    case 'outside':
      return msg('Adresse locale hors du dossier du flux donné\u00a0: non lue.', {
        id: 'cli.read.outside',
        desc: 'A feed names a local file (a stand-in address) outside the folder of the feed given on the command line',
      });
    case 'denied':
      return msg('Lecture refusée\u00a0: droits insuffisants.', {id: 'cli.read.denied'});
    case 'failed':
      return msg(str`Lecture impossible (${failure.code}).`, {id: 'cli.read.failed', desc: 'With a system error code'});
    case 'too-large': {
      const megabytes = maxFeedMegabytes();
      return msg(str`Le document dépasse ${megabytes}\u00a0Mo.`, {id: 'cli.read.too-large', desc: 'The limit in megabytes'});
    }
    case 'network':
      return msg('Serveur injoignable.', {id: 'cli.read.network'});
    case 'timeout':
      return msg(str`Pas de réponse au bout de ${failure.seconds}\u00a0secondes.`, {id: 'cli.read.timeout'});
    case 'http':
      return msg(str`Le serveur a répondu par l’erreur ${failure.status}.`, {id: 'cli.read.http'});
  }
}

export const csvNotJsonText = (file: string) =>
  msg(
    str`C’est un tableau CSV, pas un flux JSON\u00a0: pour en faire un flux, lancez twin-cities from-csv ${printable(file)} --city NOM --country CC.`,
    {id: 'cli.read.csv', desc: 'validate was given a CSV file; NOM = the town name placeholder as in the usage line'}
  );

export const utf16Text = () =>
  msg(
    'Fichier enregistré en UTF-16\u00a0: les navigateurs ne le liront pas. Enregistrez-le en UTF-8 (from-csv --output le fait).',
    {id: 'cli.read.utf16', desc: 'A feed saved as UTF-16 (PowerShell redirection); the element reads UTF-8 only'}
  );

/** Why the --output file could not be written (a system error code), as one sentence. */
export function writeFailureText(code: string): string {
  switch (code) {
    case 'EISDIR':
      return msg('C’est un dossier\u00a0: indiquez un fichier, par exemple jumelages.json.', {
        id: 'cli.write.directory',
        desc: 'from-csv -o names a folder; jumelages.json is an example feed file name',
      });
    case 'ENOENT':
    case 'ENOTDIR':
      return msg('Le dossier n’existe pas\u00a0: créez-le, ou choisissez un autre chemin.', {
        id: 'cli.write.no-folder',
        desc: 'from-csv -o names a file in a folder that does not exist',
      });
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return msg('Écriture refusée\u00a0: droits insuffisants.', {id: 'cli.write.denied'});
    default:
      return msg(str`Écriture impossible (${code}).`, {
        id: 'cli.write.failed',
        desc: 'Writing the --output file failed; with a system error code',
      });
  }
}

export const notJsonText = (line?: number, column?: number) =>
  line === undefined
    ? msg('Ce n’est pas du JSON valide.', {id: 'cli.read.parse'})
    : msg(str`Ce n’est pas du JSON valide (ligne ${line}, colonne ${column}).`, {id: 'cli.read.parse-at'});

/** "5 partenaires": the word with the plural form `Intl.PluralRules` chose. */
export function partnersText(count: number, category: Intl.LDMLPluralRule): string {
  switch (category) {
    case 'one':
      return msg(str`${count} partenaire`, {id: 'cli.partners.one', desc: 'Plural form "one" (fr: 0, 1; pl: 1)'});
    case 'few':
      return msg(str`${count} partenaires`, {id: 'cli.partners.few', desc: 'Plural form "few" (pl: 2-4, 22-24…)'});
    case 'many':
      return msg(str`${count} partenaires`, {id: 'cli.partners.many', desc: 'Plural form "many" (pl: 5-21, 25…)'});
    default:
      return msg(str`${count} partenaires`, {id: 'cli.partners.other'});
  }
}

/** "2 problèmes", like `partnersText`. */
export function problemsText(count: number, category: Intl.LDMLPluralRule): string {
  switch (category) {
    case 'one':
      return msg(str`${count} problème`, {id: 'cli.problems.one', desc: 'Plural form "one" (fr: 0, 1; pl: 1)'});
    case 'few':
      return msg(str`${count} problèmes`, {id: 'cli.problems.few', desc: 'Plural form "few" (pl: 2-4, 22-24…)'});
    case 'many':
      return msg(str`${count} problèmes`, {id: 'cli.problems.many', desc: 'Plural form "many" (pl: 5-21, 25…)'});
    default:
      return msg(str`${count} problèmes`, {id: 'cli.problems.other'});
  }
}

/** A feed problem as the element says it, its value made printable. */
export const feedProblemText = (problem: FeedProblem, maxYear: number) =>
  problemText(problem.value === undefined ? problem : {...problem, value: printable(problem.value)}, maxYear);

// from-csv

export const csvProblemText = (line: number, heading: string, message: string) => {
  const column = printable(heading);
  return msg(str`ligne ${line}, colonne ${column}\u00a0: ${message}`, {
    id: 'cli.csv.problem',
    desc: 'A problem in a spreadsheet row (the number the spreadsheet shows, header = 1); the column is the header name',
  });
};

export const csvSpreadsheetText = () =>
  msg(
    'C’est un classeur de tableur (Excel, LibreOffice), pas un fichier CSV\u00a0: dans le tableur, choisissez Fichier → Enregistrer sous → CSV UTF-8 (délimité par des virgules).',
    {id: 'cli.csv.spreadsheet', desc: 'An .xlsx/.ods/.xls file given to from-csv; name the menu items as the local Excel shows them'}
  );

/** "Il manque la colonne obligatoire name." / "… les colonnes obligatoires name et country." */
export function csvMissingColumnsText(names: string, category: Intl.LDMLPluralRule): string {
  switch (category) {
    case 'one':
      return msg(str`Il manque la colonne obligatoire ${names}.`, {
        id: 'cli.csv.missing-columns.one',
        desc: 'Plural form "one" (1 column); names are English column names joined with "and"',
      });
    case 'few':
      return msg(str`Il manque les colonnes obligatoires ${names}.`, {
        id: 'cli.csv.missing-columns.few',
        desc: 'Plural form "few" (pl: 2-4)',
      });
    case 'many':
      return msg(str`Il manque les colonnes obligatoires ${names}.`, {
        id: 'cli.csv.missing-columns.many',
        desc: 'Plural form "many" (pl: 5-21)',
      });
    default:
      return msg(str`Il manque les colonnes obligatoires ${names}.`, {id: 'cli.csv.missing-columns.other'});
  }
}

export const csvColumnNamesText = (names: string) =>
  msg(str`Colonnes reconnues, sous ces noms ou traduits (voir docs/publishing.md)\u00a0: ${names}.`, {
    id: 'cli.csv.column-names',
    desc: 'After an unknown or missing column; the names are the English ones, which the tool also reads in the six languages',
  });

export const csvUnknownColumnText = (raw: string, suggestion?: string) => {
  const name = printable(raw);
  return suggestion === undefined
    ? msg(str`Colonne «\u202f${name}\u202f» inconnue\u00a0: ignorée.`, {id: 'cli.csv.unknown-column'})
    : msg(str`Colonne «\u202f${name}\u202f» inconnue\u00a0: ignorée. Vouliez-vous dire ${suggestion}\u202f?`, {
        id: 'cli.csv.unknown-column-suggestion',
        desc: 'The suggestion is an English column name',
      });
};

export const csvSinceDateText = (date: string, year: number) =>
  msg(str`«\u202f${printable(date)}\u202f» est une date\u00a0: seule l’année ${year} est conservée.`, {
    id: 'cli.csv.since-date',
    desc: 'A date in the "since" column; the feed keeps its year only',
  });

export const csvHttpsAddedText = (typed: string, url: string) =>
  msg(str`Adresse «\u202f${printable(typed)}\u202f» sans https://\u00a0: publiée sous la forme ${printable(url)}.`, {
    id: 'cli.csv.https-added',
    desc: 'A web address typed without its scheme; the tool added https://',
  });

/** The kind cell names no kind; `kinds` are the three kind labels in the reader's language. */
export const csvUnknownKindText = (typed: string, [twinning, cooperation, friendship]: readonly string[]) =>
  msg(
    str`Type de partenariat inconnu\u00a0: «\u202f${printable(typed)}\u202f» (attendu\u00a0: ${twinning}, ${cooperation} ou ${friendship}). Partenaire ignoré.`,
    {id: 'cli.csv.unknown-kind', desc: 'The kind cell names no known kind; the three are the kind labels of the cards'}
  );

export const csvUnknownThemeText = (typed: string) =>
  msg(str`Thème «\u202f${printable(typed)}\u202f» inconnu\u00a0: affiché tel quel.`, {
    id: 'cli.csv.unknown-theme',
    desc: 'A theme that is neither an id nor a label; cards show it as written',
  });

/**
 * A row without an id of its own whose id, made from the name, is empty (`***`) or
 * repeats an earlier row's (`value`); `hasIdColumn` tells which advice fits.
 */
export function csvIdFromNameText(value: string | undefined, hasIdColumn: boolean): string {
  const reason =
    value === undefined
      ? msg('Aucun identifiant ne peut être créé à partir de ce nom (il n’a ni lettre ni chiffre).', {
          id: 'cli.csv.id-from-name.empty',
          desc: 'A row with no id: the id made from the name (letters and digits) is empty',
        })
      : msg(str`L’identifiant «\u202f${printable(value)}\u202f», créé à partir du nom, est déjà utilisé par une ligne précédente.`, {
          id: 'cli.csv.id-from-name.repeated',
          desc: 'A row with no id: the id made from its name is the id of an earlier row',
        });
  const advice = hasIdColumn
    ? msg('Écrivez un identifiant dans la colonne id de cette ligne. Partenaire ignoré.', {
        id: 'cli.csv.id-from-name.fill',
        desc: 'After cli.csv.id-from-name.*, when the sheet has an id column; "id" is the column name',
      })
    : msg('Ajoutez une colonne id, avec un identifiant différent par ligne. Partenaire ignoré.', {
        id: 'cli.csv.id-from-name.add',
        desc: 'After cli.csv.id-from-name.*, when the sheet has no id column; "id" is the column name',
      });
  return `${reason} ${advice}`;
}

export const csvNoRowsText = () =>
  msg('Aucun partenaire\u00a0: le tableau n’a que sa ligne d’en-tête. Ajoutez une ligne par ville partenaire.', {
    id: 'cli.csv.no-rows',
  });

export const csvNoValidRowsText = () =>
  msg('Aucun partenaire valide\u00a0: toutes les lignes ont été ignorées (voir ci-dessus). Aucun flux n’a été écrit.', {
    id: 'cli.csv.no-valid-rows',
    desc: 'Every row of the sheet was skipped; the problems are listed above; no feed is printed or written',
  });

export const csvEmptyText = () =>
  msg('Le fichier est vide\u00a0: il faut au moins la ligne d’en-tête.', {id: 'cli.csv.empty'});

export const csvUnclosedQuoteText = (line: number) =>
  msg(str`ligne ${line}\u00a0: un guillemet ouvert n’est jamais fermé.`, {id: 'cli.csv.unclosed-quote'});

export const csvMalformedText = (line: number) =>
  msg(str`ligne ${line}\u00a0: CSV mal formé.`, {id: 'cli.csv.malformed'});

// check-reciprocity

export const partnerHeading = () => msg('Partenaire', {id: 'cli.reciprocity.partner', desc: 'Table column: partner id'});
export const nameHeading = () => msg('Nom', {id: 'cli.reciprocity.name', desc: 'Table column: partner name'});
export const statusHeading = () =>
  msg('Réciprocité', {id: 'cli.reciprocity.status', desc: 'Table column: does the partner list us back'});

export const listedText = () =>
  msg('nous mentionne aussi', {id: 'cli.reciprocity.listed', desc: 'The partner feed lists our town back'});
export const missingText = () =>
  msg('ne nous mentionne pas', {id: 'cli.reciprocity.missing', desc: 'The partner feed does not list our town'});
export const unreachableText = () =>
  msg('flux illisible', {id: 'cli.reciprocity.unreachable', desc: 'The partner feed cannot be read or is not a feed'});
export const noFeedStatusText = () =>
  msg('pas de flux', {id: 'cli.reciprocity.no-feed', desc: 'The partner entry gives no feed URL'});

export const unreadableText = (id: string, address: string, reason: string) =>
  msg(str`Flux de ${id} illisible (${address})\u00a0: ${reason}`, {
    id: 'cli.reciprocity.unreadable',
    desc: 'Under the table: a partner id, the address of its feed, and why it could not be read (a sentence)',
  });

export const reciprocitySummaryText = (checked: number, reciprocal: number, missing: number, unreachable: number) =>
  msg(
    str`Partenaires avec un flux\u00a0: ${checked}\u202f; nous mentionnent aussi\u00a0: ${reciprocal}\u202f; ne nous mentionnent pas\u00a0: ${missing}\u202f; flux illisibles\u00a0: ${unreachable}.`,
    {id: 'cli.reciprocity.summary'}
  );

export const noCityText = () =>
  msg(
    'Ce flux n’indique pas sa ville (nom et pays dans "city")\u00a0: ses partenaires ne peuvent le reconnaître que par son adresse.',
    {id: 'cli.reciprocity.no-city'}
  );

// Limits and refusals that keep the tool safe on hostile feeds

export const firstProblemsText = (shown: string) =>
  msg(str`Seuls les ${shown} premiers problèmes sont listés.`, {
    id: 'cli.validate.first-problems',
    desc: 'Under a list of problems cut short; the total is on the line above; the number is formatted (1 000)',
  });

export const privateAddressText = (address: string) =>
  msg(str`L’adresse ${address} est privée ou locale\u00a0: elle n’est lue qu’avec --allow-private.`, {
    id: 'cli.reciprocity.private-address',
    desc: 'Why a partner feed was not read: it is at a loopback, link-local or private network address (an IP); keep --allow-private',
  });
