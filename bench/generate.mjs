/**
 * Deterministic feed generator for the benchmark: `generateFeed(n)` always returns
 * the same version-1 feed of `n` valid partners (seeded PRNG, no Math.random), so
 * runs on different days and machines measure the same data.
 *
 * Plain JavaScript with no imports: usable from Node (bench/run.mjs) and from a page.
 *
 *   node bench/generate.mjs 1000 > feed.json
 */

export const SEED = 0x7c17e5;

/** mulberry32: a tiny, fast, good-enough 32-bit PRNG. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Countries weighted roughly as French twinnings are (Germany, Italy, UK first),
// with the decentralised-cooperation partners of Africa, the Levant and Latin America.
const COUNTRIES = [
  ['DE', 24], ['IT', 12], ['GB', 10], ['ES', 7], ['PL', 6], ['PT', 5], ['BE', 4],
  ['RO', 3], ['IE', 2], ['AT', 2], ['CZ', 2], ['HU', 2], ['NL', 2], ['GR', 1],
  ['US', 2], ['CA', 2], ['SN', 3], ['ML', 2], ['BF', 2], ['MA', 2], ['TN', 2],
  ['DZ', 1], ['LB', 2], ['PS', 1], ['IL', 1], ['VN', 1], ['JP', 1], ['CN', 1],
  ['BR', 1], ['CL', 1], ['NI', 1], ['HT', 1], ['MG', 1], ['BJ', 1], ['CM', 1],
  ['UA', 1], ['AM', 1], ['GE', 1], ['CH', 1], ['LU', 1],
];

// Syllables per language family, for plausible town names (with diacritics).
const SYLLABLES = {
  de: [['Ober', 'Unter', 'Neu', 'Alt', 'Bad ', 'Groß', 'Klein', ''], ['bach', 'burg', 'dorf', 'heim', 'stadt', 'hausen', 'feld', 'au', 'ingen', 'rode', 'münde'], ['Fran', 'Orani', 'Wei', 'Rüs', 'Lüne', 'Kai', 'Hil', 'Ess', 'Bre', 'Gö']],
  it: [['San ', 'Castel', 'Monte', 'Borgo ', 'Villa', ''], ['ano', 'ello', 'ina', 'ese', 'iano', 'ola', 'ata', 'ino'], ['Sesto', 'Fior', 'Pog', 'Lucc', 'Ver', 'Ragu', 'Trev', 'Ard']],
  en: [['East ', 'West ', 'North ', 'Upper ', 'Great ', ''], ['ford', 'ton', 'bury', 'ham', 'wick', 'field', 'mouth', 'ley'], ['Strat', 'Ash', 'Brad', 'Wins', 'Chel', 'Dun', 'Kings', 'Mil']],
  es: [['San ', 'Villa', 'Puerto ', 'Santa ', ''], ['ejo', 'ares', 'illa', 'ón', 'ena', 'uela', 'ales'], ['Gran', 'Torr', 'Alcal', 'Mérid', 'Córd', 'Segu', 'Zamor']],
  pl: [['Nowy ', 'Stary ', 'Wielki ', ''], ['owo', 'ice', 'ów', 'sk', 'ino', 'ec', 'awa'], ['Sop', 'Gdyń', 'Łódź', 'Wrocł', 'Kał', 'Biał', 'Czę']],
  pt: [['Vila ', 'São ', 'Santa ', 'Viana do ', ''], ['eira', 'ão', 'al', 'ença', 'elo', 'inho'], ['Cast', 'Brag', 'Gui', 'Amar', 'Ponte', 'Mira']],
  fr: [['Saint-', 'Sainte-', 'La ', 'Le ', "L'", ''], ['ville', 'court', 'mont', 'ac', 'ière', 'y', 'ange'], ['Ouaga', 'Bamak', 'Thiès', 'Ziguin', 'Kaéd', 'Dak', 'Tamba', 'Kolda', 'Bobo']],
  ar: [['Beit ', 'Ain ', 'Deir ', 'Tell ', 'Ras ', 'Bir ', ''], ['ouk', 'ala', 'iyé', 'oun', 'ane', 'ir'], ['Jezz', 'Saïd', 'Tyr', 'Zahl', 'Batr', 'Nabat', 'Jén']],
  other: [['', ''], ['an', 'ovo', 'ka', 'ia', 'ville', 'ki', 'ta'], ['Hô', 'Kyo', 'Lé', 'Tbil', 'Yer', 'Kyi', 'Gran', 'Port-']],
};
const FAMILY = {
  DE: 'de', AT: 'de', CH: 'de', LU: 'de', IT: 'it', GB: 'en', IE: 'en', US: 'en', CA: 'en',
  ES: 'es', CL: 'es', NI: 'es', PL: 'pl', PT: 'pt', BR: 'pt', BE: 'fr', SN: 'fr', ML: 'fr',
  BF: 'fr', BJ: 'fr', CM: 'fr', MG: 'fr', HT: 'fr', MA: 'ar', TN: 'ar', DZ: 'ar', LB: 'ar',
  PS: 'ar',
};

// Regions of the countries that have one here, in the languages a feed would give.
const REGIONS = {
  DE: {fr: 'Brandebourg', de: 'Brandenburg', it: 'Brandeburgo', pl: 'Brandenburgia', pt: 'Brandemburgo', en: 'Brandenburg'},
  IT: {fr: 'Toscane', de: 'Toskana', it: 'Toscana', pl: 'Toskania', pt: 'Toscana', en: 'Tuscany'},
  PL: {fr: 'Poméranie', de: 'Pommern', pl: 'Pomorze', en: 'Pomerania'},
  SN: {fr: 'Casamance', en: 'Casamance'},
  LB: {fr: 'Mont-Liban', en: 'Mount Lebanon'},
  PT: 'Minho',
  GB: 'Yorkshire',
  ES: {fr: 'Andalousie', de: 'Andalusien', it: 'Andalusia', pl: 'Andaluzja', pt: 'Andaluzia', en: 'Andalusia'},
};

const SUMMARY_FR = [
  'Ville industrielle au bord du fleuve, connue pour son festival de musique et ses échanges scolaires.',
  'Commune rurale avec laquelle la ville mène depuis vingt ans des projets d’accès à l’eau potable.',
  'Petite ville thermale : échanges de chorales, de clubs sportifs et d’apprentis chaque été.',
  'Chef-lieu régional ; coopération sur la gestion des déchets et la formation des agents municipaux.',
  'Ville universitaire jumelée après la guerre, partenaire des lycées et du comité de jumelage.',
  'Port de pêche : échanges culturels, résidences d’artistes et marché de Noël commun.',
];
const SUMMARY_OTHER = {
  de: 'Industriestadt am Fluss, bekannt für ihr Musikfestival und den Schüleraustausch.',
  en: 'A river town known for its music festival and school exchanges.',
  it: 'Città industriale sul fiume, nota per il festival musicale e gli scambi scolastici.',
  pl: 'Miasto nad rzeką, znane z festiwalu muzycznego i wymian szkolnych.',
  pt: 'Cidade ribeirinha conhecida pelo festival de música e pelos intercâmbios escolares.',
};

const THEMES = ['institutions', 'environment', 'water', 'energy', 'waste', 'culture', 'education', 'inclusion', 'social-economy'];

const ASCII = {'ä': 'a', 'ö': 'o', 'ü': 'u', 'ß': 'ss', 'ł': 'l', 'ó': 'o', 'ñ': 'n', 'ç': 'c', 'ã': 'a'};
const slug = (s) =>
  s.normalize('NFKD').toLowerCase()
    .replace(/[äöüßłóñçã]/g, (c) => ASCII[c] ?? c)
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A version-1 feed of `n` valid partners; same `n` and seed, same feed. */
export function generateFeed(n, seed = SEED) {
  const random = mulberry32(seed + n);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const totalWeight = COUNTRIES.reduce((sum, [, w]) => sum + w, 0);
  const country = () => {
    let r = random() * totalWeight;
    for (const [code, w] of COUNTRIES) if ((r -= w) < 0) return code;
    return COUNTRIES[0][0];
  };
  const townName = (code) => {
    const [prefixes, suffixes, stems] = SYLLABLES[FAMILY[code] ?? 'other'];
    let name = (chance(0.3) ? pick(prefixes) : '') + pick(stems) + pick(suffixes);
    // Now and then characters that must be escaped, as real names have them.
    if (chance(0.02)) name += ' & ' + pick(stems) + pick(suffixes);
    if (chance(0.01)) name += ' <' + pick(suffixes) + '>';
    return name;
  };

  const partners = [];
  for (let i = 0; i < n; i++) {
    const code = country();
    const base = townName(code);
    const family = FAMILY[code];
    const kindRoll = random();
    const kind = kindRoll < 0.7 ? 'twinning' : kindRoll < 0.9 ? 'cooperation' : 'friendship';
    const id = `${slug(base) || 'ville'}-${i + 1}`;
    const partner = {
      id,
      // Mostly a plain string; sometimes localized (exonyms).
      name: chance(0.15) ? {fr: base, [family && family !== 'fr' ? family : 'en']: base.toUpperCase()} : base,
      country: chance(0.1) ? code.toLowerCase() : code,
    };
    if (REGIONS[code] && chance(0.6)) partner.region = REGIONS[code];
    if (chance(0.85)) {
      const value = chance(0.1) ? int(1, 4) : Math.round(Math.exp(6 + random() * 9));
      partner.population = chance(0.2)
        ? value
        : {value, year: int(1990, 2024), ...(chance(0.2) && {approximate: true})};
    }
    if (chance(0.8)) partner.since = int(1950, 2024);
    if (kind !== 'twinning' || chance(0.5)) partner.kind = kind;
    if (chance(0.8)) {
      const summary = {fr: pick(SUMMARY_FR)};
      if (family && SUMMARY_OTHER[family]) summary[family] = SUMMARY_OTHER[family];
      partner.summary = chance(0.2) ? summary.fr : summary;
    }
    partner.url = `https://www.ville-exemple.fr/jumelage/${id}`;
    if (chance(0.6)) partner.location = {lat: +(random() * 120 - 60).toFixed(4), lon: +(random() * 300 - 150).toFixed(4)};
    const themeCount = kind === 'cooperation' ? int(1, 3) : chance(0.4) ? int(1, 2) : 0;
    if (themeCount) {
      const themes = new Set();
      while (themes.size < themeCount) themes.add(pick(THEMES));
      partner.themes = [...themes];
    }
    partners.push(partner);
  }
  return {
    version: 1,
    city: {name: 'Ville-Exemple', country: 'FR', url: 'https://www.ville-exemple.fr/'},
    partners,
  };
}

if (typeof process !== 'undefined' && import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 10);
  process.stdout.write(JSON.stringify(generateFeed(n), null, 2) + '\n');
}
