/**
 * The list checked as the element checks it: the same parser, its problems put
 * back on the field they are about, so the message shows beside that field.
 */
import {parseFeed, type Problem} from '../core/feed.js';
import {isObject, type JsonObject, type Work} from './model.js';

/** A problem on one field: `name`, `name.de`, `population.value`, `themes.2`. */
export interface FieldProblem {
  readonly field: string;
  readonly problem: Problem;
}

export interface Checked {
  /** Problems by partner position. */
  readonly partners: ReadonlyMap<number, FieldProblem[]>;
  readonly city: FieldProblem[];
  readonly count: number;
}

/** Where relative URLs would resolve when no better address is known: only for checking. */
export const CHECK_BASE = 'https://feed.invalid/jumelages.json';

const REQUIRED = ['id', 'name', 'country'];

/** `partners[3].image.alt.de` → `image.alt.de`; `partners[0].themes[2]` → `themes.2`. */
const fieldOf = (path: string, prefix: RegExp) => path.replace(prefix, '').replace(/\[(\d+)\]/g, '.$1');

/**
 * `partners: false` checks the town only: for partners the parser has just read
 * (a sheet's, which feedFromSheet keeps only when valid), a second pass would find nothing.
 */
export function check(work: Work, base: string = CHECK_BASE, {partners: withPartners = true} = {}): Checked {
  const partners = new Map<number, FieldProblem[]>();
  let count = 0;
  const add = (index: number, problem: FieldProblem) => {
    const list = partners.get(index) ?? [];
    list.push(problem);
    partners.set(index, list);
    count++;
  };
  const data = withPartners ? work.partners.map((e) => e.data) : [];
  const whole = parseFeed({version: 1, partners: data}, base);
  if (!whole.ok) return {partners, city: [], count: 0};
  const incomplete = new Set<number>();
  for (const problem of whole.problems) {
    const index = Number(/^partners\[(\d+)\]/.exec(problem.path)?.[1]);
    const field = fieldOf(problem.path, /^partners\[\d+\]\.?/);
    if (REQUIRED.includes(field.split('.')[0])) incomplete.add(index);
    add(index, {field, problem});
  }
  // The parser stops at a missing required field: check the rest of those partners
  // with stand-ins for the required ones, so every wrong field is said at once.
  for (const index of incomplete) {
    const stand = {...data[index], id: `\u0000${index}`, name: 'x', country: 'FR'};
    const alone = parseFeed({version: 1, partners: [stand]}, base);
    if (!alone.ok) continue;
    for (const problem of alone.problems) add(index, {field: fieldOf(problem.path, /^partners\[0\]\.?/), problem});
  }

  const city: FieldProblem[] = [];
  const {location, ...rest} = work.city;
  const town = parseFeed({version: 1, city: rest, partners: []}, base);
  if (town.ok) for (const problem of town.problems) city.push({field: fieldOf(problem.path, /^city\.?/), problem});
  if (location !== undefined) {
    // The town's location is read as a partner's is.
    const probe = parseFeed({version: 1, partners: [{id: 'x', name: 'x', country: 'FR', location}]}, base);
    if (probe.ok) for (const problem of probe.problems) city.push({field: 'location', problem: {...problem, path: 'city.location'}});
  }
  return {partners, city, count: count + city.length};
}

/** The problems of one field, and with `inside` of the fields inside it (`themes` holds `themes.2`). */
export function problemsAt(list: readonly FieldProblem[] | undefined, field: string, inside = false): FieldProblem[] {
  return (list ?? []).filter((p) => p.field === field || (inside && p.field.startsWith(`${field}.`)));
}

/** Relative URLs made absolute against `base`, for the preview, which reads them against the page. */
export function absolutized(feed: {partners: JsonObject[]; city?: JsonObject}, base: string): unknown {
  const abs = (value: unknown) => {
    if (typeof value !== 'string') return value;
    try {
      return new URL(value.trim(), base).href;
    } catch {
      return value;
    }
  };
  return {
    ...feed,
    partners: feed.partners.map((p) => ({
      ...p,
      ...(p.url !== undefined && {url: abs(p.url)}),
      ...(p.feed !== undefined && {feed: abs(p.feed)}),
      ...(isObject(p.image) && {image: {...p.image, src: abs(p.image.src)}}),
    })),
  };
}
