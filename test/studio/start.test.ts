import {expect} from '@open-wc/testing';
import {$, listed, previewCards, studio, textOf, type} from './studio-helpers.js';

describe('the studio, blank', () => {
  it('shows its heading and a blank list in French, with "add a partner"', async () => {
    const el = await studio();
    expect(textOf(el, 'h1')).to.equal('Atelier des villes partenaires');
    expect(listed(el)).to.deep.equal([]);
    $(el, 'button[name=add]').click();
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['(sans nom)']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('partner-id');
  });

  it('makes the id from the name, as from-csv does, until the editor types one', async () => {
    const el = await studio();
    el.feed = {version: 1, partners: [{id: 'sopot', name: 'Sopot', country: 'PL'}]};
    $(el, 'button[name=add]').click();
    await el.updateComplete;
    type($(el, '#partner-name-fr'), 'Gueule Tapée');
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#partner-id').value).to.equal('gueule-tapee');
    type($(el, '#partner-name-fr'), 'Sopot');
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#partner-id').value).to.equal('sopot-2');
    type($(el, '#partner-id'), 'sopot-plage');
    type($(el, '#partner-name-fr'), 'Sopot (plage)');
    await el.updateComplete;
    expect((el.feed as any).partners[1].id).to.equal('sopot-plage');
  });

  it('takes any feed object without throwing, even one whose getters throw', async () => {
    const el = await studio();
    const hostile = {version: 1, get partners(): unknown[] { throw new Error('boom'); }};
    el.feed = hostile;
    el.feed = {version: 1, partners: [{id: 'a', name: 'Sopot', country: 'PL', __proto__: {polluted: true}}, 'x', null]};
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['Sopot', '(sans nom)', '(sans nom)']);
    expect(({} as any).polluted).to.equal(undefined);
  });

  it('fills a partner and the preview shows its card', async () => {
    const el = await studio();
    el.feed = {version: 1, partners: [{id: 'sopot', name: 'Sopot', country: 'PL'}]};
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['Sopot']);
    const cards = await previewCards(el, 1);
    expect(cards[0].textContent).to.contain('Sopot');
  });
});

describe('the studio, in six languages', () => {
  it('speaks the language of its lang attribute, and switches with its own selector', async () => {
    const el = await studio('de');
    expect(textOf(el, 'h1')).to.equal('Partnerstädte-Werkstatt');
    expect($(el, '.studio').getAttribute('lang')).to.equal('de');
    const select = $<HTMLSelectElement>(el, 'select[name=interface-lang]');
    select.value = 'pl';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('pl');
    expect(textOf(el, 'h1')).to.equal('Pracownia miast partnerskich');
  });

  it('says field problems in the interface language, with the element’s own words', async () => {
    for (const [lang, words] of [['en', 'country code'], ['it', 'Codice'], ['pt', 'país'], ['pl', 'kraj'], ['de', 'Ländercode']]) {
      const el = await studio(lang);
      el.feed = {version: 1, partners: [{id: 'x', name: 'Sopot', country: 'ZZ'}]};
      await el.updateComplete;
      $(el, '[data-action=edit]').click();
      await el.updateComplete;
      expect(textOf(el, '#partner-country-message').toLowerCase()).to.contain(words.toLowerCase());
    }
  });
});
