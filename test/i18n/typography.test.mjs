// Every French text the project shows keeps its punctuation with its words: a
// narrow no-break space (U+202F) before ; ? ! and inside « », a no-break space
// (U+00A0) before : and between a number and its unit. An ordinary space there
// lets a line break before "?" or after "«". German keeps "…" on its line (U+00A0
// before it), Polish keeps "r." with its year (od 1964 r.).
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync} from 'node:fs';

const NARROW = '\u202f';
const NO_BREAK = '\u00a0';
const show = (text) => text.replaceAll(NARROW, '⍽').replaceAll(NO_BREAK, '·');

/** The faults of one French text, each with a few characters around it. */
export function frenchFaults(text) {
  const faults = [];
  const at = (index, rule) => faults.push(`${rule}: …${show(text.slice(Math.max(0, index - 18), index + 6))}…`);
  for (const m of text.matchAll(/(.)([;?!])(?=\s|$|[)»"])/gu)) {
    if (m[1] !== NARROW) at(m.index + 1, `U+202F before ${m[2]}`);
  }
  for (const m of text.matchAll(/(.):(?=\s|$)/gu)) if (m[1] !== NO_BREAK) at(m.index + 1, 'U+00A0 before :');
  for (const m of text.matchAll(/«(.)/gu)) if (m[1] !== NARROW) at(m.index + 1, 'U+202F after «');
  for (const m of text.matchAll(/(.)»/gu)) if (m[1] !== NARROW) at(m.index, 'U+202F before »');
  for (const m of text.matchAll(/[\dX]( )(?:Mo|Ko|Go|km|em|px|secondes|min|h|%)(?![\p{L}\d])/gu)) {
    at(m.index + 1, 'U+00A0 between a number and its unit');
  }
  return faults;
}

/** The first argument of every msg() call: its text, placeholders as X. */
function messagesOf(source) {
  const texts = [];
  for (const m of source.matchAll(/\bmsg\(\s*(?:str)?(?:'((?:\\.|[^'\\])*)'|`((?:\\.|[^`\\])*)`)/g)) {
    const raw = m[1] ?? m[2].replace(/\$\{[^}]*\}/g, 'X');
    texts.push(raw.replace(/\\u([0-9a-f]{4})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))).replace(/\\(.)/g, '$1'));
  }
  return texts;
}

const ENTITIES = {nbsp: NO_BREAK, lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", rsquo: '’', hellip: '…'};
const decode = (html) =>
  html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&(\w+);/g, (entity, name) => ENTITIES[name] ?? entity);

/** The text a page shows: no scripts, styles or code, but the French comments of its code samples. */
function pageText(html) {
  const comments = [...html.matchAll(/\/\*([\s\S]*?)\*\//g)].map((m) => m[1]);
  const text = html
    .replace(/<(script|style|pre|code)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
  return [...decode(text).split(/\n/), ...comments.map(decode)];
}

/** The string literals of a script (its French sentences among them). */
function literalsOf(code) {
  const sentences = [...code.matchAll(/'((?:\\.|[^'\\\n])*)'|`((?:\\.|[^`\\])*)`/g)].map((m) =>
    (m[1] ?? m[2].replace(/\$\{[^}]*\}/g, 'X')).replace(/\\u([0-9a-f]{4})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
  );
  // A sentence has words; an HTML entity or a selector written by the script is code.
  return sentences.filter((text) => /\p{L}{2,} \p{L}/u.test(text) && !/^&\w+;$/.test(text));
}

/** The msgstr texts of a gettext catalog, without its header (the msgstr of msgid ""). */
function poStrings(po) {
  const unquote = (lines) =>
    [...lines.matchAll(/"((?:\\.|[^"\\])*)"/g)]
      .map((part) => part[1].replace(/\\n/g, '\n').replace(/\\(.)/g, '$1'))
      .join('');
  return [...po.matchAll(/^msgid ((?:".*"\n)+)(?:msgid_plural (?:".*"\n)+)?((?:msgstr(?:\[\d\])? (?:".*"\n?)+)+)/gm)]
    .filter((m) => unquote(m[1]) !== '')
    .flatMap((m) => m[2].split(/^msgstr(?:\[\d\])? /m).filter(Boolean).map(unquote));
}

const check = (name, texts) => {
  const faults = texts.flatMap(frenchFaults);
  assert.deepEqual(faults, [], `${name}:\n${faults.join('\n')}`);
};

describe('French typography', () => {
  test('the rules find what they should, and only that', () => {
    assert.equal(frenchFaults('Lire la suite : X').length, 1);
    assert.equal(frenchFaults(`Lire la suite${NO_BREAK}: X`).length, 0);
    assert.equal(frenchFaults('« X »').length, 2);
    assert.equal(frenchFaults(`«${NARROW}X${NARROW}»`).length, 0);
    assert.equal(frenchFaults('Vouliez-vous dire X ?').length, 1);
    assert.equal(frenchFaults('dépasse 5 Mo.').length, 1);
    assert.equal(frenchFaults('https://www.colombes.fr et institutions;water;énergie').length, 0);
  });

  for (const file of ['src/i18n/messages.ts', 'src/i18n/tool-messages.ts']) {
    test(`${file}: every French message`, () => {
      const texts = messagesOf(readFileSync(file, 'utf8'));
      assert.ok(texts.length > 20, 'messages found');
      check(file, texts);
    });
  }

  for (const file of readdirSync('demo').filter((f) => f.endsWith('.html'))) {
    test(`demo/${file}`, () => check(file, pageText(readFileSync(`demo/${file}`, 'utf8'))));
  }

  for (const file of readdirSync('demo').filter((f) => f.endsWith('.js'))) {
    test(`demo/${file}: the sentences it writes into the page`, () => {
      check(file, literalsOf(readFileSync(`demo/${file}`, 'utf8')));
    });
  }

  const po = 'wordpress/twin-cities/languages/twin-cities-fr_FR.po';
  test(`${po}: the WordPress plugin's French`, {skip: !existsSync(po) && 'no French catalog'}, () => {
    check(po, poStrings(readFileSync(po, 'utf8')));
  });
});

/** Each target of an XLIFF catalog, entities decoded, placeholders as X. */
const targetsOf = (xml) =>
  [...xml.matchAll(/<trans-unit id="([^"]+)">[\s\S]*?<target>([\s\S]*?)<\/target>/g)].map(([, id, target]) => ({
    id,
    text: decode(target.replace(/<x [^>]*\/>/g, 'X')),
  }));

for (const [lang, rule, fault] of [
  ['de', 'U+00A0 before …', /[^\S\u00a0]…/],
  ['pl', 'U+00A0 between a year and r.', /[\dX][^\S\u00a0]r\./],
]) {
  test(`${lang}: ${rule}`, () => {
    for (const dir of ['locales', 'locales/cli']) {
      const bad = targetsOf(readFileSync(`${dir}/${lang}.xlf`, 'utf8')).filter(({text}) => fault.test(text));
      assert.deepEqual(bad.map(({id}) => id), [], `${dir}/${lang}.xlf`);
    }
  });
}
