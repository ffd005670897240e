/**
 * The `sort` attribute: cards in feed order (the town's own), by name, by the
 * country's name, or by the year the partnership began (oldest first, undated
 * last). Names compare with the display language's collation, so Łódź sorts among
 * the L's and Évry among the E's; ties go by name, then feed order.
 */
import {resolveText, type Partner} from '../core/feed.js';
import {collator, countryName} from './intl-cache.js';

const sorted = new WeakMap<readonly Partner[], Map<string, readonly Partner[]>>();

/** `partners` in the order `sort` names for `tag` (feed order for anything else); the same array for the same question. */
export function sortPartners(partners: readonly Partner[], sort: string, tag: string): readonly Partner[] {
  if (!['name', 'country', 'since'].includes(sort)) return partners;
  let byKey = sorted.get(partners);
  if (!byKey) sorted.set(partners, (byKey = new Map()));
  const key = `${sort} ${tag}`;
  let result = byKey.get(key);
  if (!result) {
    const compare = collator(tag).compare;
    // Keys computed once per partner: a comparison runs n·log n times.
    const keyed = partners.map(
      (p) => [p, sort === 'since' ? (p.since ?? 1e4) : 0, sort === 'country' ? countryName(p.country, tag) : '', resolveText(p.name, tag).text] as const
    );
    keyed.sort((a, b) => a[1] - b[1] || compare(a[2], b[2]) || compare(a[3], b[3]));
    byKey.set(key, (result = keyed.map((k) => k[0])));
  }
  return result;
}
