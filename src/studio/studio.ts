import {LitElement, html, type PropertyValues} from 'lit';
import type {Language} from '../core/language.js';
import {inLocale} from '../i18n/localization.js';
import type {Candidate} from '../core/wikidata.js';
import {absolutized, check, CHECK_BASE, type Checked} from './checks.js';
import {download, fileText, FILE_NAME, inlineSnippet} from './export.js';
import type {EncodingChoice} from './import-file.js';
import {interfaceLanguage} from './language.js';
import {entry, feedOf, moved, nameText, withName, withValue, workOf, type Entry, type Json, type Work} from './model.js';
import * as text from './messages.js';
import {keep, restore} from './storage.js';
import {styles} from './studio.styles.js';
import {renderStudio} from './layout.js';
import {DEFAULT_WIKIDATA} from './wikidata-client.js';
import './catalogs.js';
import '../element/define.js';

const LIST_PAGE = 100;

/** A sentence for the status line, evaluated at render time in the interface language. */
export interface Notice {
  readonly say: () => string;
  readonly alert?: boolean;
  /** Sentences under it: a file's remarks, a draft's missing fields. */
  readonly details?: readonly (() => string)[];
  /** Offers to undo the change it reports. */
  readonly undo?: boolean;
}

export interface Wikidata {
  readonly busy: boolean;
  readonly candidates?: readonly Candidate[];
  readonly countries?: ReadonlyMap<string, string>;
  readonly notice?: Notice;
}

/**
 * The feed studio: make, check and publish a town's partner list with no install.
 *
 * @summary Build a twin-cities feed from a spreadsheet, a published feed or Wikidata; edit it; download it.
 *
 * @attr storage-key - localStorage key of the work in progress (default `twin-cities-studio`; empty: not kept).
 * @attr lang - Interface language; else `?lang=xx`, else the browser's languages, else `fr`.
 * @attr wikidata - Wikidata's Action API URL (default https://www.wikidata.org/w/api.php).
 * @attr heading-level - The level of the studio's title, 1 to 4 (default 1: an `<h1>`, as on its own page).
 *   Inside a page that has its own `<h1>`, such as a CMS screen, give 2: the title is an `<h2>` and every
 *   heading inside moves down with it (`<h3>`, `<h4>`).
 * @attr embedded - Part of another page (a CMS screen): leaves out the introduction written for the
 *   studio's own page (that nothing is sent anywhere, that the file is to download), and the page's
 *   landmarks (`<header>`, `<main>`), which are the host page's.
 *
 * @fires studio-change - The list changed (bubbles, composed).
 */
export class TwinCitiesStudio extends LitElement {
  static override styles = styles;

  static override properties = {
    lang: {reflect: true},
    storageKey: {attribute: 'storage-key'},
    wikidata: {},
    headingLevel: {attribute: 'heading-level', type: Number},
    embedded: {type: Boolean},
    work: {state: true},
    selected: {state: true},
    notice: {state: true},
    outNotice: {state: true},
    listNotice: {state: true},
    listLimit: {state: true},
    wd: {state: true},
    previewFeed: {state: true},
    previewLang: {state: true},
    inlineOpen: {state: true},
    encoding: {state: true},
    sheetLang: {state: true},
    encodingNote: {state: true},
    publishedUrl: {state: true},
  };

  storageKey = 'twin-cities-studio';
  wikidata = DEFAULT_WIKIDATA;
  /** The level of the studio's title (`heading-level`); out of 1 to 4, the nearest of them. */
  headingLevel = 1;
  /** Whether the studio is part of another page (`embedded`): no introduction of its own. */
  embedded = false;

  /** Whether the list changed since it was last downloaded (or `markSaved()`). */
  dirty = false;

  work: Work = {city: {}, partners: []};
  /** The key of the partner whose form is open. */
  selected?: number;
  notice?: Notice;
  outNotice?: Notice;
  listNotice?: Notice;
  /** Rows shown in the list: a sheet of 10 000 rows shows its first 100, then more on demand. */
  listLimit = LIST_PAGE;
  wd: Wikidata = {busy: false};
  previewFeed: unknown = {version: 1, partners: []};
  previewLang = '';
  /** Whether the embed code with the feed inline is shown: it is made only then (a long list makes a long code). */
  inlineOpen = false;
  #inline?: {work: Work; code: string};
  encoding: EncodingChoice = 'auto';
  sheetLang = '';
  encodingNote?: string;
  publishedUrl = '';
  /** Text as typed in inputs whose value the model keeps normalized (`41 810` → 41810). */
  readonly typed = new Map<string, string>();
  checked: Checked = check(this.work);

  #undo?: {work: Work; focus?: number};
  #source?: string;
  #previewTimer?: ReturnType<typeof setTimeout>;
  #keepTimer?: ReturnType<typeof setTimeout>;
  #feedSet = false;
  /** The next list comes straight from the parser (a sheet): its partners need no second check. */
  #parsed = false;
  #restored = false;

  /** The feed as download writes it; setting it replaces the list being edited. */
  get feed(): unknown {
    return structuredClone(feedOf(this.work));
  }
  set feed(value: unknown) {
    this.#feedSet = true;
    this.#source = undefined;
    // Like an input's value set from script: no change event.
    let work: Work;
    try {
      work = workOf(value);
    } catch {
      // An object whose getters throw: nothing of it can be edited.
      work = workOf(undefined);
    }
    this.#replace(work, {dirty: false, undoable: false, event: false});
  }

  /** The list is published (downloaded, or saved by a host page): leaving no longer asks. */
  markSaved(): void {
    this.dirty = false;
    this.#keepNow();
  }

  get language(): Language {
    return interfaceLanguage(this.getAttribute('lang'));
  }

  declare lang: string;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.#beforeUnload);
    window.addEventListener('pagehide', this.#flush);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.#beforeUnload);
    window.removeEventListener('pagehide', this.#flush);
    this.#flush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.#restored && !this.#feedSet) {
      this.#restored = true;
      const kept = this.storageKey ? restore(this.storageKey) : undefined;
      if (kept && (kept.work.partners.length > 0 || Object.keys(kept.work.city).length > 0)) {
        this.work = kept.work;
        this.dirty = kept.dirty;
        this.notice = {say: text.restoredText};
        this.#refresh(true);
      }
    }
    if (changed.has('work')) this.checked = check(this.work, this.#base(), {partners: !this.#parsed});
    this.#parsed = false;
  }

  protected override render() {
    const language = this.language;
    return inLocale(language.locale, () => html`<div class="studio" lang=${language.tag}>${renderStudio(this, language)}</div>`);
  }

  // Changes to the list

  /** Every change to the list goes through here: checks, preview, storage, event. */
  #commit(work: Work, {preview = 'soon', event = true}: {preview?: 'soon' | 'now'; event?: boolean} = {}): void {
    this.work = work;
    this.dirty = true;
    this.#refresh(preview === 'now');
    clearTimeout(this.#keepTimer);
    this.#keepTimer = setTimeout(() => this.#keepNow(), 1000);
    if (event) this.dispatchEvent(new Event('studio-change', {bubbles: true, composed: true}));
  }

  #replace(work: Work, {dirty = true, undoable = true, event = true} = {}): void {
    if (undoable && (this.work.partners.length > 0 || Object.keys(this.work.city).length > 0)) this.#undo = {work: this.work};
    else this.#undo = undefined;
    this.typed.clear();
    this.selected = undefined;
    this.listLimit = LIST_PAGE;
    this.#commit(work, {preview: 'now', event});
    if (!dirty) {
      this.dirty = false;
      this.#keepNow();
    }
  }

  #refresh(now: boolean): void {
    clearTimeout(this.#previewTimer);
    const update = () => {
      const feed = feedOf(this.work);
      this.previewFeed = absolutized(feed, this.#base());
    };
    if (now) update();
    else this.#previewTimer = setTimeout(update, 150);
  }

  #base(): string {
    const cityUrl = typeof this.work.city.url === 'string' ? this.work.city.url : undefined;
    for (const candidate of [this.#source, this.publishedUrl, cityUrl]) {
      if (candidate && /^https?:\/\//i.test(candidate.trim())) return candidate.trim();
    }
    return CHECK_BASE;
  }

  #keepNow(): void {
    clearTimeout(this.#keepTimer);
    if (!this.storageKey) return;
    if (!keep(this.storageKey, this.work, this.dirty)) this.notice = {say: text.storageFullText, alert: true};
  }

  readonly #flush = () => {
    if (this.storageKey && this.#keepTimer !== undefined) this.#keepNow();
  };

  readonly #beforeUnload = (event: BeforeUnloadEvent) => {
    this.#flush();
    if (!this.dirty) return;
    event.preventDefault();
    // Older Chromium and Firefox ask only when returnValue is set.
    event.returnValue = '';
  };

  setField(key: number | 'city', field: string, value: Json | undefined, typed?: string): void {
    if (typed !== undefined) this.typed.set(`${key}:${field}`, typed);
    if (key === 'city') {
      this.#commit({...this.work, city: withValue(this.work.city, field, value)});
      return;
    }
    const partners = this.work.partners.map((e) => (e.key === key ? {...e, data: withName(e.data, field, value, this.work.partners)} : e));
    this.#commit({...this.work, partners});
  }

  toggleTheme(key: number, theme: string, on: boolean): void {
    const current = this.work.partners.find((e) => e.key === key)?.data.themes;
    const themes = Array.isArray(current) ? current.filter((t) => t !== theme) : [];
    this.setField(key, 'themes', on ? [...themes, theme] : themes);
  }

  addPartner(): void {
    const added = entry({});
    this.#commit({...this.work, partners: [...this.work.partners, added]});
    this.select(added.key, 'id');
  }

  async select(key: number, focusField?: string): Promise<void> {
    this.selected = key;
    const index = this.work.partners.findIndex((e) => e.key === key);
    if (index >= this.listLimit) this.listLimit = index + 1;
    await this.updateComplete;
    (focusField ? this.#field('partner', focusField) : this.renderRoot.querySelector<HTMLElement>('#editor-heading'))?.focus();
  }

  async focusCityField(field: string): Promise<void> {
    await this.updateComplete;
    this.#field('city', field)?.focus();
  }

  /** The input of a field; for a text in every language or a group, its first input. */
  #field(prefix: string, field: string): HTMLElement | null {
    const id = `${prefix}-${field.replace(/\./g, '-')}`;
    return this.renderRoot.querySelector<HTMLElement>(`#${id}, [id^="${id}-"]:is(input, select, textarea)`);
  }

  async markChecked(key: number): Promise<void> {
    const partners = this.work.partners.map((e) => (e.key === key ? {key: e.key, data: e.data} : e));
    this.#commit({...this.work, partners});
    // The button goes with the mark: focus stays in the form.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#editor-heading')?.focus();
  }

  async move(key: number, by: -1 | 1, button: 'up' | 'down'): Promise<void> {
    const from = this.work.partners.findIndex((e) => e.key === key);
    const to = from + by;
    if (from < 0 || to < 0 || to >= this.work.partners.length) return;
    if (to >= this.listLimit) this.listLimit = to + 1;
    this.#commit({...this.work, partners: moved(this.work.partners, from, to)});
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-key="${key}"] button[data-action="${button}"]`)?.focus();
  }

  async removePartner(key: number): Promise<void> {
    const index = this.work.partners.findIndex((e) => e.key === key);
    if (index < 0) return;
    const removed = this.work.partners[index];
    this.#undo = {work: this.work, focus: key};
    if (this.selected === key) this.selected = undefined;
    const partners = this.work.partners.filter((e) => e.key !== key);
    this.#commit({...this.work, partners});
    const name = this.nameOf(removed);
    this.listNotice = {say: () => text.deletedText(name), undo: true};
    await this.updateComplete;
    const next = partners[Math.min(index, partners.length - 1)];
    const target = next
      ? this.renderRoot.querySelector<HTMLElement>(`[data-key="${next.key}"] button[data-action="edit"]`)
      : this.renderRoot.querySelector<HTMLElement>('button[name=add]');
    target?.focus();
  }

  async undo(): Promise<void> {
    const saved = this.#undo;
    if (!saved) return;
    this.#undo = undefined;
    this.typed.clear();
    this.notice = undefined;
    this.listNotice = undefined;
    this.#commit(saved.work, {preview: 'now'});
    await this.updateComplete;
    const target = saved.focus === undefined
      ? this.renderRoot.querySelector<HTMLElement>('#partners-heading')
      : this.renderRoot.querySelector<HTMLElement>(`[data-key="${saved.focus}"] button[data-action="edit"]`);
    target?.focus();
  }

  async showMore(): Promise<void> {
    const first = this.listLimit;
    this.listLimit += LIST_PAGE;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('ol.partners button[data-action="edit"]')[first]?.focus();
  }

  /** The embed code with the feed inline, made once per version of the list. */
  get inlineCode(): string {
    if (this.#inline?.work !== this.work) this.#inline = {work: this.work, code: inlineSnippet(feedOf(this.work))};
    return this.#inline.code;
  }

  get canUndo(): boolean {
    return this.#undo !== undefined;
  }

  newList(): void {
    this.#source = undefined;
    this.#replace({city: {}, partners: []});
    this.notice = {say: text.replacedText, undo: this.canUndo};
  }

  /** The partner's name for lists and messages, in the interface language when it has one. */
  nameOf(e: Entry): string {
    return nameText(e.data.name, this.language.locale) || inLocale(this.language.locale, text.unnamedText);
  }

  // For the ways in (ways-in.ts)

  /** Replaces the list (a file, a URL), with undo; `source` is where it was read, for its relative URLs. */
  replaceWork(work: Work, {dirty = true, source, parsed = false}: {dirty?: boolean; source?: string; parsed?: boolean} = {}): void {
    this.#source = source;
    this.#parsed = parsed;
    this.#replace(work, {dirty});
  }

  /** Adds to the list (Wikidata's drafts), with undo. */
  extendWork(work: Work): void {
    this.#undo = {work: this.work};
    this.#commit(work, {preview: 'now'});
  }

  // Out

  /** Downloads the feed, or says what to fix first. */
  downloadFeed(): void {
    if (this.checked.count > 0) {
      this.outNotice = {say: text.blockedText, alert: true};
      return;
    }
    this.deliver(fileText(this.feed), FILE_NAME);
    this.outNotice = {say: text.downloadedText};
    this.markSaved();
  }

  /** Gives the file to the browser; a host page or a test may replace it. */
  deliver(content: string, name: string): void {
    download(content, name, this.renderRoot as ShadowRoot);
  }
}
