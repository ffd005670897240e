/**
 * A partner's picture on its card: its attributes, its box kept before it loads
 * (nothing moves when it arrives), and a picture that fails leaving a clean card.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {cards, loaded, cleanPage} from './element-helpers.js';

cleanPage();

/** One partner whose picture is at `src`, in `layout`. */
async function withImage(src: string, layout = 'grid', alt?: unknown) {
  const {el} = await loaded((el) => {
    el.setAttribute('layout', layout);
    el.style.width = '40rem';
    el.feed = {
      version: 1,
      partners: [
        {
          id: 'oranienburg',
          name: 'Oranienburg',
          country: 'DE',
          since: 1964,
          summary: 'Am Stadtrand von Berlin.',
          url: 'https://www.ville-bagnolet.fr/jumelage/oranienburg',
          image: alt === undefined ? {src} : {src, alt},
        },
      ],
    };
  });
  const card = cards(el)[0];
  return {el, card, img: card.querySelector<HTMLImageElement>('img[part="image"]')!};
}

let held = 0;

describe('card pictures', () => {
  it('are lazy, decoded off the main thread, sent without a referrer, with a reserved 16:9 box', async () => {
    const {img} = await withImage('/demo/images/oranienburg.svg', 'grid', {fr: 'Le château', de: 'Das Schloss'});
    expect(img.alt).to.equal('Le château');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(img.getAttribute('width')).to.equal('640');
    expect(img.getAttribute('height')).to.equal('360');
  });

  it('have an empty alt when the feed gives none', async () => {
    const {img} = await withImage('/demo/images/oranienburg.svg');
    expect(img.hasAttribute('alt')).to.be.true;
    expect(img.alt).to.equal('');
  });

  for (const layout of ['grid', 'list']) {
    it(`${layout}: the card keeps its size when the picture arrives (no layout shift)`, async () => {
      const id = `shift-${layout}-${++held}`;
      const {card, img} = await withImage(`/api/held-image?id=${id}`, layout);
      const name = card.querySelector('[part="name"]')!;
      const before = {card: card.getBoundingClientRect(), name: name.getBoundingClientRect(), img: img.getBoundingClientRect()};
      expect(img.complete, 'the picture is still on its way').to.be.false;
      expect(before.img.height).to.be.greaterThan(0);
      await fetch(`/api/release-image?id=${id}`);
      await waitUntil(() => img.complete && img.naturalWidth > 0, 'the picture never arrived');
      const after = {card: card.getBoundingClientRect(), name: name.getBoundingClientRect(), img: img.getBoundingClientRect()};
      expect(after.card.height).to.equal(before.card.height);
      expect(after.name.top).to.equal(before.name.top);
      expect(after.img.height).to.equal(before.img.height);
    });
  }

  for (const layout of ['grid', 'list']) {
    it(`${layout}: a picture that fails (404) is hidden, leaving the card as if it had none`, async () => {
      const {card, img} = await withImage('/api/status/404', layout, 'Le château');
      await waitUntil(() => img.hidden, 'the failed picture is still shown');
      expect(img.checkVisibility()).to.be.false;
      expect(getComputedStyle(img).display).to.equal('none');
      // The text starts at the card's top-left corner, past its padding, as on a card with no picture.
      const name = card.querySelector('[part="name"]')!.getBoundingClientRect();
      const box = card.getBoundingClientRect();
      expect(name.top - box.top).to.be.lessThan(40);
      expect(name.left - box.left).to.be.lessThan(40);
    });
  }

  it('a failed picture stays hidden even when the page styles ::part(image)', async () => {
    const style = document.createElement('style');
    style.textContent = 'twin-cities::part(image) { display: block; }';
    document.head.append(style);
    try {
      const {img} = await withImage('/api/status/404');
      await waitUntil(() => img.hidden, 'the failed picture is still shown');
      expect(getComputedStyle(img).display).to.equal('none');
    } finally {
      style.remove();
    }
  });
});
