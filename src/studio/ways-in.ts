/**
 * The ways into the studio other than typing: a file (spreadsheet or feed), a
 * published feed's URL, and Wikidata. Each reads, then hands the element a new
 * list (with undo) and a sentence saying what happened; on failure the list is
 * left as it was.
 */
import type {Candidate} from '../core/wikidata.js';
import {inLocale} from '../i18n/localization.js';
import {loadFeedText} from './feed-url.js';
import {importBytes, type EncodingChoice} from './import-file.js';
import * as text from './messages.js';
import {entry, workOf, type JsonObject} from './model.js';
import type {TwinCitiesStudio} from './studio.js';
import {candidateCountries, DEFAULT_WIKIDATA, searchTowns, twinnedTowns} from './wikidata-client.js';

/** The last file picked, per studio, to read again in another encoding. */
const lastFiles = new WeakMap<TwinCitiesStudio, {name: string; bytes: Uint8Array}>();

export async function importFile(host: TwinCitiesStudio, file: File): Promise<void> {
  lastFiles.set(host, {name: file.name, bytes: new Uint8Array(await file.arrayBuffer())});
  importLast(host);
}

/** Reads the last file again, in the encoding the editor chose. */
export function setEncoding(host: TwinCitiesStudio, choice: EncodingChoice): void {
  host.encoding = choice;
  importLast(host);
}

function importLast(host: TwinCitiesStudio): void {
  const last = lastFiles.get(host);
  if (!last) return;
  const {name, bytes} = last;
  const {locale, tag} = host.language;
  const result = inLocale(locale, () => importBytes(name, bytes, {encoding: host.encoding, sheetLang: host.sheetLang || locale, tag}));
  host.encodingNote = result.encoding?.startsWith('windows-') ? result.encoding : undefined;
  if (!result.ok) {
    host.notice = {say: () => text.importFailedText(name), alert: true, details: result.remarks};
    return;
  }
  const partners = result.partners.map((p) => entry(p));
  // A sheet's partners come from the parser already; a .json brings its own town.
  host.replaceWork({city: result.city ?? host.work.city, partners}, {parsed: result.city === undefined});
  host.notice = {say: () => text.importedText(name, partners.length), details: result.remarks, undo: host.canUndo};
}

export async function openUrl(host: TwinCitiesStudio, address: string): Promise<void> {
  const url = address.trim();
  if (!/^https?:\/\/\S+$/i.test(url)) {
    host.notice = {say: text.badUrlText, alert: true};
    return;
  }
  host.notice = {say: text.readingText};
  const result = await loadFeedText(url);
  if (!result.ok) {
    host.notice = {say: result.message, alert: true};
    return;
  }
  const work = workOf(result.json);
  // As published: nothing to download yet.
  host.replaceWork(work, {dirty: false, source: url});
  host.notice = {say: () => text.openedText(url, work.partners.length), details: result.remarks, undo: host.canUndo};
}

export async function searchWikidata(host: TwinCitiesStudio, query: string): Promise<void> {
  const search = query.trim();
  if (!search) return;
  const base = host.wikidata || DEFAULT_WIKIDATA;
  host.wd = {busy: true, notice: {say: text.readingText}};
  try {
    const candidates = await searchTowns(base, search, host.language.locale);
    if (candidates.length === 0) {
      host.wd = {busy: false, notice: {say: () => text.noTownText(search), alert: true}};
      return;
    }
    host.wd = {busy: false, candidates};
    // Countries come second: the candidates show at once.
    const countries = await candidateCountries(base, candidates).catch(() => new Map<string, string>());
    if (host.wd.candidates === candidates) host.wd = {...host.wd, countries};
  } catch {
    host.wd = {busy: false, notice: {say: () => text.wikidataNetworkText(base), alert: true}};
  }
}

export async function chooseTown(host: TwinCitiesStudio, candidate: Candidate): Promise<void> {
  const base = host.wikidata || DEFAULT_WIKIDATA;
  host.wd = {...host.wd, busy: true, notice: {say: () => text.wikidataLoadingText(candidate.label)}};
  const {work} = host;
  const taken = new Set(work.partners.map((e) => (typeof e.data.id === 'string' ? e.data.id.trim() : '')));
  try {
    const {city, name, drafts} = await twinnedTowns(base, candidate.qid, host.language.locale, taken);
    const known = new Set(work.partners.map((e) => e.draft?.qid));
    const added = drafts
      .filter((d) => !known.has(d.qid))
      .map((d) => entry(d.partner as JsonObject, {qid: d.qid, missing: d.missing}));
    // What the editor typed wins over Wikidata.
    host.extendWork({city: {...city, ...host.work.city}, partners: [...host.work.partners, ...added]});
    const say = drafts.length === 0 ? () => text.noTwinsText(name) : () => text.draftsText(name, added.length);
    host.wd = {busy: false, notice: {say, undo: true}};
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>('#partners-heading')?.focus();
  } catch {
    host.wd = {...host.wd, busy: false, notice: {say: () => text.wikidataNetworkText(base), alert: true}};
  }
}
