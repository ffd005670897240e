// Draws the demo's partner pictures: one small SVG landscape per partner, from a
// handful of motifs (hills, town, coast…) varied by a generator seeded with the
// partner's id, so the same command always writes the same files. Made for this
// project and dedicated to the public domain (CC0 1.0), like the pictures it writes.
//
//   node demo/images/make.mjs           writes demo/images/<id>.svg
//   node demo/images/make.mjs --feeds   also sets each demo feed's `image` (src and alt)
import {readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const W = 640;
const H = 360;

/** The motif of each partner the demo feeds list (two partners without a picture: rosolini, kfar-yona). */
const PARTNERS = {
  'sesto-fiorentino': 'hills',
  oranienburg: 'palace',
  chatila: 'town',
  massala: 'savanna',
  akbou: 'mountains',
  'le-robert': 'coast',
  frankenthal: 'town',
  sopot: 'pier',
  'viana-do-castelo': 'harbour',
  'ras-jebel': 'coast',
  'gueule-tapee-fass-colobane': 'savanna',
  colombes: 'town',
  strausberg: 'lake',
  bagnolet: 'town',
  melnik: 'river',
  hamm: 'town',
  vught: 'lake',
  ratzeburg: 'lake',
  'southend-on-sea': 'pier',
};

/** What each motif shows, for the `alt` of the feeds, in the six languages of the element. */
const ALT = {
  hills: {
    fr: 'Dessin\u00a0: collines plantées de cyprès et une ferme',
    de: 'Zeichnung: Hügel mit Zypressen und ein Bauernhaus',
    it: 'Disegno: colline con cipressi e un casale',
    pl: 'Rysunek: wzgórza z cyprysami i gospodarstwo',
    pt: 'Desenho: colinas com ciprestes e uma casa de campo',
    en: 'Drawing: hills with cypress trees and a farmhouse',
  },
  palace: {
    fr: 'Dessin\u00a0: un château au bord de l’eau, entouré d’arbres',
    de: 'Zeichnung: ein Schloss am Wasser, von Bäumen umgeben',
    it: 'Disegno: un castello sull’acqua, circondato da alberi',
    pl: 'Rysunek: pałac nad wodą otoczony drzewami',
    pt: 'Desenho: um palácio à beira da água, rodeado de árvores',
    en: 'Drawing: a palace by the water, surrounded by trees',
  },
  town: {
    fr: 'Dessin\u00a0: des maisons et un clocher sous le ciel',
    de: 'Zeichnung: Häuser und ein Kirchturm unter freiem Himmel',
    it: 'Disegno: case e un campanile sotto il cielo',
    pl: 'Rysunek: domy i wieża kościoła pod niebem',
    pt: 'Desenho: casas e uma torre sineira sob o céu',
    en: 'Drawing: houses and a bell tower under the sky',
  },
  savanna: {
    fr: 'Dessin\u00a0: un grand arbre dans la savane',
    de: 'Zeichnung: ein einzelner großer Baum in der Savanne',
    it: 'Disegno: un grande albero nella savana',
    pl: 'Rysunek: samotne drzewo na sawannie',
    pt: 'Desenho: uma grande árvore na savana',
    en: 'Drawing: a lone tree in the savannah',
  },
  mountains: {
    fr: 'Dessin\u00a0: des montagnes enneigées au-dessus d’un village',
    de: 'Zeichnung: schneebedeckte Berge über einem Dorf',
    it: 'Disegno: montagne innevate sopra un paese',
    pl: 'Rysunek: ośnieżone góry nad wioską',
    pt: 'Desenho: montanhas com neve por cima de uma aldeia',
    en: 'Drawing: snow-capped mountains above a village',
  },
  coast: {
    fr: 'Dessin\u00a0: une plage bordée de palmiers au bord de la mer',
    de: 'Zeichnung: ein Strand mit Palmen am Meer',
    it: 'Disegno: una spiaggia con palme sul mare',
    pl: 'Rysunek: plaża z palmami nad morzem',
    pt: 'Desenho: uma praia com palmeiras à beira-mar',
    en: 'Drawing: a beach lined with palm trees by the sea',
  },
  pier: {
    fr: 'Dessin\u00a0: une longue jetée qui s’avance dans la mer, des mouettes',
    de: 'Zeichnung: eine lange Seebrücke, die ins Meer hinausführt, und Möwen',
    it: 'Disegno: un lungo molo che si protende nel mare, gabbiani',
    pl: 'Rysunek: długie molo wchodzące w morze i mewy',
    pt: 'Desenho: um longo pontão que avança pelo mar e gaivotas',
    en: 'Drawing: a long pier reaching out to sea, with gulls',
  },
  harbour: {
    fr: 'Dessin\u00a0: un port, des voiliers et une colline couverte de maisons',
    de: 'Zeichnung: ein Hafen mit Segelbooten und ein Hügel voller Häuser',
    it: 'Disegno: un porto con barche a vela e una collina piena di case',
    pl: 'Rysunek: port z żaglówkami i wzgórze pełne domów',
    pt: 'Desenho: um porto com veleiros e uma colina coberta de casas',
    en: 'Drawing: a harbour with sailing boats and a hill covered in houses',
  },
  lake: {
    fr: 'Dessin\u00a0: un lac entouré de sapins, une église sur la rive',
    de: 'Zeichnung: ein See zwischen Tannen, am Ufer eine Kirche',
    it: 'Disegno: un lago tra gli abeti, una chiesa sulla riva',
    pl: 'Rysunek: jezioro wśród jodeł i kościół na brzegu',
    pt: 'Desenho: um lago rodeado de pinheiros, uma igreja na margem',
    en: 'Drawing: a lake among fir trees, a church on the shore',
  },
  river: {
    fr: 'Dessin\u00a0: un château sur une colline de vignes, au bord d’une rivière',
    de: 'Zeichnung: ein Schloss auf einem Weinberg über einem Fluss',
    it: 'Disegno: un castello su una collina di vigne, sopra un fiume',
    pl: 'Rysunek: zamek na winnym wzgórzu nad rzeką',
    pt: 'Desenho: um castelo numa colina de vinhas, sobre um rio',
    en: 'Drawing: a castle on a hill of vineyards above a river',
  },
};

/** mulberry32, seeded from the partner's id: the same id always draws the same picture. */
function random(id) {
  let seed = [...id].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 2654435761) >>> 0, 0x7c17e5);
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SKIES = [
  ['#7fb8f0', '#d9ecfb', '#fff3b0'],
  ['#f59e6b', '#fde2c0', '#fff1d6'],
  ['#8fb3e8', '#e6eefc', '#ffe9a8'],
  ['#6c8fd6', '#f7c8a4', '#ffd98a'],
];

const n = (x) => Math.round(x * 10) / 10;

/** A smooth ridge across the picture at height `y`, `amp` high, filled down to the bottom. */
function ridge(r, y, amp, fill) {
  const points = 6;
  let d = `M0 ${H} L0 ${n(y + (r() - 0.5) * amp)}`;
  for (let i = 1; i <= points; i++) {
    const x = (W / points) * i;
    const cx = x - W / points / 2;
    d += ` Q${n(cx)} ${n(y - r() * amp)} ${n(x)} ${n(y + (r() - 0.5) * amp)}`;
  }
  return `<path d="${d} L${W} ${H}Z" fill="${fill}"/>`;
}

function house(x, y, w, h, wall, roof) {
  return (
    `<rect x="${n(x)}" y="${n(y - h)}" width="${n(w)}" height="${n(h)}" fill="${wall}"/>` +
    `<path d="M${n(x - 4)} ${n(y - h)} L${n(x + w / 2)} ${n(y - h - w * 0.45)} L${n(x + w + 4)} ${n(y - h)}Z" fill="${roof}"/>` +
    `<rect x="${n(x + w * 0.35)}" y="${n(y - h * 0.55)}" width="${n(w * 0.3)}" height="${n(h * 0.35)}" fill="#2f3b4c" opacity=".7"/>`
  );
}

function tower(x, y, w, h, wall, roof) {
  return (
    `<rect x="${n(x)}" y="${n(y - h)}" width="${n(w)}" height="${n(h)}" fill="${wall}"/>` +
    `<path d="M${n(x - 3)} ${n(y - h)} L${n(x + w / 2)} ${n(y - h - w * 1.6)} L${n(x + w + 3)} ${n(y - h)}Z" fill="${roof}"/>` +
    `<rect x="${n(x + w * 0.3)}" y="${n(y - h * 0.85)}" width="${n(w * 0.4)}" height="${n(w * 0.6)}" rx="${n(w * 0.2)}" fill="#2f3b4c" opacity=".7"/>`
  );
}

const fir = (x, y, s, fill) =>
  `<path d="M${n(x)} ${n(y - s * 2.4)} L${n(x + s * 0.7)} ${n(y)} L${n(x - s * 0.7)} ${n(y)}Z" fill="${fill}"/>`;
const cypress = (x, y, s) => `<ellipse cx="${n(x)}" cy="${n(y - s * 1.6)}" rx="${n(s * 0.32)}" ry="${n(s * 1.6)}" fill="#2e5d3a"/>`;
const gull = (x, y) => `<path d="M${n(x - 9)} ${n(y)} q5 -6 9 0 q4 -6 9 0" fill="none" stroke="#33414f" stroke-width="2"/>`;

function palm(x, y, s, lean) {
  const top = [x + lean * s, y - s * 3];
  let fronds = '';
  for (const a of [-150, -115, -70, -30, 10]) {
    const rad = (a * Math.PI) / 180;
    const ex = top[0] + Math.cos(rad) * s * 1.6;
    const ey = top[1] + Math.sin(rad) * s * 1.1 + s * 0.6;
    fronds += `<path d="M${n(top[0])} ${n(top[1])} Q${n((top[0] + ex) / 2)} ${n(top[1] - s * 0.6)} ${n(ex)} ${n(ey)}" stroke="#2f7a45" stroke-width="${n(s * 0.28)}" fill="none" stroke-linecap="round"/>`;
  }
  return `<path d="M${n(x)} ${n(y)} Q${n(x + lean * s * 0.2)} ${n(y - s * 1.5)} ${n(top[0])} ${n(top[1])}" stroke="#7a5a3a" stroke-width="${n(s * 0.3)}" fill="none"/>${fronds}`;
}

function boat(x, y, s, sail) {
  return (
    `<path d="M${n(x - s)} ${n(y)} L${n(x + s)} ${n(y)} L${n(x + s * 0.7)} ${n(y + s * 0.35)} L${n(x - s * 0.7)} ${n(y + s * 0.35)}Z" fill="#5b4636"/>` +
    `<path d="M${n(x)} ${n(y - s * 1.8)} L${n(x)} ${n(y)} L${n(x + s * 0.9)} ${n(y - s * 0.1)}Z" fill="${sail}"/>`
  );
}

const row = (r, count, from, to, y, draw) =>
  Array.from({length: count}, (_, i) => draw(from + ((to - from) / count) * (i + 0.2 + r() * 0.5), y)).join('');

const MOTIFS = {
  hills: (r) =>
    ridge(r, 200, 50, '#9cc17a') +
    row(r, 5, 60, 600, 212, (x, y) => cypress(x, y + r() * 20, 22 + r() * 8)) +
    house(380 + r() * 100, 255, 60, 38, '#f1e3c6', '#c0643d') +
    ridge(r, 270, 40, '#7aa65a') +
    ridge(r, 320, 30, '#5f8a45'),
  palace: (r) =>
    ridge(r, 230, 20, '#8fb574') +
    `<rect x="180" y="160" width="280" height="90" fill="#f3ead8"/>` +
    `<rect x="290" y="120" width="60" height="130" fill="#efe2c8"/><path d="M282 120 L320 88 L358 120Z" fill="#4f6d8f"/>` +
    `<path d="M172 160 L320 132 L468 160Z" fill="#5b7ea6"/>` +
    row(r, 7, 190, 450, 215, (x) => `<rect x="${n(x)}" y="180" width="14" height="24" rx="7" fill="#3b4a5e" opacity=".75"/>`) +
    row(r, 4, 0, 170, 250, (x, y) => fir(x, y, 24 + r() * 10, '#3f6e3f')) +
    row(r, 4, 470, 640, 250, (x, y) => fir(x, y, 24 + r() * 10, '#3f6e3f')) +
    `<rect x="0" y="250" width="${W}" height="110" fill="#6ea6cf"/><rect x="200" y="262" width="240" height="14" fill="#f3ead8" opacity=".35"/>`,
  town: (r) =>
    ridge(r, 250, 20, '#a9c48c') +
    row(r, 7, 10, 630, 300, (x, y) =>
      house(x, y, 44 + r() * 30, 40 + r() * 50, ['#f4e1c1', '#e9c9a7', '#f7efe2', '#dfe7ef'][Math.floor(r() * 4)], ['#b5543a', '#8e4b3a', '#6c7a8c'][Math.floor(r() * 3)])
    ) +
    tower(290 + r() * 60, 300, 34, 150, '#efe4d0', '#6c7a8c') +
    `<rect x="0" y="298" width="${W}" height="62" fill="#8a9a7a"/><rect x="0" y="318" width="${W}" height="10" fill="#c9c0ae"/>`,
  savanna: (r) =>
    `<rect x="0" y="250" width="${W}" height="110" fill="#d9a55f"/>` +
    ridge(r, 255, 14, '#c98f4a') +
    `<path d="M${300 + r() * 80} 300 l10 -95 l-40 -30 l45 18 l5 -30 l10 30 l40 -22 l-35 36 l6 93Z" fill="#7b5a3c"/>` +
    `<ellipse cx="330" cy="168" rx="90" ry="26" fill="#5f7d3a"/><ellipse cx="395" cy="150" rx="50" ry="20" fill="#6b8b42"/>` +
    row(r, 9, 0, 640, 330, (x, y) => `<path d="M${n(x)} ${n(y)} l4 -14 l3 14 l4 -10 l2 10Z" fill="#8a6a2f"/>`),
  mountains: (r) =>
    `<path d="M-20 260 L${120 + r() * 40} ${90 + r() * 30} L300 260Z" fill="#7d8ea3"/>` +
    `<path d="M180 260 L${340 + r() * 40} ${60 + r() * 30} L560 260Z" fill="#6b7d94"/>` +
    `<path d="M420 260 L${540 + r() * 30} ${110 + r() * 30} L680 260Z" fill="#8799ad"/>` +
    `<path d="M${335} 80 l-32 50 l18 -8 l14 12 l14 -12 l18 8Z" fill="#fff" opacity=".9"/>` +
    ridge(r, 265, 30, '#8bb06a') +
    row(r, 5, 200, 460, 300, (x, y) => house(x, y, 34, 26, '#f1e9dc', '#b5543a')) +
    ridge(r, 320, 20, '#6f9652'),
  coast: (r) =>
    `<rect x="0" y="215" width="${W}" height="80" fill="#3f9fc2"/>` +
    `<path d="M0 232 H${W}" stroke="#bfe6f2" stroke-width="3" stroke-dasharray="30 40" opacity=".7"/>` +
    `<path d="M0 300 Q320 ${260 + r() * 20} ${W} 290 V${H} H0Z" fill="#ecd9a8"/>` +
    palm(90 + r() * 40, 330, 42, 0.6) +
    palm(480 + r() * 60, 340, 48, -0.5) +
    (r() > 0.4 ? palm(560, 345, 34, 0.4) : ''),
  pier: (r) =>
    `<rect x="0" y="200" width="${W}" height="160" fill="#4d93b8"/>` +
    `<path d="M0 ${H} L180 ${H} L560 212 L548 208Z" fill="#a07c55"/>` +
    row(r, 8, 180, 560, 0, (x) => {
      const t = (x - 180) / 380;
      const y = H - t * (H - 212);
      return `<rect x="${n(x)}" y="${n(y)}" width="${n(5 - t * 3)}" height="${n(30 - t * 24)}" fill="#6e5238"/>`;
    }) +
    `<rect x="540" y="196" width="34" height="14" fill="#e8e0d2"/><path d="M536 196 L557 184 L578 196Z" fill="#b5543a"/>` +
    gull(140 + r() * 60, 90 + r() * 30) +
    gull(240 + r() * 60, 60 + r() * 30) +
    gull(420 + r() * 60, 110 + r() * 20),
  harbour: (r) =>
    `<rect x="0" y="230" width="${W}" height="130" fill="#3e87b0"/>` +
    `<path d="M-10 235 Q120 ${90 + r() * 20} 300 235Z" fill="#7fa765"/>` +
    row(r, 7, 20, 260, 0, (x) => house(x, 232 - Math.sin(((x + 10) / 300) * Math.PI) * 80, 26, 22, '#f4eee4', '#c0643d')) +
    boat(360 + r() * 40, 285, 26, '#ffffff') +
    boat(470 + r() * 40, 300, 22, '#f6d365') +
    boat(560, 275, 18, '#ffffff') +
    `<rect x="0" y="232" width="${W}" height="6" fill="#9bb3c4"/>`,
  lake: (r) =>
    ridge(r, 205, 24, '#6c9a5a') +
    `<ellipse cx="320" cy="275" rx="330" ry="62" fill="#5a9cc4"/>` +
    `<ellipse cx="320" cy="265" rx="220" ry="14" fill="#cfe6f4" opacity=".5"/>` +
    row(r, 6, 0, 250, 235, (x, y) => fir(x, y, 16 + r() * 10, '#2f5e3c')) +
    row(r, 5, 400, 640, 235, (x, y) => fir(x, y, 16 + r() * 10, '#2f5e3c')) +
    tower(300, 236, 22, 46, '#efe4d0', '#6c7a8c') +
    house(270, 236, 40, 24, '#f3ead8', '#9a4b35') +
    `<rect x="0" y="328" width="${W}" height="32" fill="#4f8a4a"/>`,
  river: (r) =>
    `<path d="M140 ${H} Q${240 + r() * 40} 250 340 210 Q420 180 ${W} 200 V${H}Z" fill="#7fa860"/>` +
    `<path d="M0 250 Q200 170 420 120 Q500 100 ${W} 120 V200 Q420 180 340 210 Q240 250 140 ${H} H0Z" fill="#98bf78"/>` +
    row(r, 6, 420, 630, 0, (x) => `<path d="M${n(x)} 140 L${n(x - 60)} 190" stroke="#6d8f4b" stroke-width="5"/>`) +
    `<rect x="430" y="70" width="110" height="55" fill="#efe4d0"/><rect x="500" y="30" width="28" height="95" fill="#e7d9c0"/>` +
    `<path d="M496 30 L514 6 L532 30Z" fill="#6c7a8c"/><path d="M426 70 L485 48 L544 70Z" fill="#8e4b3a"/>` +
    `<path d="M0 ${H} Q${120 + r() * 40} 280 250 ${H}Z" fill="#4f8fbf"/>` +
    `<path d="M40 ${H} Q${110} 300 200 ${H}" fill="none" stroke="#cfe6f4" stroke-width="3" opacity=".6"/>`,
};

function picture(id, motif) {
  const r = random(id);
  const [top, bottom, sun] = SKIES[Math.floor(r() * SKIES.length)];
  const sx = n(80 + r() * 480);
  const sy = n(50 + r() * 60);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">` +
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>` +
    `<rect width="${W}" height="${H}" fill="url(#sky)"/>` +
    `<circle cx="${sx}" cy="${sy}" r="${n(22 + r() * 14)}" fill="${sun}"/>` +
    MOTIFS[motif](r) +
    '</svg>\n'
  );
}

for (const [id, motif] of Object.entries(PARTNERS)) writeFileSync(join(here, `${id}.svg`), picture(id, motif));

if (process.argv.includes('--feeds')) {
  // Adds the image after each partner's "id" line, leaving the rest of the file as written.
  for (const town of ['bagnolet', 'colombes', 'frankenthal', 'oranienburg', 'sopot']) {
    const file = join(here, '..', 'feeds', `${town}.json`);
    const text = readFileSync(file, 'utf8').replace(
      /^( +)"id": "([^"]+)",\n(?!\1"image")/gm,
      (line, indent, id) => {
        const motif = PARTNERS[id];
        if (!motif) return line;
        const image = {src: `../images/${id}.svg`, alt: ALT[motif]};
        return `${line}${indent}"image": ${JSON.stringify(image, null, 1).replace(/\n\s*/g, ' ')},\n`;
      }
    );
    writeFileSync(file, text);
  }
}
