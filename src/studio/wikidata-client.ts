/**
 * The studio's requests to Wikidata's Action API, only when the editor asks:
 * find a town (`wbsearchentities`, in the interface language), then read items
 * (`wbgetentities`, at most 50 ids per request, one request per batch). No
 * credentials, no referrer; `origin=*` for an anonymous cross-origin read.
 */
import {
  batches,
  candidatesOf,
  cityOf,
  countryItemOf,
  draftOf,
  entitiesOf,
  entitiesUrl,
  isoCodeOf,
  labelsOf,
  searchUrl,
  twinsOf,
  type Candidate,
  type Draft,
} from '../core/wikidata.js';
import type {JsonObject} from './model.js';

export const DEFAULT_WIKIDATA = 'https://www.wikidata.org/w/api.php';

/** Wikidata could not be reached, or did not answer as Wikidata does. */
export class WikidataUnreachable extends Error {}

async function getJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {credentials: 'omit', referrerPolicy: 'no-referrer', headers: {accept: 'application/json'}});
  } catch {
    throw new WikidataUnreachable(url);
  }
  if (!response.ok) throw new WikidataUnreachable(url);
  try {
    return await response.json();
  } catch {
    throw new WikidataUnreachable(url);
  }
}

async function entities(base: string, ids: readonly string[], props: string) {
  const all = new Map<string, Record<string, unknown>>();
  for (const batch of batches([...new Set(ids)])) {
    const found = entitiesOf(await getJson(entitiesUrl(base, batch, props)));
    if (!found) throw new WikidataUnreachable(base);
    for (const [id, entity] of found) all.set(id, entity);
  }
  return all;
}

/** Country items → ISO 3166-1 alpha-2 codes (P297). */
async function countryCodes(base: string, items: readonly (string | undefined)[]): Promise<Map<string, string>> {
  const ids = items.filter((id): id is string => id !== undefined);
  const codes = new Map<string, string>();
  if (ids.length === 0) return codes;
  for (const [id, entity] of await entities(base, ids, 'claims')) {
    const code = isoCodeOf(entity);
    if (code) codes.set(id, code);
  }
  return codes;
}

export async function searchTowns(base: string, text: string, language: string): Promise<Candidate[]> {
  const found = candidatesOf(await getJson(searchUrl(base, text, language)));
  if (!found) throw new WikidataUnreachable(base);
  return found;
}

/** The country code of each candidate, to tell two towns of one name apart. */
export async function candidateCountries(base: string, candidates: readonly Candidate[]): Promise<Map<string, string>> {
  if (candidates.length === 0) return new Map();
  const items = await entities(base, candidates.map((c) => c.qid), 'claims');
  const countryOf = new Map([...items].map(([id, entity]) => [id, countryItemOf(entity)]));
  const codes = await countryCodes(base, [...countryOf.values()]);
  const out = new Map<string, string>();
  for (const [id, country] of countryOf) if (country && codes.has(country)) out.set(id, codes.get(country)!);
  return out;
}

export interface Twinned {
  readonly city: JsonObject;
  /** The town's name, in the interface language when Wikidata has it. */
  readonly name: string;
  readonly drafts: readonly Draft[];
}

/** The town (`city`) and a draft for each of its twins (P190). */
export async function twinnedTowns(base: string, qid: string, language: string, taken: Set<string>): Promise<Twinned> {
  const props = 'labels|claims|sitelinks/urls';
  const town = (await entities(base, [qid], props)).get(qid);
  if (!town) throw new WikidataUnreachable(base);
  const twins = twinsOf(town);
  const partners = twins.length > 0 ? await entities(base, twins.map((t) => t.qid), props) : new Map();
  const codes = await countryCodes(base, [countryItemOf(town), ...[...partners.values()].map(countryItemOf)]);
  const drafts = twins.filter((t) => partners.has(t.qid)).map((t) => draftOf(t, partners.get(t.qid), codes, taken));
  const names = labelsOf(town);
  return {city: cityOf(town, codes) as JsonObject, name: names?.[language] ?? names?.fr ?? Object.values(names ?? {})[0] ?? qid, drafts};
}
