// Property tests (fast-check): the feed parser, the CSV reader and the reciprocity
// matcher do work that grows linearly with their input, for long and repetitive
// inputs (slashes, commas, spaces, hyphens, accents, nested arrays).
//
// Work is counted, never timed: while a function runs, the string primitives it
// calls (normalize, replace, split, slice, join, regular-expression tests…) add up
// the characters they are handed or give back. The same input made of a fragment
// repeated n times, then 2n times, must cost at most 2.5 times as much: a
// quadratic reader costs about 4 times as much, a cubic one 8 times. (A regular
// expression that backtracks inside one call is not seen by this count: the
// hostile-input tests of the command line and the element catch those.)
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {parseFeed} from '../../lib/core/feed.js';
import {readSheet} from '../../lib/core/columns.js';
import {feedFromSheet} from '../../lib/core/sheet-feed.js';
import {themesOf} from '../../lib/core/vocabulary.js';
import {listsBack} from '../../lib/core/reciprocity.js';

const SEED = 20_261_203;
const RUNS = {seed: SEED, numRuns: 15};
/** Repetitions of the fragment: large enough that a quadratic term dominates any constant. */
const N = 400;

/** The characters `fn` makes string primitives handle. */
function work(fn) {
  let characters = 0;
  const restore = [];
  const meter = (owner, name, size) => {
    const original = owner[name];
    restore.push(() => (owner[name] = original));
    owner[name] = function (...args) {
      const result = original.apply(this, args);
      characters += size(this, args, result);
      return result;
    };
  };
  const input = (self) => String(self).length;
  const output = (_, __, result) => (typeof result === 'string' ? result.length : 0);
  for (const name of ['normalize', 'toLowerCase', 'toUpperCase', 'trim', 'trimStart', 'trimEnd', 'replace', 'replaceAll', 'split', 'match', 'matchAll']) {
    meter(String.prototype, name, input);
  }
  for (const name of ['slice', 'substring']) meter(String.prototype, name, output);
  meter(Array.prototype, 'join', output);
  meter(RegExp.prototype, 'test', (_, [text]) => String(text).length);
  meter(JSON, 'stringify', output);
  try {
    fn();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return characters;
}

/** Asserts that `run(n)` grows linearly: twice the input, at most 2.5 times the work. */
function linear(run) {
  const once = work(() => run(N));
  const twice = work(() => run(2 * N));
  assert.ok(once > 0, 'some work is counted');
  assert.ok(twice <= 2.5 * once, `work at n = ${N}: ${once}; at 2n: ${twice} (${(twice / once).toFixed(2)}×)`);
}

/** A short fragment of what makes text readers stumble, to repeat. */
const fragment = fc
  .array(fc.constantFrom('/', '//', ',', ', ', ';', ' ', '  ', '-', '_', ':', "'", '’', 'é', 'e\u0301', 'ß', 'Ł', '\t', 'a', 'pt', 'name', '.', 'Éducation, jeunesse et sport'), {minLength: 1, maxLength: 6})
  .map((parts) => parts.join(''));

const repeat = (text, n) => text.repeat(n);

describe('work grows linearly', () => {
  it('parsing a feed of long texts, URLs, tags and nested arrays', () => {
    fc.assert(
      fc.property(fragment, fc.integer({min: 1, max: 4}), (unit, depth) => {
        linear((n) => {
          const nested = (level) => (level === 0 ? [0] : [nested(level - 1)]);
          const tags = Object.fromEntries(Array.from({length: n}, (_, i) => [`${unit}${i}`, unit]));
          const partners = [
            {
              id: repeat(unit, n),
              name: repeat(unit, n),
              country: 'FR',
              summary: tags,
              url: `https://e.example/${repeat(unit, n)}`,
              feed: `https://e.example/${repeat('/', n)}${unit}`,
              themes: Array.from({length: n}, () => nested(depth)),
            },
            ...Array.from({length: n}, () => nested(depth)),
          ];
          const result = parseFeed({version: 1, city: {name: repeat(unit, n), country: 'FR'}, partners}, 'https://e.example/feed.json');
          assert.ok(result.ok);
        });
      }),
      RUNS
    );
  });

  it('counting problems: twice the wrong values, twice the problems, and never more than 1 000 described', () => {
    for (const n of [N, 2 * N, 20 * N]) {
      const result = parseFeed({version: 1, partners: [{id: 'a', name: 'A', country: 'FR', themes: new Array(n).fill([])}]});
      assert.equal(result.problemCount, n);
      assert.equal(result.problems.length, Math.min(n, 1000));
    }
  });

  it('reading a CSV sheet with a long header, a long cell and a long themes cell', () => {
    fc.assert(
      fc.property(fragment, (unit) => {
        linear((n) => {
          const quoted = (text) => `"${text.replaceAll('"', '""')}"`;
          const header = ['name', 'country', 'themes', 'summary', quoted(`name${repeat(`_${unit}`, n)}`)].join(',');
          const row = ['Sopot', 'PL', quoted(repeat(`${unit},`, n)), quoted(repeat(unit, n)), quoted(repeat(unit, n))].join(',');
          const sheet = readSheet(`${header}\n${row}\n`);
          assert.ok(sheet.ok);
          feedFromSheet(sheet, {city: 'Colombes', country: 'FR', lang: 'fr', tag: 'fr'});
        });
      }),
      RUNS
    );
  });

  it('reading a themes cell of many comma-separated pieces', () => {
    fc.assert(
      fc.property(fragment, (unit) => {
        linear((n) => themesOf(Array.from({length: n}, (_, i) => (i % 3 ? unit : 'Éducation, jeunesse et sport')).join(',')));
      }),
      RUNS
    );
  });

  it('matching a partner feed of long names and URLs against our own', () => {
    fc.assert(
      fc.property(fragment, (unit) => {
        linear((n) => {
          const long = repeat(unit, n);
          const entries = [
            {id: 'long', name: {fr: long, de: `${long}-`}, country: 'FR', feed: `https://e.example/${repeat('/', n)}${unit}`},
            ...Array.from({length: n}, (_, i) => ({
              id: `e${i}`,
              name: {fr: `${unit}${i}`, de: `${i}${unit}`},
              country: 'FR',
              feed: `https://e.example/${unit}/${i}//`,
            })),
          ];
          const parsed = parseFeed({version: 1, partners: entries});
          assert.ok(parsed.ok);
          const own = {url: `https://www.colombes.fr/${repeat('/', n)}`, city: {name: {fr: long, de: `${long}-`}, country: 'FR'}};
          listsBack(parsed.feed, own);
        });
      }),
      RUNS
    );
  });
});
