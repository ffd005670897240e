import {expect} from '@open-wc/testing';
import {parseFeed, type Feed, type Partner} from '../../src/core/feed.js';
import {checkReciprocity, listsBack} from '../../src/core/reciprocity.js';

/** A feed as a partner town would publish it, parsed like the element does. */
function feedOf(json: unknown, url = 'https://www.example.org/partners.json'): Feed {
  const result = parseFeed(json, url);
  if (!result.ok) throw new Error(`not a feed: ${result.reason}`);
  return result.feed;
}

const colombes = {
  url: 'https://www.colombes.fr/jumelages.json',
  city: {name: 'Colombes', country: 'FR'},
};

/** Frankenthal's feed, listing its partner towns. */
const frankenthal = (entries: readonly object[]) =>
  feedOf(
    {version: 1, city: {name: 'Frankenthal', country: 'DE'}, partners: entries},
    'https://www.frankenthal.de/partnerstaedte.json'
  );

describe('listsBack', () => {
  it('is true when an entry has our name and our country', () => {
    const feed = frankenthal([{id: 'colombes', name: 'Colombes', country: 'FR'}]);
    expect(listsBack(feed, colombes)).to.equal(true);
  });

  it('is false when no entry has our name', () => {
    const feed = frankenthal([{id: 'sopot', name: 'Sopot', country: 'PL'}]);
    expect(listsBack(feed, colombes)).to.equal(false);
  });

  it('is false when an entry has our name but another country', () => {
    const feed = frankenthal([{id: 'colombes', name: 'Colombes', country: 'BE'}]);
    expect(listsBack(feed, colombes)).to.equal(false);
  });

  it('compares names ignoring case', () => {
    const feed = frankenthal([{id: 'colombes', name: 'COLOMBES', country: 'fr'}]);
    expect(listsBack(feed, colombes)).to.equal(true);
  });

  it('compares names ignoring accents', () => {
    const own = {city: {name: 'Gueule Tapée-Fass Colobane', country: 'SN'}};
    const feed = frankenthal([{id: 'gtfc', name: 'Gueule Tapee-Fass Colobane', country: 'SN'}]);
    expect(listsBack(feed, own)).to.equal(true);
  });

  it('compares names written without letters that have no separable accent (Łódź, Gießen, Tønder)', () => {
    for (const [ours, theirs, country] of [
      ['Łódź', 'Lodz', 'PL'],
      ['Gießen', 'Giessen', 'DE'],
      ['Tønder', 'Tonder', 'DK'],
    ]) {
      const feed = frankenthal([{id: 'x', name: theirs, country}]);
      expect(listsBack(feed, {city: {name: ours, country}}), ours).to.equal(true);
    }
  });

  it('treats hyphens as spaces and collapses spaces', () => {
    const own = {city: {name: 'Gueule Tapée-Fass Colobane', country: 'SN'}};
    const feed = frankenthal([{id: 'gtfc', name: 'gueule  tapée fass-colobane', country: 'SN'}]);
    expect(listsBack(feed, own)).to.equal(true);
  });

  it('matches any translation of the entry name against any translation of ours', () => {
    const own = {city: {name: {fr: 'Varsovie', pl: 'Warszawa'}, country: 'PL'}};
    const feed = frankenthal([{id: 'warschau', name: {de: 'Warschau', pl: 'Warszawa'}, country: 'PL'}]);
    expect(listsBack(feed, own)).to.equal(true);
  });

  it('is true when an entry feed is our feed URL, whatever its name', () => {
    const feed = frankenthal([
      {id: 'c', name: 'Partnerstadt', country: 'FR', feed: 'https://www.colombes.fr/jumelages.json'},
    ]);
    expect(listsBack(feed, {url: colombes.url})).to.equal(true);
  });

  it('resolves a relative entry feed against the partner feed URL', () => {
    const feed = feedOf(
      {version: 1, partners: [{id: 'bagnolet', name: 'B.', country: 'FR', feed: '../fr/bagnolet.json'}]},
      'https://feeds.example.org/de/oranienburg.json'
    );
    expect(listsBack(feed, {url: 'https://feeds.example.org/fr/bagnolet.json'})).to.equal(true);
  });

  it('ignores a trailing slash and the fragment when comparing feed URLs', () => {
    const feed = frankenthal([
      {id: 'c', name: 'Partnerstadt', country: 'FR', feed: 'https://www.colombes.fr/jumelages/#partenaires'},
    ]);
    expect(listsBack(feed, {url: 'https://www.colombes.fr/jumelages'})).to.equal(true);
  });

  it('is false when an entry feed is another URL and nothing else matches', () => {
    const feed = frankenthal([
      {id: 'c', name: 'Partnerstadt', country: 'FR', feed: 'https://www.colombes.fr/autre.json'},
    ]);
    expect(listsBack(feed, {url: colombes.url})).to.equal(false);
  });

  it('is undefined when we have neither a URL nor a city', () => {
    const feed = frankenthal([{id: 'colombes', name: 'Colombes', country: 'FR'}]);
    expect(listsBack(feed, {})).to.equal(undefined);
  });

  it('is undefined when our city has a name but no country, and we have no URL', () => {
    const feed = frankenthal([{id: 'colombes', name: 'Colombes', country: 'FR'}]);
    expect(listsBack(feed, {city: {name: 'Colombes'}})).to.equal(undefined);
  });
});

describe('checkReciprocity', () => {
  const partner = (id: string, feed?: string): Partner => ({
    id,
    name: id,
    country: 'DE',
    kind: 'twinning',
    themes: [],
    ...(feed !== undefined && {feed}),
  });
  const listing = frankenthal([{id: 'colombes', name: 'Colombes', country: 'FR'}]);
  const notListing = frankenthal([{id: 'sopot', name: 'Sopot', country: 'PL'}]);

  it('sorts partners with a feed into listed, missing and unreachable, in feed order', async () => {
    const feeds: Record<string, Feed | undefined> = {
      'https://a.example/f.json': notListing,
      'https://b.example/f.json': listing,
      'https://c.example/f.json': undefined,
      'https://d.example/f.json': notListing,
    };
    const report = await checkReciprocity(
      [
        partner('a', 'https://a.example/f.json'),
        partner('no-feed'),
        partner('b', 'https://b.example/f.json'),
        partner('c', 'https://c.example/f.json'),
        partner('d', 'https://d.example/f.json'),
      ],
      async (url) => feeds[url],
      colombes
    );
    expect(report.checked).to.equal(4);
    expect(report.reciprocal).to.equal(1);
    expect(report.missing).to.deep.equal(['a', 'd']);
    expect(report.unreachable).to.deep.equal(['c']);
    expect([...report.results]).to.deep.equal([
      ['a', 'missing'],
      ['b', 'listed'],
      ['c', 'unreachable'],
      ['d', 'missing'],
    ]);
  });

  it('counts a feed that fails to read (a rejection) as unreachable', async () => {
    const report = await checkReciprocity(
      [partner('a', 'https://a.example/f.json')],
      () => Promise.reject(new Error('offline')),
      colombes
    );
    expect(report.unreachable).to.deep.equal(['a']);
  });

  it('reads at most 4 feeds at a time', async () => {
    let reading = 0;
    let most = 0;
    const partners = Array.from({length: 10}, (_, i) => partner(`p${i}`, `https://p${i}.example/f.json`));
    const report = await checkReciprocity(
      partners,
      async () => {
        reading++;
        most = Math.max(most, reading);
        await new Promise((resolve) => setTimeout(resolve, 5));
        reading--;
        return listing;
      },
      colombes,
      {concurrency: 4}
    );
    expect(most).to.equal(4);
    expect(report.reciprocal).to.equal(10);
  });

  it('reads the feeds of the first 50 partners that have one, in feed order, and lists the others as unchecked', async () => {
    const read: string[] = [];
    const partners = Array.from({length: 70}, (_, i) => partner(`p${i}`, i % 7 === 6 ? undefined : `https://p${i}.example/f.json`));
    const withFeed = partners.filter((p) => p.feed !== undefined).map((p) => p.id);
    const report = await checkReciprocity(partners, async (url) => (read.push(new URL(url).hostname), listing), colombes);
    expect(report.checked).to.equal(50);
    expect(report.reciprocal).to.equal(50);
    expect(report.unchecked).to.deep.equal(withFeed.slice(50));
    expect(read.map((host) => host.split('.')[0]).sort()).to.deep.equal(withFeed.slice(0, 50).sort());
    expect([...report.results.keys()]).to.deep.equal(withFeed.slice(0, 50));
  });

  it('reads as many partner feeds as `limit` says', async () => {
    const partners = Array.from({length: 60}, (_, i) => partner(`p${i}`, `https://p${i}.example/f.json`));
    const all = await checkReciprocity(partners, async () => notListing, colombes, {limit: Infinity});
    expect(all.checked).to.equal(60);
    expect(all.unchecked).to.deep.equal([]);
    const three = await checkReciprocity(partners, async () => notListing, colombes, {limit: 3});
    expect(three.missing).to.deep.equal(['p0', 'p1', 'p2']);
    expect(three.unchecked.length).to.equal(57);
  });

  it('recognizes our feed URL in an entry whose feed ends in a long run of slashes, and only that', async () => {
    const own = {url: 'https://www.colombes.fr/jumelages.json'};
    const slashes = '/'.repeat(100_000);
    expect(listsBack(frankenthal([{id: 'c', name: 'C', country: 'FR', feed: `${own.url}${slashes}`}]), own)).to.equal(true);
    expect(listsBack(frankenthal([{id: 'c', name: 'C', country: 'FR', feed: `https://www.colombes.fr/${slashes}a`}]), own)).to.equal(false);
  });

  it('reads nothing when we cannot be recognized', async () => {
    let reads = 0;
    const report = await checkReciprocity(
      [partner('a', 'https://a.example/f.json')],
      async () => {
        reads++;
        return listing;
      },
      {}
    );
    expect(reads).to.equal(0);
    expect(report.checked).to.equal(0);
    expect(report.unchecked).to.deep.equal([]);
    expect(report.results.size).to.equal(0);
  });
});
