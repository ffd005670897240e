import {expect, waitUntil} from '@open-wc/testing';

/**
 * The embed-code configurator (demo/configurator.html), in an iframe, as a web
 * editor uses it: it loads the built bundle (`npm run build` writes it).
 */

interface Page {
  frame: HTMLIFrameElement;
  doc: Document;
  preview: HTMLElement & {feed: unknown; src: string};
}

async function openConfigurator(): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, {once: true});
    frame.src = '/demo/configurator.html';
  });
  const doc = frame.contentDocument!;
  const view = frame.contentWindow as Window & typeof globalThis;
  await waitUntil(() => view.customElements.get('twin-cities'), 'the bundle defines <twin-cities>');
  const preview = doc.getElementById('preview') as Page['preview'];
  return {frame, doc, preview};
}

/** Types like a user would: sets the value and fires `input` (which bubbles to the form). */
function type(doc: Document, id: string, value: string) {
  const field = doc.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
  field.value = value;
  field.dispatchEvent(new Event('input', {bubbles: true}));
}

function choose(doc: Document, selector: string) {
  const input = doc.querySelector(selector) as HTMLInputElement;
  input.click(); // checks it and fires input + change
}

function select(doc: Document, id: string, value: string) {
  const field = doc.getElementById(id) as HTMLSelectElement;
  field.value = value;
  field.dispatchEvent(new Event('change', {bubbles: true}));
}

const reportText = (doc: Document) => doc.getElementById('report')!.textContent!.replace(/\s+/g, ' ');
const snippet = (doc: Document) => (doc.getElementById('snippet') as HTMLTextAreaElement).value;

const feedWithOneBadPartner = {
  version: 1,
  city: {name: 'Bagnolet', country: 'FR'},
  partners: [
    {
      id: 'oranienburg',
      name: 'Oranienburg',
      country: 'DE',
      summary: 'Am Stadtrand von Berlin </script><script>parent.hacked = true</script>',
      url: 'https://www.ville-bagnolet.fr/jumelage/oranienburg',
    },
    {id: 'nowhere', name: 'Nulle part', country: 'ZZ'},
  ],
};

describe('the embed-code configurator', () => {
  let page: Page;

  beforeEach(async () => {
    page = await openConfigurator();
  });

  afterEach(() => {
    page.frame.remove();
  });

  it('lists the problems of a pasted feed, in plain words, and shows the valid partners', async () => {
    const {doc, preview} = page;
    choose(doc, 'input[name="source"][value="paste"]');
    expect(doc.getElementById('paste-field')!.hidden).to.be.false;
    expect(doc.getElementById('url-field')!.hidden).to.be.true;

    const loaded = new Promise<CustomEvent>((resolve) =>
      preview.addEventListener('load', (e) => resolve(e as CustomEvent), {once: true})
    );
    type(doc, 'feed-text', JSON.stringify(feedWithOneBadPartner, null, 2));
    const {detail} = await loaded;
    expect(detail.partners).to.equal(1);
    expect(detail.problems).to.have.length(1);
    // The preview got the object through its `feed` property, not through `src`.
    expect(preview.src).to.equal('');
    expect(preview.feed).to.deep.equal(feedWithOneBadPartner);
    expect(preview.hidden).to.be.false;

    const items = doc.querySelectorAll('#report .problems li');
    expect(items).to.have.length(1);
    expect(items[0].textContent).to.contain('Partenaire n° 2 (Nulle part), champ «\u202fcountry\u202f»');
    expect(items[0].textContent).to.contain(detail.problems[0].message);
    expect(reportText(doc)).to.contain('1 partenaire affiché');
    const cards = preview.shadowRoot!.querySelectorAll('[part="card"]');
    expect(cards).to.have.length(1);
  });

  it('says "Aucun problème" for a clean feed', async () => {
    const {doc} = page;
    choose(doc, 'input[name="source"][value="paste"]');
    type(doc, 'feed-text', JSON.stringify({version: 1, partners: [{id: 'sopot', name: 'Sopot', country: 'PL'}]}));
    await waitUntil(() => reportText(doc).includes('Aucun problème'), 'the report says the feed is clean');
    expect(doc.querySelectorAll('#report .problems li')).to.have.length(0);
  });

  it('says that pasted text is not JSON, without handing it to the preview', async () => {
    const {doc, preview} = page;
    choose(doc, 'input[name="source"][value="paste"]');
    let loads = 0;
    preview.addEventListener('loadstart', () => loads++);
    type(doc, 'feed-text', '{"version": 1, "partners": [ {"id": "a",, } ]');
    await waitUntil(() => reportText(doc).includes('n’est pas du JSON'), 'the report says it is not JSON');
    expect(reportText(doc)).to.match(/ligne 1, colonne \d+/);
    expect(preview.hidden).to.be.true;
    expect(loads).to.equal(0);
    expect(snippet(doc)).to.equal('');
    expect((doc.getElementById('copy') as HTMLButtonElement).disabled).to.be.true;
  });

  it('writes the inline form: the pasted feed minified, with </ escaped so it cannot close the script', async () => {
    const {doc} = page;
    choose(doc, 'input[name="source"][value="paste"]');
    type(doc, 'feed-text', JSON.stringify(feedWithOneBadPartner, null, 2));
    await waitUntil(() => snippet(doc).includes('application/json'), 'the snippet has the inline feed');
    const code = snippet(doc);
    expect(code).to.contain('<script type="module" src="https://VOTRE-SITE/twin-cities.js"></script>');
    expect(code).to.contain('<twin-cities lang="fr">');
    expect(code).to.contain('Berlin <\\/script><script>parent.hacked = true<\\/script>');
    // The only "</script>" left are the module script's and the inline feed's own.
    expect(code.match(/<\/script>/g)).to.have.length(2);
    const json = /<script type="application\/json">(.*)<\/script>/.exec(code)![1];
    expect(json).to.not.contain('\n');
    expect(JSON.parse(json)).to.deep.equal(feedWithOneBadPartner);

    // Parsed as HTML, the inline script holds the whole feed: nothing ended it early.
    const parsed = new DOMParser().parseFromString(code, 'text/html');
    const inline = parsed.querySelector('twin-cities > script[type="application/json"]')!;
    expect(JSON.parse(inline.textContent!)).to.deep.equal(feedWithOneBadPartner);
    expect(parsed.querySelectorAll('script')).to.have.length(2);
  });

  it('writes the script form with only the attributes that differ from the defaults', async () => {
    const {doc, preview} = page;
    type(doc, 'feed-url', 'https://www.ville-bagnolet.fr/jumelages.json?a=1&b="2"');
    await waitUntil(() => snippet(doc).includes('src='), 'the snippet has the src');
    expect(snippet(doc)).to.equal(
      '<script type="module" src="https://VOTRE-SITE/twin-cities.js"></script>\n' +
        '<twin-cities src="https://www.ville-bagnolet.fr/jumelages.json?a=1&amp;b=&quot;2&quot;" lang="fr"></twin-cities>'
    );
    expect(preview.src).to.equal('https://www.ville-bagnolet.fr/jumelages.json?a=1&b="2"');

    select(doc, 'heading-level', '2');
    type(doc, 'page-size', '4');
    await waitUntil(() => snippet(doc).includes('page-size'), 'the snippet has the page size');
    expect(snippet(doc)).to.contain(' lang="fr" heading-level="2" page-size="4"></twin-cities>');
    expect(preview.getAttribute('heading-level')).to.equal('2');
    expect(preview.getAttribute('page-size')).to.equal('4');
  });

  it('shows the preview in the chosen language, and the problems in that language too', async () => {
    const {doc, preview} = page;
    choose(doc, 'input[name="source"][value="paste"]');
    type(doc, 'feed-text', JSON.stringify(feedWithOneBadPartner));
    await waitUntil(() => doc.querySelectorAll('#report .problems li').length === 1, 'the problem is listed');
    const french = doc.querySelector('#report .problems li')!.textContent;
    expect(preview.lang).to.equal('fr');

    select(doc, 'lang', 'de');
    expect(preview.lang).to.equal('de');
    expect(preview.getAttribute('lang')).to.equal('de');
    await waitUntil(
      () => preview.shadowRoot!.querySelector('a[part="link"]')?.textContent?.trim() === 'Weiterlesen',
      'the preview speaks German'
    );
    await waitUntil(
      () => {
        const item = doc.querySelector('#report .problems li');
        return item !== null && item.textContent !== french;
      },
      'the problem comes back in German'
    );
    expect(snippet(doc)).to.contain('<twin-cities lang="de">');
  });

  it('reports a feed that cannot be read, with the preview’s message', async () => {
    const {doc} = page;
    type(doc, 'feed-url', '/demo/feeds/broken.json');
    await waitUntil(() => reportText(doc).includes('ne peut pas être affiché'), 'the report shows the error');
    expect(reportText(doc)).to.contain('broken.json');
  });

  it('copies the code, and says so politely', async () => {
    const {doc, frame} = page;
    type(doc, 'feed-url', 'https://www.ville-bagnolet.fr/jumelages.json');
    await waitUntil(() => snippet(doc).includes('src='), 'the snippet is ready');
    const status = doc.getElementById('copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    const view = frame.contentWindow as Window & typeof globalThis;
    let copied = '';
    // The headless browser may refuse the real clipboard: stand in for it.
    Object.defineProperty(view.navigator, 'clipboard', {
      configurable: true,
      value: {writeText: async (text: string) => void (copied = text)},
    });
    (doc.getElementById('copy') as HTMLButtonElement).click();
    await waitUntil(() => status.textContent === 'Code copié.', 'the status says the code was copied');
    expect(copied).to.equal(snippet(doc));

    // No clipboard: the code is selected instead, for Ctrl+C.
    Object.defineProperty(view.navigator, 'clipboard', {
      configurable: true,
      value: {writeText: () => Promise.reject(new Error('denied'))},
    });
    (doc.getElementById('copy') as HTMLButtonElement).click();
    await waitUntil(() => status.textContent!.includes('Ctrl+C'), 'the status says how to copy');
    const area = doc.getElementById('snippet') as HTMLTextAreaElement;
    expect(doc.activeElement).to.equal(area);
    expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
  });

  // chai-a11y-axe's `expect(el).to.be.accessible()` runs the test page's axe, which
  // refuses an element of another document ("axe.run arguments are invalid"), so
  // axe-core (the same copy chai-a11y-axe uses) runs inside the configurator's frame.
  it('is accessible (axe), empty, with a previewed feed and with a feed that is not JSON', async () => {
    const {doc, frame} = page;
    const view = frame.contentWindow as any;
    await new Promise((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = resolve;
      script.onerror = reject;
      doc.head.append(script);
    });
    const violations = async () => {
      const results = await view.axe.run(doc.body);
      return results.violations.map(
        (v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).join(', ')})`
      );
    };
    expect(await violations(), 'empty').to.deep.equal([]);

    choose(doc, 'input[name="source"][value="paste"]');
    type(doc, 'feed-text', JSON.stringify(feedWithOneBadPartner));
    await waitUntil(() => doc.querySelectorAll('#report .problems li').length === 1, 'the problem is listed');
    expect(await violations(), 'with a preview').to.deep.equal([]);

    type(doc, 'feed-text', '{"version": 1,');
    await waitUntil(() => reportText(doc).includes('n’est pas du JSON'), 'the report says it is not JSON');
    type(doc, 'page-size', '-2');
    await waitUntil(() => !doc.getElementById('page-size-error')!.hidden, 'the page size is flagged');
    expect(await violations(), 'with errors').to.deep.equal([]);
  });
});
