import {expect} from '@open-wc/testing';
import {utils, write} from '@e965/xlsx';
import {$, $$, listed, pick, previewCards, studio, textOf, until} from './studio-helpers.js';
import {utf16leBom, utf8, utf8Bom, windows1250, windows1252} from './encodings.js';

const WESTERN = 'name;country;summary\r\nSesto Fiorentino;IT;Près de Florence, l’été\r\nViana do Castelo;PT;Cité portuaire « du nord »\r\nOranienburg;DE;Am Stadtrand von Berlin\r\n';
const POLISH = 'name;country;region\r\nŁódź;PL;Łódzkie\r\nKraków;PL;Małopolska\r\nWrocław;PL;Dolnośląskie\r\n';

async function imported(name: string, bytes: Uint8Array | string, count: number) {
  const el = await studio();
  await pick(el, name, bytes);
  await until(() => listed(el).length === count, `${count} partners listed`);
  return el;
}

const summaries = (el: Awaited<ReturnType<typeof studio>>) => (el.feed as any).partners.map((p: any) => p.summary ?? p.region);

describe('studio: importing spreadsheets and feeds', () => {
  it('reads CSV in UTF-8, with and without a BOM', async () => {
    for (const bytes of [utf8(WESTERN), utf8Bom(WESTERN)]) {
      const el = await imported('partenaires.csv', bytes, 3);
      expect(listed(el)).to.deep.equal(['Sesto Fiorentino', 'Viana do Castelo', 'Oranienburg']);
      expect(summaries(el)[0]).to.equal('Près de Florence, l’été');
    }
  });

  it('reads UTF-16 with its byte order mark (Excel "Unicode text", tab separated)', async () => {
    const el = await imported('partenaires.txt', utf16leBom(POLISH.replace(/;/g, '\t')), 3);
    expect(listed(el)).to.deep.equal(['Łódź', 'Kraków', 'Wrocław']);
  });

  it('reads Windows-1252 (French Excel) and Windows-1250 (Polish Excel) right, and says which it read', async () => {
    const western = await imported('partenaires.csv', windows1252(WESTERN), 3);
    expect(summaries(western)).to.deep.equal(['Près de Florence, l’été', 'Cité portuaire « du nord »', 'Am Stadtrand von Berlin']);
    expect(textOf(western, 'section')).to.contain('Windows-1252');
    const polish = await imported('partenaires.csv', windows1250(POLISH), 3);
    expect(listed(polish)).to.deep.equal(['Łódź', 'Kraków', 'Wrocław']);
    expect(summaries(polish)).to.deep.equal(['Łódzkie', 'Małopolska', 'Dolnośląskie']);
  });

  it('reads the file again in the encoding the editor picks', async () => {
    const el = await imported('partenaires.csv', windows1250(POLISH), 3);
    const select = $<HTMLSelectElement>(el, 'select[name=encoding]');
    select.value = 'windows-1252';
    select.dispatchEvent(new Event('change'));
    await until(() => listed(el)[0] === '£ódŸ', 'the Windows-1252 reading');
    select.value = 'windows-1250';
    select.dispatchEvent(new Event('change'));
    await until(() => listed(el)[0] === 'Łódź', 'the Windows-1250 reading');
  });

  it('reads the first sheet of an .xlsx and an .ods as the editor sees the cells', async () => {
    const rows = [
      ['nom', 'pays', 'habitants', 'depuis'],
      ['Oranienburg', 'DE', 41810, 1964],
      ['Sopot', 'pl', 35286, ''],
    ];
    for (const bookType of ['xlsx', 'ods'] as const) {
      const book = utils.book_new();
      const sheet = utils.aoa_to_sheet(rows);
      sheet.C2.z = '#,##0';
      utils.book_append_sheet(book, sheet, 'Partenaires');
      utils.book_append_sheet(book, utils.aoa_to_sheet([['name', 'country'], ['Ignored', 'FR']]), 'Second');
      const bytes = new Uint8Array(write(book, {type: 'array', bookType}));
      const el = await imported(`partenaires.${bookType}`, bytes, 2);
      expect(listed(el)).to.deep.equal(['Oranienburg', 'Sopot']);
      const partners = (el.feed as any).partners;
      expect(partners[0]).to.include({id: 'oranienburg', country: 'DE', since: 1964});
      expect(partners[0].population).to.deep.equal({value: 41810});
      expect(partners[1].country).to.equal('PL');
      await previewCards(el, 2);
    }
  });

  it('opens a .json feed to edit, its town included', async () => {
    const text = await (await fetch('/demo/feeds/colombes.json')).text();
    const el = await imported('jumelages.json', text, 5);
    expect((el.feed as any).city.name).to.equal('Colombes');
    expect(listed(el)[0]).to.equal('Frankenthal');
  });

  it('keeps relative url, image and feed cells as written, as from-csv does', async () => {
    const csv = await (await fetch('/test/fixtures/colombes.csv')).text();
    const el = await imported('colombes.csv', csv, 5);
    const feeds = (el.feed as any).partners.map((p: any) => p.feed);
    expect(feeds).to.deep.equal(['frankenthal.json', 'sopot.json', undefined, 'ras-jebel.json', undefined]);

    const relative = await imported('relatifs.csv', 'name;country;url;image;image_alt;feed\nSopot;PL; jumelage/sopot ;images/sopot.jpg;La jetée;../sopot.json\n', 1);
    const [sopot] = (relative.feed as any).partners;
    expect(sopot).to.include({url: 'jumelage/sopot', feed: '../sopot.json'});
    expect(sopot.image).to.deep.equal({src: 'images/sopot.jpg', alt: 'La jetée'});
    expect($$(relative, '#start-status li')).to.have.length(0);
  });

  it('still refuses javascript: and other addresses that are not http(s)', async () => {
    const csv = 'name;country;url;image;feed\nSopot;PL;javascript:alert(1);data:image/png,x;ftp://sopot.pl/feed.json\n';
    const el = await imported('hostile.csv', csv, 1);
    const [sopot] = (el.feed as any).partners;
    expect(sopot).to.not.have.any.keys('url', 'image', 'feed');
    const remarks = $$(el, '#start-status li').map((li) => li.textContent!);
    for (const column of ['url', 'image', 'feed']) {
      expect(remarks.some((r) => r.startsWith(`ligne 2, colonne ${column}`))).to.equal(true, remarks.join('\n'));
    }
  });

  it('keeps the relative URLs of a .json feed as written', async () => {
    const text = await (await fetch('/demo/feeds/colombes.json')).text();
    const el = await imported('jumelages.json', text, 5);
    const feeds = (el.feed as any).partners.map((p: any) => p.feed).filter(Boolean);
    expect(feeds).to.deep.equal(['frankenthal.json', 'sopot.json', 'ras-jebel.json']);
    expect(el.checked.count).to.equal(0);
  });

  it('shows row problems with the spreadsheet row and column, as the command-line tool words them', async () => {
    const csv = 'name;country;url\nSopot;PL;https://www.sopot.pl/\nNowhere;ZZ;\nFrankenthal;DE;ftp://x\n';
    const el = await imported('partenaires.csv', csv, 2);
    const remarks = $$(el, '#start-status li').map((li) => li.textContent!);
    expect(remarks.some((r) => r.startsWith('ligne 3, colonne country'))).to.equal(true, remarks.join('\n'));
    expect(remarks.some((r) => r.startsWith('ligne 4, colonne url'))).to.equal(true, remarks.join('\n'));
  });

  it('says why a sheet cannot be imported, and keeps the list', async () => {
    const el = await imported('partenaires.csv', 'name;country\nSopot;PL\n', 1);
    await pick(el, 'autre.csv', 'ville;région\nSopot;Poméranie\n');
    await until(() => el.shadowRoot!.querySelector('#start-status[role=alert]'), 'an alert');
    expect(textOf(el, '#start-status')).to.contain('autre.csv');
    expect(textOf(el, '#start-status')).to.contain('country');
    expect(listed(el)).to.deep.equal(['Sopot']);
    await pick(el, 'photo.png', 'x');
    await until(() => textOf(el, '#start-status').includes('.xlsx'), 'the file type message');
    expect(listed(el)).to.deep.equal(['Sopot']);
  });

  it('shows hostile cells as text and never runs them: HTML, javascript: URLs, formulas', async () => {
    (window as any).pwned = false;
    const csv = [
      'name;country;url;summary',
      '"<img src=x onerror=""window.pwned=true"">";PL;javascript:window.pwned=true;<script>window.pwned=true</script>',
      '"=HYPERLINK(""https://evil.example/"",""Sopot"")";PL;https://www.sopot.pl/;=1+1',
    ].join('\n');
    const el = await imported('hostile.csv', csv, 2);
    expect(listed(el)[0]).to.equal('<img src=x onerror="window.pwned=true">');
    expect(listed(el)[1]).to.equal('=HYPERLINK("https://evil.example/","Sopot")');
    const cards = await previewCards(el, 2);
    expect(cards[0].querySelector('[part="summary"]')!.textContent).to.contain('<script>');
    expect(cards[0].querySelector('[part="link"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as any).pwned).to.equal(false);
  });

  it('imports 10 000 rows, listing the first ones and the rest on demand', async function () {
    // Reading 10 000 rows takes seconds on a slow machine: the bound is linear work, not this test's default.
    this.timeout(60000);
    const lines = ['name;country;summary'];
    for (let i = 1; i <= 10000; i++) lines.push(`Ville ${i};DE;<b>${i}</b>`);
    const el = await studio();
    await pick(el, 'grand.csv', lines.join('\n'));
    await until(() => textOf(el, '#partners-heading').includes('10000') || textOf(el, '#partners-heading').includes('10 000'), 'the count');
    expect(listed(el).length).to.equal(100);
    $(el, 'button[name=more]').click();
    await until(() => listed(el).length === 200, "the next rows");
    expect(el.shadowRoot!.activeElement?.closest('li')?.querySelector('.name')?.textContent).to.equal("Ville 101");
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
  });
});
