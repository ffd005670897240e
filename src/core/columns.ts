/**
 * A spreadsheet's header row as feed fields: `name`, `Population year`, `summary_pl`
 * (a translation column), and which cells are unknown.
 *
 * Column names are the feed's English field names; an editor who writes the header
 * in their own language (`nom;pays`, `Name;Land;Einwohner`) is understood too, for
 * the words of the six languages below: the sheet is theirs, the feed stays English.
 */
import {comparableWord} from './comparable.js';
import {readRecords, type Records, type Row} from './csv.js';
import {languageTag} from './language-tag.js';

export const FIELDS = [
  'id', 'name', 'country', 'population', 'population_year', 'approximate', 'since', 'kind',
  'url', 'summary', 'themes', 'region', 'feed', 'image', 'image_alt', 'lat', 'lon',
] as const;
export type Field = (typeof FIELDS)[number];

/** The fields that take `<field>_<lang>` translation columns. */
export type TextField = 'name' | 'summary' | 'region' | 'image_alt';

export const REQUIRED: readonly Field[] = ['name', 'country'];

/** One header cell understood: a field, and the language for a translation column. */
export interface Column {
  readonly field: Field;
  readonly lang?: string;
  /** As written in the header, for messages. */
  readonly heading: string;
}

/**
 * Header words in fr, de, it, pl, pt and en for the fields, compared without case,
 * accents, spaces or hyphens (`Année de début` = `annee_de_debut`).
 */
const ALIASES: Readonly<Record<string, Field>> = {
  ...words('id', 'identifiant', 'kennung', 'identificativo', 'identyfikator', 'identificador'),
  ...words('name', 'nom', 'ville', 'stadt', 'nome', 'citta', 'nazwa', 'miasto', 'cidade', 'city', 'town'),
  ...words('country', 'pays', 'land', 'paese', 'nazione', 'kraj', 'pais'),
  ...words('region', 'bundesland', 'regione', 'provincia', 'wojewodztwo', 'regiao'),
  ...words(
    'population', 'habitants', 'nombre_d_habitants', 'einwohner', 'einwohnerzahl', 'bevolkerung', 'abitanti',
    'popolazione', 'ludnosc', 'mieszkancy', 'liczba_mieszkancow', 'populacao', 'habitantes', 'inhabitants'
  ),
  ...words('since', 'depuis', 'annee', 'seit', 'jahr', 'dal', 'anno', 'od', 'od_roku', 'rok', 'desde', 'ano', 'year'),
  ...words('kind', 'type', 'art', 'typ', 'tipo', 'rodzaj'),
  ...words('url', 'lien', 'adresse', 'site', 'site_web', 'link', 'webseite', 'sito', 'strona', 'pagina', 'endereco'),
  ...words(
    'summary', 'resume', 'description', 'beschreibung', 'zusammenfassung', 'descrizione', 'riassunto', 'opis',
    'descricao', 'resumo'
  ),
  ...words('themes', 'theme', 'thematiques', 'themen', 'thema', 'temi', 'tema', 'tematy', 'temat', 'temas'),
  ...words('image', 'photo', 'bild', 'foto', 'immagine', 'zdjecie', 'obraz', 'imagem', 'picture'),
  ...words('feed', 'flux', 'kanal'),
  ...words('lat', 'latitude', 'breitengrad', 'breite', 'latitudine', 'szerokosc'),
  ...words('lon', 'longitude', 'lng', 'langengrad', 'laenge', 'lange', 'longitudine', 'dlugosc'),
};

function words(field: Field, ...list: string[]): Record<string, Field> {
  return Object.fromEntries(list.map((word) => [word, field]));
}

/** A header cell compared, as the keys above are written: `Année de début` → `annee_de_debut`. */
const comparable = (heading: string) => comparableWord(heading).replace(/ /g, '_');

export type Sheet =
  | {
      readonly ok: true;
      readonly columns: (Column | undefined)[];
      readonly rows: Row[];
      /** Header cells not understood, with a field they look like, if any. */
      readonly unknown: {readonly heading: string; readonly suggestion?: Field}[];
    }
  | {readonly ok: false; readonly message: () => string};

/** The CSV text as columns and rows. */
export function readSheet(text: string): Sheet {
  return sheetOf(readRecords(text));
}

/** The columns of records read from CSV text or from a workbook's first sheet. */
export function sheetOf(records: Records): Sheet {
  if (!records.ok) return records;
  const unknown: {heading: string; suggestion?: Field}[] = [];
  const columns = records.header.map((heading) => {
    const column = columnOf(heading);
    if (!column && heading.trim()) {
      const suggestion = lookalike(comparable(heading));
      unknown.push({heading: heading.trim(), ...(suggestion !== undefined && {suggestion})});
    }
    return column;
  });
  return {ok: true, columns, rows: records.rows, unknown};
}

/**
 * A header cell as a column: `name`, `Population year`, `summary_pl`, `name_pt-BR`,
 * and the same in the editor's language (`nom`, `Land`, `nom_de`). A translation
 * column is a text field, a separator (`_`, `:`, a space or a hyphen) and a real
 * language tag: `Nom en polonais` is no column at all, not `name` in `en-polonais`.
 */
function columnOf(heading: string): Column | undefined {
  const trimmed = heading.trim();
  const field = fieldOf(comparable(trimmed));
  if (field !== undefined) return {field, heading: trimmed};
  // The shortest tag first: `image_alt_en` is image_alt in en, `name_pt-BR` name in pt-BR.
  // Only a separator among the last few characters can start a tag, so the words
  // before it are compared a few times at most, however long the header cell is.
  for (const separator of [...trimmed.matchAll(/[_:\s-]+/g)].reverse()) {
    const start = separator.index + separator[0].length;
    if (trimmed.length - start > MAX_TAG_LENGTH) break;
    const lang = languageTag(trimmed.slice(start));
    if (lang === undefined) continue;
    const base = fieldOf(comparable(trimmed.slice(0, separator.index)));
    if (base !== undefined && TEXT_FIELDS.includes(base as TextField)) return {field: base, lang, heading: trimmed};
  }
  return undefined;
}

/** The longest tag `languageTag` accepts: language, script and region (`zh-Hant-TW`, `gsw-Latn-419`). */
const MAX_TAG_LENGTH = 'gsw-Latn-419'.length;

const TEXT_FIELDS: readonly TextField[] = ['name', 'summary', 'region', 'image_alt'];

const fieldOf = (key: string): Field | undefined =>
  (FIELDS as readonly string[]).includes(key) ? (key as Field) : Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;

/** The field whose name or header word is one or two typos away (`contry`, `pays_`), if any. */
function lookalike(key: string): Field | undefined {
  if (key.length < 4) return undefined;
  const most = key.length < 6 ? 1 : 2;
  // Two words whose lengths differ by more than `most` are further apart than that:
  // a header cell of 40 000 characters is compared with no word at all.
  const best = WORDS.find((word) => Math.abs(word.length - key.length) <= most && distance(key, word) <= most);
  return best === undefined ? undefined : fieldOf(best);
}

/** The names and header words a typo may be close to. */
const WORDS = [...FIELDS, ...Object.keys(ALIASES)].filter((word) => word.length >= 3);

/** Levenshtein distance: insertions, deletions and substitutions. */
function distance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

