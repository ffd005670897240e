// The embed-code configurator: a feed (URL or pasted JSON) and a few settings in,
// a live <twin-cities> preview, a plain-words check of the feed and a snippet out.
// User data only ever reaches the page through textContent and properties, never
// through innerHTML.

const DEFAULTS = {headingLevel: '3', pageSize: 100};
const SCRIPT_TAG = '<script type="module" src="https://VOTRE-SITE/twin-cities.js"></script>';
const DEBOUNCE_MS = 300;

const $ = (id) => document.getElementById(id);
const form = $('configurator');
const urlField = $('url-field');
const pasteField = $('paste-field');
const urlInput = $('feed-url');
const textInput = $('feed-text');
const langSelect = $('lang');
const headingSelect = $('heading-level');
const pageSizeInput = $('page-size');
const pageSizeError = $('page-size-error');
const preview = $('preview');
const placeholder = $('preview-placeholder');
const report = $('report');
const snippet = $('snippet');
const formHint = $('form-hint');
const copyButton = $('copy');
const copyStatus = $('copy-status');

/** The chosen value of a radio group. */
const radio = (name) => document.querySelector(`input[name="${name}"]:checked`).value;

/** An element with text content (and optional class), built without markup. */
function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The feed as the editor entered it: {kind: 'none' | 'url' | 'json' | 'not-json', …}. */
function readSource() {
  if (radio('source') === 'url') {
    const url = urlInput.value.trim();
    return url ? {kind: 'url', url} : {kind: 'none'};
  }
  const text = textInput.value.trim();
  if (!text) return {kind: 'none'};
  try {
    return {kind: 'json', text, value: JSON.parse(text)};
  } catch (error) {
    return {kind: 'not-json', where: jsonErrorPlace(error, text)};
  }
}

/** "ligne 3, colonne 5" from a JSON.parse error (Chromium and Firefox word it differently). */
function jsonErrorPlace(error, text) {
  const message = String(error && error.message);
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return `ligne ${lineColumn[1]}, colonne ${lineColumn[2]}`;
  const position = /position (\d+)/i.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1])).split('\n');
    return `ligne ${before.length}, colonne ${before[before.length - 1].length + 1}`;
  }
  return /end of (json )?(input|data)/i.test(message) ? 'à la fin du texte\u00a0: il semble incomplet' : '';
}

/** The settings, with the page size checked ({value, valid}). */
function readSettings() {
  const raw = pageSizeInput.value.trim();
  const number = Number(raw);
  const valid = raw === '' || (Number.isInteger(number) && number >= 0);
  return {
    lang: langSelect.value,
    headingLevel: headingSelect.value,
    pageSize: raw === '' || !valid ? DEFAULTS.pageSize : number,
    pageSizeValid: valid,
  };
}

// ---- Preview ------------------------------------------------------------

let shown = {kind: 'none'};

function updatePreview(source, settings) {
  preview.lang = settings.lang;
  preview.setAttribute('heading-level', settings.headingLevel);
  preview.setAttribute('page-size', String(settings.pageSize));

  const langChanged = shown.lang !== undefined && shown.lang !== settings.lang;
  if (source.kind === 'url') {
    // Same feed, new language: load it again so the problems come back in that language.
    const reload = langChanged && preview.src === source.url && preview.feed === undefined;
    preview.feed = undefined;
    preview.src = source.url;
    if (reload) preview.reload();
  } else if (source.kind === 'json') {
    preview.src = '';
    // JSON.parse gave a new object: the element loads it again, and its problems
    // come back in the preview's (possibly new) language.
    if (source.text !== shown.text || langChanged || shown.kind !== 'json') preview.feed = source.value;
  } else {
    preview.feed = undefined;
    preview.src = '';
  }
  const visible = source.kind === 'url' || source.kind === 'json';
  preview.hidden = !visible;
  placeholder.hidden = visible;
  placeholder.textContent =
    source.kind === 'not-json'
      ? 'Pas d’aperçu\u00a0: le texte collé n’est pas du JSON (voir la vérification ci-dessous).'
      : 'L’aperçu apparaîtra ici dès que vous aurez indiqué l’adresse d’un flux ou collé son contenu.';
  shown = {kind: source.kind, text: source.text, lang: settings.lang};
}

// ---- Report ---------------------------------------------------------------

function showReport(...nodes) {
  report.replaceChildren(...nodes);
}

function reportSource(source) {
  if (source.kind === 'none') {
    showReport(el('p', 'Aucun flux pour l’instant.', 'report-summary'));
  } else if (source.kind === 'not-json') {
    const where = source.where ? ` (${source.where})` : '';
    showReport(
      el('p', `Le texte collé n’est pas du JSON${where}.`, 'report-summary bad'),
      el(
        'p',
        'Vérifiez qu’il est complet, de la première accolade { à la dernière }, et que les ' +
          'guillemets et les virgules sont à leur place. Le plus sûr\u00a0: copier tout le fichier d’origine.'
      )
    );
  }
}

/** "Partenaire n° 4 (Chatila), champ « url »" from `partners[3].url`. */
function describePath(path) {
  const match = /^partners\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (!match) return path ? `Champ «\u202f${path}\u202f»` : 'Le flux';
  const index = Number(match[1]);
  let label = `Partenaire n° ${index + 1}`;
  const name = partnerName(index);
  if (name) label += ` (${name})`;
  return match[2] ? `${label}, champ «\u202f${match[2]}\u202f»` : label;
}

/** The pasted partner's name (as a string), to help find it in the feed. */
function partnerName(index) {
  if (shown.kind !== 'json') return '';
  const partner = currentFeed()?.partners?.[index];
  const name = partner && partner.name;
  if (typeof name === 'string') return name;
  if (name && typeof name === 'object') {
    const first = name.fr ?? Object.values(name)[0];
    return typeof first === 'string' ? first : '';
  }
  return '';
}

const currentFeed = () => preview.feed;

preview.addEventListener('loadstart', () => {
  showReport(el('p', 'Vérification en cours…', 'report-summary'));
});

preview.addEventListener('load', (event) => {
  const {partners, problems} = event.detail;
  const cards = partners === 1 ? '1 partenaire affiché' : `${partners} partenaires affichés`;
  if (problems.length === 0) {
    showReport(el('p', `${cards}. Aucun problème.`, 'report-summary good'));
    return;
  }
  const count = problems.length === 1 ? '1 problème' : `${problems.length} problèmes`;
  const list = el('ul', undefined, 'problems');
  for (const problem of problems) {
    const item = el('li');
    item.append(el('strong', `${describePath(problem.path)}\u00a0: `), el('span', problem.message));
    list.append(item);
  }
  showReport(
    el('p', `${cards}. ${count}\u00a0: ces éléments ont été ignorés ou corrigés dans l’aperçu.`, 'report-summary warn'),
    list
  );
});

preview.addEventListener('error', (event) => {
  showReport(
    el('p', 'Le flux ne peut pas être affiché.', 'report-summary bad'),
    el('p', event.detail.message)
  );
});

// ---- Snippet --------------------------------------------------------------

/** An attribute value, safe between double quotes. */
const attribute = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Minified JSON that cannot end the <script> it sits in. */
function scriptSafeJson(value) {
  return JSON.stringify(value).replace(/<\//g, '<\\/').replace(/<!--/g, '\\u003c!--');
}

function attributes(settings, src) {
  const list = [];
  if (src) list.push(`src="${attribute(src)}"`);
  list.push(`lang="${attribute(settings.lang)}"`);
  if (settings.headingLevel !== DEFAULTS.headingLevel) list.push(`heading-level="${settings.headingLevel}"`);
  if (settings.pageSize !== DEFAULTS.pageSize) list.push(`page-size="${settings.pageSize}"`);
  return list.join(' ');
}

/** For "flux intégré" with a URL: the feed read once per URL. */
const fetched = new Map();
function fetchFeed(url) {
  if (!fetched.has(url)) {
    const promise = fetch(new URL(url, document.baseURI))
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return absoluteUrls(JSON.parse(await response.text()), response.url);
      });
    promise.catch(() => fetched.delete(url));
    fetched.set(url, promise);
  }
  return fetched.get(url);
}

/**
 * A feed copied into a page no longer resolves its relative URLs against its own
 * address but against the page's: write them out in full first.
 */
function absoluteUrls(feed, base) {
  const resolve = (value) => {
    if (typeof value !== 'string') return value;
    try {
      return new URL(value, base).href;
    } catch {
      return value;
    }
  };
  for (const partner of Array.isArray(feed?.partners) ? feed.partners : []) {
    if (!partner || typeof partner !== 'object') continue;
    for (const key of ['url', 'feed']) if (key in partner) partner[key] = resolve(partner[key]);
    if (partner.image && typeof partner.image === 'object') partner.image.src = resolve(partner.image.src);
  }
  if (feed?.city && typeof feed.city === 'object' && 'url' in feed.city) feed.city.url = resolve(feed.city.url);
  return feed;
}

let snippetRequest = 0;

async function updateSnippet(source, settings) {
  const request = ++snippetRequest;
  const inline = radio('form') === 'inline';
  let code = '';
  let hint = inline
    ? 'Le flux est recopié dans le code\u00a0: rien d’autre à publier, mais pensez à régénérer le code quand le flux change.'
    : 'Le composant lit le flux à son adresse\u00a0: il suffit de mettre à jour le fichier pour mettre à jour la page.';

  if (source.kind === 'url' && !inline) {
    code = `${SCRIPT_TAG}\n<twin-cities ${attributes(settings, source.url)}></twin-cities>`;
  } else if (source.kind === 'json' || (source.kind === 'url' && inline)) {
    let value = source.value;
    if (source.kind === 'url') {
      try {
        value = await fetchFeed(source.url);
      } catch {
        value = undefined;
        hint = 'Impossible de lire le flux à cette adresse pour le recopier\u00a0: collez plutôt son contenu (étape 1), ou choisissez «\u202fScript + élément\u202f».';
      }
      if (request !== snippetRequest) return;
    }
    if (value !== undefined) {
      code =
        `${SCRIPT_TAG}\n<twin-cities ${attributes(settings)}>\n` +
        `  <script type="application/json">${scriptSafeJson(value)}</script>\n</twin-cities>`;
    }
  }
  if (source.kind === 'url' && !/^https?:\/\//i.test(source.url)) {
    hint +=
      ' Attention\u00a0: cette adresse n’est pas complète (elle ne commence pas par https://)\u202f; ' +
      'elle sera lue depuis la page où vous collerez le code.';
  }
  if (source.kind === 'not-json') hint = 'Corrigez d’abord le flux (étape 1).';
  if (source.kind === 'none') hint = '';

  snippet.value = code;
  const lines = code.split('\n').reduce((sum, line) => sum + Math.ceil((line.length + 1) / 110), 0);
  snippet.rows = Math.min(14, Math.max(4, lines + 1));
  formHint.textContent = hint;
  copyButton.disabled = !code;
  copyStatus.textContent = '';
}

// ---- Wiring ---------------------------------------------------------------

function showSourceFields() {
  const byUrl = radio('source') === 'url';
  urlField.hidden = !byUrl;
  pasteField.hidden = byUrl;
  // A pasted feed can only be embedded in the code: "Flux intégré" it is.
  const scriptForm = document.querySelector('input[name="form"][value="script"]');
  scriptForm.disabled = !byUrl;
  if (!byUrl) document.querySelector('input[name="form"][value="inline"]').checked = true;
}

function update() {
  const source = readSource();
  const settings = readSettings();
  pageSizeInput.setAttribute('aria-invalid', String(!settings.pageSizeValid));
  pageSizeError.hidden = settings.pageSizeValid;
  pageSizeError.textContent = settings.pageSizeValid
    ? ''
    : `Indiquez un nombre entier positif (0 pour toutes les cartes)\u202f; en attendant\u00a0: ${DEFAULTS.pageSize}.`;
  pageSizeInput.setAttribute(
    'aria-describedby',
    settings.pageSizeValid ? 'page-size-hint' : 'page-size-hint page-size-error'
  );
  reportSource(source);
  updatePreview(source, settings);
  void updateSnippet(source, settings);
}

let timer;
function updateSoon() {
  clearTimeout(timer);
  timer = setTimeout(update, DEBOUNCE_MS);
}

form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('input', (event) => {
  if (event.target === urlInput || event.target === textInput || event.target === pageSizeInput) updateSoon();
});
form.addEventListener('change', (event) => {
  if (event.target.name === 'source') showSourceFields();
  clearTimeout(timer);
  update();
});
for (const choice of document.querySelectorAll('input[name="form"]')) {
  choice.addEventListener('change', () => update());
}

copyButton.addEventListener('click', async () => {
  const code = snippet.value;
  if (!code) return;
  copyStatus.textContent = '';
  try {
    await navigator.clipboard.writeText(code);
    copyStatus.textContent = 'Code copié.';
  } catch {
    // No clipboard access (an old browser, a page not served over https):
    // select the code so that Ctrl+C (⌘+C) copies it.
    snippet.focus();
    snippet.select();
    copyStatus.textContent = 'Le code est sélectionné\u00a0: appuyez sur Ctrl+C (ou ⌘+C) pour le copier.';
  }
});

// A snippet textarea is easier to copy by hand when a click selects it all.
snippet.addEventListener('focus', () => snippet.select());

showSourceFields();
update();
