/**
 * twin-cities' own msg(): the message of the locale inLocale() sets, its
 * placeholders where the translation puts them, the French source otherwise;
 * the same rules as @lit/localize's runtime, without installing it.
 */
import {expect} from '@open-wc/testing';
import {str} from '@lit/localize';
import {html, render} from 'lit';
import {addCatalogs, inLocale, msg} from '../../src/i18n/localization.js';

addCatalogs({
  de: {
    templates: {
      'test.plain': 'Guten Tag',
      'test.placeholders': str`Seit ${1}: ${0} Partner`,
      'test.markup': html`<b>${1}</b> und <i>${0}</i>`,
    },
  },
});

const plain = () => msg('Bonjour', {id: 'test.plain'});
const placeholders = (year: number, count: number) => msg(str`${count} partenaires depuis ${year}`, {id: 'test.placeholders'});
const markup = (a: string, b: string) => msg(html`<i>${a}</i> et <b>${b}</b>`, {id: 'test.markup'});
const rendered = (template: unknown) => {
  const host = document.createElement('div');
  render(template, host);
  return host.innerHTML.replace(/<!--[^>]*-->/g, '');
};

describe('msg()', () => {
  it('answers in the locale inLocale() sets, and in French outside it', () => {
    expect(inLocale('de', plain)).to.equal('Guten Tag');
    expect(plain()).to.equal('Bonjour');
    expect(inLocale('fr', plain)).to.equal('Bonjour');
  });

  it('puts each value where the translation puts its placeholder', () => {
    expect(inLocale('de', () => placeholders(1956, 5))).to.equal('Seit 1956: 5 Partner');
    expect(placeholders(1956, 5)).to.equal('5 partenaires depuis 1956');
  });

  it('does the same for an html`` message', () => {
    expect(rendered(inLocale('de', () => markup('Sopot', 'Oranienburg')))).to.equal('<b>Oranienburg</b> und <i>Sopot</i>');
    expect(rendered(markup('Sopot', 'Oranienburg'))).to.equal('<i>Sopot</i> et <b>Oranienburg</b>');
  });

  it('falls back to the French source for an id the catalog lacks, or no id', () => {
    expect(inLocale('de', () => msg('Pas traduit', {id: 'test.missing'}))).to.equal('Pas traduit');
    expect(inLocale('de', () => msg(str`Sans id ${1}`))).to.equal('Sans id 1');
    expect(inLocale('it', plain)).to.equal('Bonjour');
  });

  it('restores the previous locale, even when the code inside throws', () => {
    expect(() => inLocale('de', () => inLocale('pl', () => { throw new Error('x'); }))).to.throw('x');
    expect(plain()).to.equal('Bonjour');
    expect(inLocale('de', () => [inLocale('pl', plain), plain()])).to.deep.equal(['Bonjour', 'Guten Tag']);
  });
});
