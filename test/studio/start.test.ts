import {expect} from '@open-wc/testing';
import {$, listed, previewCards, studio, textOf} from './studio-helpers.js';

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

  it('fills a partner and the preview shows its card', async () => {
    const el = await studio();
    el.feed = {version: 1, partners: [{id: 'sopot', name: 'Sopot', country: 'PL'}]};
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['Sopot']);
    const cards = await previewCards(el, 1);
    expect(cards[0].textContent).to.contain('Sopot');
  });
});
