import {expect, oneEvent} from '@open-wc/testing';
import {parseFeedText} from '../../src/core/feed.js';
import {$, $$, catchDownloads, listed, previewCards, studio, textOf, type, until} from './studio-helpers.js';

const SOPOT = {id: 'sopot', name: 'Sopot', country: 'PL'};

describe('studio: editing', () => {
  it('checks each field as it is typed, the message beside it in the interface language', async () => {
    const el = await studio();
    el.feed = {version: 1, partners: [SOPOT]};
    await el.updateComplete;
    $(el, '[data-action=edit]').click();
    await el.updateComplete;
    const country = $<HTMLInputElement>(el, '#partner-country');
    type(country, 'pol');
    await el.updateComplete;
    expect(country.getAttribute('aria-invalid')).to.equal('true');
    const message = $(el, `#${country.getAttribute('aria-describedby')!.split(' ').pop()}`);
    expect(message.textContent).to.contain('Code pays ISO 3166-1 inconnu').and.to.contain('POL');
    type(country, 'pl');
    await el.updateComplete;
    expect(country.getAttribute('aria-invalid')).to.equal('false');
    expect(country.value).to.equal('pl');
    const since = $<HTMLInputElement>(el, '#partner-since');
    type(since, '1064');
    await el.updateComplete;
    expect(textOf(el, '#partner-since-message')).to.contain('Année de 1800 à');
    const url = $<HTMLInputElement>(el, '#partner-url');
    type(url, 'javascript:alert(1)');
    await el.updateComplete;
    expect(textOf(el, '#partner-url-message')).to.contain('Adresse http(s) attendue');
  });

  it('edits every field of the feed and the town, and the preview shows them', async () => {
    const el = await studio();
    $(el, 'button[name=add]').click();
    await el.updateComplete;
    type($(el, '#partner-name-fr'), 'Oranienburg');
    type($(el, '#partner-name-pl'), 'Oranienburg (Brandenburgia)');
    type($(el, '#partner-id'), 'oranienburg');
    type($(el, '#partner-country'), 'DE');
    type($(el, '#partner-region-de'), 'Brandenburg');
    type($(el, '#partner-summary-fr'), 'Dans la périphérie de Berlin.');
    type($(el, '#partner-population-value'), '41 810');
    type($(el, '#partner-population-year'), '2010');
    const approximate = $<HTMLInputElement>(el, 'input[name="population.approximate"]');
    approximate.click();
    type($(el, '#partner-since'), '1964');
    const kind = $<HTMLSelectElement>(el, '#partner-kind');
    kind.value = 'friendship';
    kind.dispatchEvent(new Event('change'));
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input[name=themes][value=culture]').click();
    $<HTMLInputElement>(el, 'input[name=themes][value=education]').click();
    type($(el, '#partner-url'), 'https://www.ville-bagnolet.fr/jumelage/oranienburg');
    type($(el, '#partner-image-src'), 'https://www.ville-bagnolet.fr/oranienburg.jpg');
    type($(el, '#partner-image-alt-fr'), 'Le château');
    type($(el, '#partner-location-lat'), '52,7545');
    type($(el, '#partner-location-lon'), '13.2369');
    type($(el, '#partner-feed'), 'https://www.oranienburg.de/partnerstaedte.json');
    type($(el, '#city-name-fr'), 'Bagnolet');
    type($(el, '#city-country'), 'fr');
    type($(el, '#city-location-lat'), '48.869');
    type($(el, '#city-location-lon'), '2.418');
    await el.updateComplete;
    expect(el.feed).to.deep.equal({
      version: 1,
      city: {name: {fr: 'Bagnolet'}, country: 'FR', location: {lat: 48.869, lon: 2.418}},
      partners: [{
        name: {fr: 'Oranienburg', pl: 'Oranienburg (Brandenburgia)'},
        id: 'oranienburg',
        country: 'DE',
        region: {de: 'Brandenburg'},
        summary: {fr: 'Dans la périphérie de Berlin.'},
        population: {value: 41810, year: 2010, approximate: true},
        since: 1964,
        kind: 'friendship',
        themes: ['culture', 'education'],
        url: 'https://www.ville-bagnolet.fr/jumelage/oranienburg',
        image: {src: 'https://www.ville-bagnolet.fr/oranienburg.jpg', alt: {fr: 'Le château'}},
        location: {lat: 52.7545, lon: 13.2369},
        feed: 'https://www.oranienburg.de/partnerstaedte.json',
      }],
    });
    const [card] = await previewCards(el, 1);
    await until(() => card.querySelector('[part="population"]')?.textContent?.includes('41'), 'the population');
    expect(card.querySelector('[part="kind"]')!.textContent).to.contain('Pacte d’amitié');
    const lang = $<HTMLSelectElement>(el, 'select[name=preview-lang]');
    lang.value = 'pl';
    lang.dispatchEvent(new Event('change'));
    await until(() => $(el, 'twin-cities').shadowRoot!.querySelector('[part="name"]')?.textContent?.includes('Brandenburgia'), 'the Polish preview');
  });

  it('refuses to download a list with a missing required field, says which, and goes to the field', async () => {
    const el = await studio();
    const files = catchDownloads(el);
    el.feed = {version: 1, partners: [SOPOT, {id: 'legnano', name: 'Legnano'}]};
    await el.updateComplete;
    $(el, 'button[name=download]').click();
    await el.updateComplete;
    expect(files).to.deep.equal([]);
    expect($(el, '#out-status').getAttribute('role')).to.equal('alert');
    const items = $$(el, 'ul.blocked li');
    expect(items.length).to.equal(1);
    expect(items[0].textContent).to.contain('2. Legnano, Pays');
    expect(items[0].textContent).to.contain('Champ obligatoire absent ou vide');
    items[0].querySelector('button')!.click();
    await until(() => el.shadowRoot!.activeElement?.id === 'partner-country', 'the country field focused');
    type($(el, '#partner-country'), 'IT');
    await el.updateComplete;
    $(el, 'button[name=download]').click();
    expect(files.length).to.equal(1);
    expect(files[0].name).to.equal('jumelages.json');
    const parsed = parseFeedText(files[0].text);
    expect(parsed && parsed.ok && parsed.problems).to.deep.equal([]);
    expect(parsed && parsed.ok && parsed.feed.partners.map((p) => p.id)).to.deep.equal(['sopot', 'legnano']);
    expect(el.dirty).to.equal(false);
  });

  it('writes the embed code and the shortcode, escaping what would break them', async () => {
    const el = await studio();
    el.feed = {version: 1, partners: [{...SOPOT, summary: '</script><script>alert(1)</script>'}]};
    type($(el, '#published-url'), 'https://www.colombes.fr/jumelages.json?a=1&b="2"');
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#snippet-src').value).to.contain('<twin-cities src="https://www.colombes.fr/jumelages.json?a=1&amp;b=&quot;2&quot;"></twin-cities>');
    expect($<HTMLInputElement>(el, '#shortcode').value).to.equal('[twin_cities src="https://www.colombes.fr/jumelages.json?a=1&b=%222%22"]');
    const details = $<HTMLDetailsElement>(el, 'details');
    details.open = true;
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    const inline = $<HTMLTextAreaElement>(el, '#snippet-inline').value;
    expect(inline).to.contain('<script type="application/json">');
    expect(inline.match(/<\/script>/g)!.length).to.equal(2);
    expect(inline).to.contain('\\u003c/script>');
  });

  it('fires studio-change (bubbling, composed) and is dirty until downloaded or marked saved', async () => {
    const el = await studio();
    expect(el.dirty).to.equal(false);
    let events = 0;
    el.addEventListener('studio-change', () => events++);
    el.feed = {version: 1, partners: [SOPOT]};
    expect([events, el.dirty]).to.deep.equal([0, false], 'a feed set from script is no change by the editor');
    setTimeout(() => $(el, 'button[name=add]').click());
    const event = await oneEvent(document, 'studio-change');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.dirty).to.equal(true);
    const leaving = new Event('beforeunload', {cancelable: true});
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).to.equal(true);
    el.markSaved();
    const again = new Event('beforeunload', {cancelable: true});
    window.dispatchEvent(again);
    expect(again.defaultPrevented).to.equal(false);
  });

  it('keeps the work in the browser and brings it back when the studio opens again', async () => {
    const key = `studio-restore-${Date.now()}`;
    const first = await studio('fr', key);
    first.feed = {version: 1, city: {name: 'Colombes', country: 'FR'}, partners: [SOPOT]};
    $(first, 'button[name=add]').click();
    await first.updateComplete;
    type($(first, '#partner-name-fr'), 'Frankenthal');
    first.remove();
    const again = await studio('fr', key);
    expect(listed(again)).to.deep.equal(['Sopot', 'Frankenthal']);
    expect((again.feed as any).city.name).to.equal('Colombes');
    expect(again.dirty).to.equal(true);
    expect(textOf(again, '#start-status')).to.contain('travail en cours');
    const none = await studio('fr', '');
    expect(listed(none)).to.deep.equal([]);
    localStorage.removeItem(key);
  });
});

describe('studio: focus and keyboard', () => {
  it('moves a partner with its buttons, focus staying on the button pressed', async () => {
    const el = await studio();
    el.feed = {version: 1, partners: [SOPOT, {id: 'a', name: 'Frankenthal', country: 'DE'}, {id: 'b', name: 'Legnano', country: 'IT'}]};
    await el.updateComplete;
    $(el, 'button[aria-label="Descendre Sopot"]').click();
    await until(() => listed(el)[1] === 'Sopot', 'the move');
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Descendre Sopot');
    $(el, 'button[aria-label="Monter Legnano"]').click();
    await until(() => listed(el).join() === 'Frankenthal,Legnano,Sopot', 'the second move');
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Monter Legnano');
  });

  it('removes a partner with undo, focus on the next row, then back on the restored one', async () => {
    const el = await studio();
    el.feed = {version: 1, partners: [SOPOT, {id: 'a', name: 'Frankenthal', country: 'DE'}]};
    await el.updateComplete;
    $(el, 'button[aria-label="Supprimer Sopot"]').click();
    await until(() => listed(el).length === 1, 'the removal');
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Modifier Frankenthal');
    expect(textOf(el, '#list-status')).to.contain('Sopot a été supprimé');
    $(el, '#list-status button[name=undo]').click();
    await until(() => listed(el).length === 2, 'the undo');
    expect(listed(el)).to.deep.equal(['Sopot', 'Frankenthal']);
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Modifier Sopot');
    $(el, 'button[aria-label="Supprimer Frankenthal"]').click();
    await until(() => listed(el).length === 1, 'the second removal');
    $(el, 'button[aria-label="Supprimer Sopot"]').click();
    await until(() => listed(el).length === 0, 'the empty list');
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('add');
  });

  it('is accessible blank, and with Wikidata candidates', async function () {
    // axe walks a few hundred form controls: seconds, not the default bound.
    this.timeout(60000);
    const el = await studio();
    await expect(el).to.be.accessible();
    const input = $<HTMLInputElement>(el, 'input[name=wikidata-town]');
    input.value = 'Colombes';
    input.form!.requestSubmit();
    await until(() => el.shadowRoot!.querySelector('button[data-qid]'), 'the candidates');
    await expect(el).to.be.accessible();
  });

  it('is accessible with a list, an open form with wrong fields, and a refused download', async function () {
    this.timeout(60000);
    const el = await studio();
    el.feed = {version: 1, partners: [SOPOT, {id: 'x', name: 'Legnano', country: 'ZZ', url: 'javascript:x'}]};
    await el.updateComplete;
    $(el, 'button[aria-label="Modifier Legnano"]').click();
    $(el, 'button[name=download]').click();
    await el.updateComplete;
    expect($$(el, '[aria-invalid=true]').length).to.equal(2);
    await expect(el).to.be.accessible();
  });
});
