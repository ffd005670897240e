/**
 * Every sentence the element and the command-line tool show, written in French
 * (the source locale) through `msg()`. Call these inside `inLocale()`.
 *
 * Ids are stable names for translators; `desc` says where the text shows.
 */
import {str} from '@lit/localize';
import {msg} from './localization.js';
import type {InvalidReason, Kind, FeedProblem} from '../core/feed.js';
import {FIRST_YEAR, MAX_FEED_BYTES} from '../core/limits.js';

/** MAX_FEED_BYTES in the megabytes the messages name. */
export const maxFeedMegabytes = () => MAX_FEED_BYTES / (1024 * 1024);

export type ErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'invalid';

/** What went wrong with a load, before it becomes a sentence. */
export interface LoadFailure {
  readonly kind: ErrorKind;
  readonly status?: number;
  /** `too-large` or a reason from `parseFeed`, for `invalid`. */
  readonly reason?: InvalidReason | 'too-large';
}

export const loadingText = () =>
  msg('Chargement des villes partenaires…', {id: 'status.loading', desc: 'Shown while the feed loads'});

export const emptyText = () =>
  msg('Aucune ville partenaire pour le moment.', {id: 'status.empty', desc: 'The feed lists no partner'});

export const noFeedText = () =>
  msg('Indiquez l’adresse du flux dans l’attribut src.', {
    id: 'status.no-feed',
    desc: 'The element has no src, no feed property and no inline feed',
  });

/**
 * The error sentence for a web editor. `url` is the feed's address, or `undefined`
 * for a feed written in the page (inline or set from JavaScript).
 */
export function errorText(failure: LoadFailure, url: string | undefined): string {
  const {kind, reason} = failure;
  // Why a document is not a feed, after the sentence that says it is not one.
  const why = kind === 'invalid' && reason && reason !== 'too-large' ? ` ${invalidText(reason)}` : '';
  if (url === undefined) {
    return kind === 'parse'
      ? msg('Le flux intégré à la page n’est pas du JSON valide.', {id: 'error.parse.inline'})
      : msg('Le flux intégré à la page n’est pas un flux twin-cities (version 1).', {id: 'error.invalid.inline'}) + why;
  }
  return urlErrorText(failure, url) + why;
}

function urlErrorText({kind, status = 0, reason}: LoadFailure, url: string): string {
  switch (kind) {
    case 'http':
      return msg(str`Le flux ${url} est indisponible (erreur ${status}).`, {
        id: 'error.http',
        desc: 'The server answered with an HTTP error status: 404, 410, 500…',
      });
    case 'network':
      return msg(
        str`Impossible de charger le flux ${url}. S’il est sur un autre site, ce site doit en autoriser la lecture (en-tête Access-Control-Allow-Origin)\u202f; sinon, intégrez-le à la page.`,
        {id: 'error.network'}
      );
    case 'timeout':
      return msg(str`Le flux ${url} met trop de temps à se charger.`, {id: 'error.timeout'});
    case 'parse':
      return msg(str`Le flux ${url} n’est pas un fichier JSON valide.`, {id: 'error.parse'});
    case 'invalid':
      if (reason === 'too-large') {
        const megabytes = maxFeedMegabytes();
        return msg(str`Le flux ${url} dépasse ${megabytes}\u00a0Mo.`, {id: 'error.too-large', desc: 'The limit in megabytes'});
      }
      return msg(str`Le flux ${url} n’est pas un flux twin-cities (version 1).`, {id: 'error.invalid'});
  }
}

/** A feed problem as one or two sentences: what is wrong, then what was done. */
export function problemText(problem: FeedProblem, maxYear: number): string {
  const value = problem.value ?? '';
  const first = FIRST_YEAR;
  let reason: string;
  switch (problem.code) {
    case 'required':
      reason = msg('Champ obligatoire absent ou vide.', {id: 'problem.required'});
      break;
    case 'duplicate-id':
      reason = msg(str`Identifiant «\u202f${value}\u202f» déjà utilisé.`, {id: 'problem.duplicate-id'});
      break;
    case 'country':
      reason = msg(str`Code pays ISO 3166-1 inconnu\u00a0: «\u202f${value}\u202f».`, {id: 'problem.country'});
      break;
    case 'text':
      reason = msg(str`Texte attendu au lieu de «\u202f${value}\u202f».`, {id: 'problem.text'});
      break;
    case 'url':
      reason = msg(str`Adresse http(s) attendue au lieu de «\u202f${value}\u202f».`, {id: 'problem.url'});
      break;
    case 'integer':
      reason = msg(str`Nombre entier positif ou nul attendu au lieu de «\u202f${value}\u202f».`, {id: 'problem.integer'});
      break;
    case 'year':
      reason = msg(str`Année de ${first} à ${maxYear} attendue au lieu de «\u202f${value}\u202f».`, {id: 'problem.year'});
      break;
    case 'boolean':
      reason = msg(str`Valeur true ou false attendue au lieu de «\u202f${value}\u202f».`, {id: 'problem.boolean'});
      break;
    case 'kind':
      reason = msg(str`Type de partenariat inconnu\u00a0: «\u202f${value}\u202f» (twinning, cooperation ou friendship).`, {id: 'problem.kind'});
      break;
    case 'themes':
      reason = msg(str`Liste de thèmes attendue au lieu de «\u202f${value}\u202f».`, {id: 'problem.themes'});
      break;
    case 'location':
      reason = msg('Coordonnées hors limites.', {id: 'problem.location', desc: 'Latitude or longitude outside ±90 / ±180'});
      break;
    case 'object':
      reason = msg(str`Objet attendu au lieu de «\u202f${value}\u202f».`, {id: 'problem.object'});
      break;
  }
  const outcome = problem.skipped
    ? msg('Partenaire ignoré.', {id: 'problem.skipped', desc: 'After a problem: the whole partner was left out'})
    : msg('Valeur ignorée.', {id: 'problem.dropped', desc: 'After a problem: only this field was left out'});
  return `${reason} ${outcome}`;
}

/** Why a document is not a feed: after the element's error sentence, and in the command-line tool. */
export function invalidText(reason: InvalidReason): string {
  switch (reason) {
    case 'not-object':
      return msg('Le document n’est pas un objet JSON.', {id: 'invalid.not-object'});
    case 'version':
      return msg('Le champ "version" doit valoir 1.', {id: 'invalid.version'});
    case 'partners':
      return msg('Le champ "partners" doit être une liste.', {id: 'invalid.partners'});
  }
}

export function kindLabel(kind: Kind): string {
  switch (kind) {
    case 'twinning':
      return msg('Jumelage', {id: 'kind.twinning'});
    case 'cooperation':
      return msg('Coopération décentralisée', {id: 'kind.cooperation'});
    case 'friendship':
      return msg('Pacte d’amitié', {id: 'kind.friendship', desc: 'A friendship agreement between towns'});
  }
}

/** The label of a known theme id, or the id as given. */
export function themeLabel(theme: string): string {
  switch (theme) {
    case 'institutions':
      return msg('Appui institutionnel', {id: 'theme.institutions'});
    case 'environment':
      return msg('Environnement', {id: 'theme.environment'});
    case 'water':
      return msg('Eau et assainissement', {id: 'theme.water'});
    case 'energy':
      return msg('Énergies renouvelables', {id: 'theme.energy'});
    case 'waste':
      return msg('Gestion des déchets', {id: 'theme.waste'});
    case 'culture':
      return msg('Culture et patrimoine', {id: 'theme.culture'});
    case 'education':
      return msg('Éducation, jeunesse et sport', {id: 'theme.education'});
    case 'inclusion':
      return msg('Inclusion et action sociale', {id: 'theme.inclusion'});
    case 'social-economy':
      return msg('Économie sociale et solidaire', {id: 'theme.social-economy'});
    default:
      return theme;
  }
}

/**
 * The CLDR plural category of `count`, except that Portuguese reads 0 in the
 * plural ("0 problemas", "0 habitantes") where CLDR's pt puts it in "one".
 */
export function pluralCategory(rules: Intl.PluralRules, count: number): Intl.LDMLPluralRule {
  return count === 0 && rules.resolvedOptions().locale.split('-')[0] === 'pt' ? 'other' : rules.select(count);
}

/** The inhabitants word for a CLDR plural category (chosen by `pluralCategory`). */
export function inhabitantsWord(category: Intl.LDMLPluralRule): string {
  switch (category) {
    case 'one':
      return msg('habitant', {id: 'inhabitants.one', desc: 'Plural form "one" (fr: 0, 1; pl: 1)'});
    case 'few':
      return msg('habitants', {id: 'inhabitants.few', desc: 'Plural form "few" (pl: 2-4, 22-24…)'});
    case 'many':
      return msg('habitants', {id: 'inhabitants.many', desc: 'Plural form "many" (pl: 5-21, 25…; fr/it/pt: millions)'});
    default:
      return msg('habitants', {id: 'inhabitants.other', desc: 'Plural form "other" (pl: fractions)'});
  }
}

/**
 * "41 810 habitants", "Environ 52 000 habitants" (a line of its own, hence the
 * capital), then " (2010)" for a census year. `word` is `inhabitantsWord` for the
 * count's plural category, in both sentences: the Polish few and many forms are
 * the genitive that "około" takes too, and Italian millions take "di abitanti".
 */
export function populationText(count: string, word: string, approximate: boolean, year?: number): string {
  const text = approximate
    ? msg(str`Environ ${count}\u00a0${word}`, {id: 'population.approximate', desc: 'Population given as an estimate; starts its line'})
    : msg(str`${count}\u00a0${word}`, {id: 'population.exact'});
  return year === undefined ? text : msg(str`${text} (${year})`, {id: 'population.year', desc: 'Population and census year'});
}

export const readMoreText = () =>
  msg('Lire la suite', {id: 'link.read-more', desc: 'Link to the partner town page'});

export const readMoreLabel = (name: string) =>
  msg(str`Lire la suite\u00a0: ${name}`, {id: 'link.read-more.label', desc: 'Accessible name of the link, with the partner name'});

/** On a card, with `reciprocal`: whether the partner's own feed lists this town. */
export const reciprocityText = (listed: boolean, partner: string) =>
  listed
    ? msg('Partenariat affiché par les deux villes', {
        id: 'reciprocity.listed',
        desc: 'The partner town lists this town back in its own feed',
      })
    : msg(str`${partner} ne mentionne pas encore ce partenariat`, {
        id: 'reciprocity.missing',
        desc: 'The partner named (a town, a village, a district, a region) does not list this town in its own feed yet',
      });

export const showMoreText = () => msg('Afficher plus', {id: 'more.button'});

export const shownCountText = (shown: string, total: string) =>
  msg(str`Villes partenaires affichées\u00a0: ${shown} sur ${total}`, {id: 'more.status', desc: 'Announced after "show more"'});

// The `filters` toolbar and the `map`.

export const searchText = () => msg('Rechercher', {id: 'filters.search', desc: 'Label of the search box above the cards'});

export const countryFilterText = () => msg('Pays', {id: 'filters.country', desc: 'Label of the country filter (a select)'});

export const kindFilterText = () =>
  msg('Type', {id: 'filters.kind', desc: 'Label of the filter by kind of partnership: twinning, cooperation, friendship'});

export const allText = () =>
  msg('Tous', {id: 'filters.all', desc: 'First option of the country and kind filters: no filter (all countries, all kinds)'});

export const themesFilterText = () => msg('Thèmes', {id: 'filters.themes', desc: 'Legend of the theme checkboxes'});

export const noMatchText = () =>
  msg('Aucune ville partenaire ne correspond à ces filtres.', {id: 'filters.no-match'});

export const clearFiltersText = () => msg('Effacer les filtres', {id: 'filters.clear', desc: 'Button that resets the search and every filter'});

export const mapLabel = (count: string) =>
  msg(str`Carte des villes partenaires\u00a0: ${count}`, {
    id: 'map.label',
    desc: 'Accessible name of the map; the number is how many partners it shows',
  });

export const mapFailedText = () =>
  msg('La carte n’a pas pu être chargée.', {id: 'map.failed', desc: 'In place of the map when its file cannot be loaded'});
/**
 * The relation line of a card: the kind of partnership and the year it began,
 * "Jumelage depuis 1962". `kind` is a label of kindLabel().
 */
export const relationText = (kind: string, year: string) =>
  msg(str`${kind} depuis ${year}`, {
    id: 'relation.since',
    desc: 'On a card: the kind of partnership (Jumelage, Coopération décentralisée, Pacte d’amitié) and the year it began',
  });
