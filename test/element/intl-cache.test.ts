/**
 * The Intl cache: the same object for the same question, a bounded number of
 * them (the one used longest ago goes first), none kept across a change of the
 * browser's languages.
 */
import {expect} from '@open-wc/testing';
import {MAX_ENTRIES, numberFormat, pluralRules} from '../../src/element/intl-cache.js';

let asked = 0;
/** Asks for `count` formatters nobody asked for before. */
const fill = (count: number) => {
  for (const end = asked + count; asked < end; asked++) numberFormat(`de-x-n${asked}`);
};

describe('the Intl cache', () => {
  beforeEach(() => dispatchEvent(new Event('languagechange')));

  it('answers the same question with the same object', () => {
    expect(numberFormat('de', {maximumFractionDigits: 0})).to.equal(numberFormat('de', {maximumFractionDigits: 0}));
    expect(pluralRules('pl')).to.equal(pluralRules('pl'));
    expect(numberFormat('de')).not.to.equal(numberFormat('fr'));
  });

  it(`keeps at most ${MAX_ENTRIES} objects, dropping the one used longest ago`, () => {
    const italian = numberFormat('it');
    const portuguese = numberFormat('pt');
    fill(MAX_ENTRIES - 2);
    numberFormat('it'); // used again: now the most recent, and 'pt' the oldest
    fill(1); // one too many: 'pt' goes
    expect(numberFormat('it')).to.equal(italian);
    expect(numberFormat('pt')).not.to.equal(portuguese);
  });

  it('starts afresh when the browser languages change', () => {
    const before = numberFormat('en-GB');
    dispatchEvent(new Event('languagechange'));
    const after = numberFormat('en-GB');
    expect(after).not.to.equal(before);
    expect(after.format(1234.5)).to.equal(before.format(1234.5));
  });
});
