import {expect, fixture, html} from '@open-wc/testing';
import type {TwinCitiesStudio} from '../../src/studio/studio.js';
import {$, $$, studio, WIKIDATA} from './studio-helpers.js';

let count = 0;

/** A studio as a host page writes it, with `attributes` on the element, in a page with its own h1 (as WordPress's screens). */
async function hosted(attributes: Record<string, string>): Promise<TwinCitiesStudio> {
  const el = document.createElement('twin-cities-studio') as TwinCitiesStudio;
  el.setAttribute('lang', 'fr');
  el.setAttribute('storage-key', `studio-embedding-${Date.now()}-${count++}`);
  el.setAttribute('wikidata', WIKIDATA);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const page = await fixture<HTMLElement>(html`<div role="main"><h1>Villes jumelles</h1></div>`);
  page.append(el);
  await el.updateComplete;
  return el;
}

/** Every heading in the studio, in document order, level first: `2 Atelier…`, `3 Commencer`… (spaces made plain). */
const outline = (el: TwinCitiesStudio) =>
  $$(el, 'h1, h2, h3, h4, h5, h6').map((h) => `${h.tagName[1]} ${h.textContent!.replace(/\s+/g, ' ').trim()}`);

const levels = (el: TwinCitiesStudio) => outline(el).map((line) => Number(line[0]));

const SOPOT = {id: 'sopot', name: 'Sopot', country: 'PL'};

describe('studio: on its own page and inside another', () => {
  it('is a page of its own by default: one h1, its parts in h2, and its introduction', async () => {
    const el = await studio();
    const [title, ...rest] = outline(el);
    expect(title).to.equal('1 Atelier des villes partenaires');
    expect($$(el, 'h1')).to.have.length(1);
    expect(rest).to.include('2 Commencer');
    expect(rest).to.include('3 Partir de Wikidata');
    expect($(el, '.top').textContent).to.contain('Rien n’est envoyé');
    expect($$(el, 'main, header')).to.have.length(2);
  });

  it('moves every heading down with heading-level, and leaves out its introduction when embedded', async () => {
    const el = await hosted({'heading-level': '2', embedded: ''});
    el.feed = {version: 1, partners: [SOPOT]};
    await el.updateComplete;
    $(el, 'button[aria-label="Modifier Sopot"]').click();
    await el.updateComplete;
    expect($$(el, 'h1')).to.have.length(0);
    expect(outline(el)).to.deep.equal([
      '2 Atelier des villes partenaires',
      '3 Commencer',
      '4 Partir de Wikidata',
      '3 Votre commune',
      '3 Villes partenaires : 1',
      '3 Fiche : Sopot',
      '3 Publier',
      '4 Intégrer la liste à une page',
      '4 Où mettre le fichier',
      '3 Aperçu',
    ]);
    // Focus still goes to the open form's heading, whatever its level.
    expect(el.shadowRoot!.activeElement?.id).to.equal('editor-heading');
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('H3');
    expect($(el, '.top').textContent).not.to.contain('Rien n’est envoyé');
    expect($(el, '.top').textContent).not.to.contain('téléchargez');
  });

  it('keeps its outline whole whatever heading-level says: out of range, the nearest level; not a number, 1', async () => {
    for (const [given, title] of [['9', 4], ['4', 4], ['0', 1], ['-3', 1], ['deux', 1], ['2.7', 2]] as const) {
      const el = await hosted({'heading-level': given});
      const found = levels(el);
      expect(found[0], `heading-level="${given}"`).to.equal(title);
      expect(Math.max(...found), `heading-level="${given}"`).to.equal(title + 2);
      // No level skipped going down.
      found.forEach((level, i) => expect(level - (found[i - 1] ?? level - 1), `heading-level="${given}"`).to.be.at.most(1));
    }
  });

  it('follows heading-level and embedded when the host page changes them', async () => {
    const el = await hosted({});
    expect(levels(el)[0]).to.equal(1);
    el.setAttribute('heading-level', '3');
    el.toggleAttribute('embedded', true);
    await el.updateComplete;
    expect(levels(el)[0]).to.equal(3);
    expect($(el, '.top').textContent).not.to.contain('Rien n’est envoyé');
  });

  it('is accessible inside a page with its own h1, headings moved down', async function () {
    // axe walks a few hundred form controls: seconds, not the default bound.
    this.timeout(60000);
    const el = await hosted({'heading-level': '2', embedded: ''});
    el.feed = {version: 1, partners: [SOPOT]};
    await el.updateComplete;
    $(el, 'button[aria-label="Modifier Sopot"]').click();
    await el.updateComplete;
    // The host's main content and banner hold the studio: none of its own.
    expect($$(el, 'main, header')).to.have.length(0);
    await expect(el.parentElement).to.be.accessible();
  });
});
