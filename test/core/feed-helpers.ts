/**
 * What the feed parser's unit tests share: the demo feeds of Bagnolet and Colombes
 * (`demo/feeds/`), their partners by name, and small parsing shorthands.
 */
import {parseFeed, type Feed, type Partner, type FeedProblem, type ParseResult} from '../../src/core/feed.js';

export type Json = Record<string, unknown>;

/** Where the Bagnolet feed would live on the town's site. */
export const BASE = 'https://www.ville-bagnolet.fr/flux/bagnolet.json';
/** The demo feeds of Bagnolet and Colombes, as their towns would publish them. */
export const bagnolet: Json = await (await fetch('/demo/feeds/bagnolet.json')).json();
export const colombes: Json = await (await fetch('/demo/feeds/colombes.json')).json();

/** A fixed "now", so that "next year" is 2026 in every run. */
export const NOW = new Date(2025, 5, 15);

/** A deep copy of a demo partner, by id. */
export function partnerFrom(feed: Json, id: string): Json {
  const found = (feed.partners as Json[]).find((p) => p.id === id);
  if (!found) throw new Error(`no partner ${id}`);
  return structuredClone(found);
}
export const oranienburg = () => partnerFrom(bagnolet, 'oranienburg');
export const sesto = () => partnerFrom(bagnolet, 'sesto-fiorentino');
export const chatila = () => partnerFrom(bagnolet, 'chatila');
export const massala = () => partnerFrom(bagnolet, 'massala');
export const rasJebel = () => partnerFrom(colombes, 'ras-jebel');
export const sopot = () => partnerFrom(colombes, 'sopot');

/** A partner with some fields replaced; `undefined` removes the field. */
export function variant(partner: Json, changes: Json): Json {
  const copy = {...partner};
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  }
  return copy;
}

export const feedOf = (...partners: unknown[]): Json => ({
  version: 1,
  city: {name: 'Bagnolet', country: 'FR', url: 'https://www.ville-bagnolet.fr/'},
  partners,
});

/** Parses, asserting that the document is a feed; `base` null means no base URL. */
export function ok(json: unknown, base: string | null = BASE): {feed: Feed; problems: readonly FeedProblem[]} {
  const result = parseFeed(json, base ?? undefined, {now: NOW});
  if (!result.ok) throw new Error(`expected a feed, got reason ${result.reason}`);
  return result;
}

/** Parses a feed of one partner (a variant of `partner`). */
export function one(partner: unknown, base: string | null = BASE) {
  const {feed, problems} = ok(feedOf(partner), base);
  return {partner: feed.partners[0] as Partner | undefined, problems};
}

export const reason = (result: ParseResult | null) => (result && !result.ok ? result.reason : undefined);
