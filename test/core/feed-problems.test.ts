import {expect} from '@open-wc/testing';
import {parseFeed} from '../../src/core/feed.js';

/** A feed whose one partner has `n` wrong themes and a `javascript:` url. */
const feedWith = (n: number) => ({
  version: 1,
  partners: [{id: 'sopot', name: 'Sopot', country: 'PL', url: 'javascript:alert(1)', themes: new Array(n).fill(0)}],
});

describe('parseFeed: how many problems it describes', () => {
  it('describes every problem up to 1 000, and counts them', () => {
    const result = parseFeed(feedWith(999));
    if (!result.ok) throw new Error(result.reason);
    expect(result.problems.length).to.equal(1000);
    expect(result.problemCount).to.equal(1000);
  });

  it('describes the first 1 000 problems in document order and counts the rest without describing them', () => {
    const result = parseFeed(feedWith(250_000));
    if (!result.ok) throw new Error(result.reason);
    expect(result.problemCount).to.equal(250_001);
    expect(result.problems.length).to.equal(1000);
    expect(result.problems[0]).to.deep.equal({path: 'partners[0].url', code: 'url', skipped: false, value: 'javascript:alert(1)'});
    expect(result.problems[999].path).to.equal('partners[0].themes[998]');
    // The partner itself is kept: wrong themes are dropped, not the card.
    expect(result.feed.partners.length).to.equal(1);
  });

  it('describes as many as maxProblems says, none with 0, every one with Infinity', () => {
    const none = parseFeed(feedWith(10), undefined, {maxProblems: 0});
    const all = parseFeed(feedWith(5000), undefined, {maxProblems: Infinity});
    if (!none.ok || !all.ok) throw new Error('not a feed');
    expect(none.problems).to.deep.equal([]);
    expect(none.problemCount).to.equal(11);
    expect(all.problems.length).to.equal(5001);
    expect(all.problemCount).to.equal(5001);
  });

  it('counts the skipped partners past the first 1 000 problems too', () => {
    const partners = Array.from({length: 1500}, (_, i) => ({id: `p${i}`, name: `P${i}`, country: 'ZZ'}));
    const result = parseFeed({version: 1, partners});
    if (!result.ok) throw new Error(result.reason);
    expect(result.feed.partners.length).to.equal(0);
    expect(result.problemCount).to.equal(1500);
    expect(result.problems.every((problem) => problem.skipped)).to.equal(true);
  });
});
