/**
 * The element's loading, in one place: which source to read and when (at once,
 * once near the viewport with `loading="lazy"`, once the parser has written an
 * inline feed, once a CMS adds one), the load ids that drop a superseded answer,
 * the aborts, the `loadstart` → `load`/`error` → `loadend` sequence, and the
 * reciprocity check that follows. The element renders `state` and `reciprocity`.
 *
 * A Lit ReactiveController: it sees the host's properties at every update
 * (`hostUpdate`, before render), so the host's own lifecycle stays free of flags.
 */
import type {ReactiveController, ReactiveElement} from 'lit';
import type {Language} from '../core/language.js';
import {lastYear} from '../core/limits.js';
import {checkReciprocity, type ReciprocityStatus} from '../core/reciprocity.js';
import {inLocale} from '../i18n/localization.js';
import {errorText, problemText, type LoadFailure} from '../i18n/messages.js';
import {isLazy, timeoutOf} from './attributes.js';
import type {LoadDetail, ReciprocityDetail} from './events.js';
import {absolute, loadFeed, partnerFeedReader, type Loaded, type LoadOptions, type Source} from './load.js';
import {forget, type Fetcher} from './request.js';
import {whenContent, whenParsed, whenVisible} from './waits.js';

export type LoadState =
  | {readonly is: 'idle' | 'loading'}
  | {readonly is: 'loaded'; readonly loaded: Loaded}
  | {readonly is: 'error'; readonly failure: LoadFailure; readonly url?: string};

/** Start a lazy load a little before the element scrolls into view, as `<img>` does. */
const LAZY_MARGIN = '256px';

/** What the loader reads of its element. */
export interface LoaderHost extends ReactiveElement {
  src: string;
  feed: unknown;
  timeout: number;
  loading: string;
  reciprocal: boolean;
}

export interface LoaderOptions {
  /** The fetcher for this element's requests (shared unless it has its own `fetch()`). */
  readonly fetcher: () => Fetcher;
  /** The language the `load` and `error` details are written in. */
  readonly language: () => Language;
  /** Called when a load settles, before the host renders its result. */
  readonly settled: () => void;
}

export class FeedLoader implements ReactiveController {
  /** What the element shows. */
  state: LoadState = {is: 'idle'};
  /** Each checked partner's status, once `reciprocal` has read their feeds. */
  reciprocity?: ReadonlyMap<string, ReciprocityStatus>;

  readonly #host: LoaderHost;
  readonly #options: LoaderOptions;
  #loadId = 0;
  #abort?: AbortController;
  /** The reciprocity check under way, if any. */
  #checking?: AbortController;
  /** Whether the source must be read again at the next update. */
  #pending = true;
  #visible = false;
  /** Stops what the loader waits for before loading (see waits.ts), if anything. */
  #stopWaiting?: () => void;
  /** The source and `reciprocal` as the last update saw them. */
  #seen: {src?: string; feed?: unknown; reciprocal?: boolean} = {};

  constructor(host: LoaderHost, options: LoaderOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Fetches `src` again, bypassing the page's shared copy of it. */
  reload(): void {
    const host = this.#host;
    const url = host.src && absolute(host.src, host.ownerDocument.baseURI);
    if (url) forget(url, this.#options.fetcher());
    this.#pending = true;
    host.requestUpdate();
  }

  hostConnected(): void {
    // Back in a page (moved, or removed then added again): what was cut off on
    // disconnect starts over (a load, the wait for a lazy view or an inline feed).
    if (this.state.is !== 'loaded' && this.state.is !== 'error') this.#pending = true;
    if (this.state.is === 'loaded' && this.#host.reciprocal && !this.reciprocity) {
      void this.#checkReciprocity(this.state.loaded);
    }
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#wait(undefined);
    if (this.state.is === 'loading') this.#cancel();
    this.#stopChecking();
  }

  hostUpdate(): void {
    const host = this.#host;
    const seen = this.#seen;
    if (host.src !== seen.src || host.feed !== seen.feed) this.#pending = true;
    const turnedOn = host.reciprocal && !seen.reciprocal;
    this.#seen = {src: host.src, feed: host.feed, reciprocal: host.reciprocal};
    if (turnedOn && host.isConnected && !this.#pending && this.state.is === 'loaded') {
      void this.#checkReciprocity(this.state.loaded);
    }
    if (!this.#pending) return;
    if (isLazy(host.loading) && !this.#visible) {
      this.#wait(whenVisible(host, LAZY_MARGIN, () => ((this.#visible = true), host.requestUpdate())));
      // Below the fold, a lazy element says it is on its way, not that it has no feed.
      if (this.#source()) this.state = {is: 'loading'};
      return;
    }
    // While the parser still writes the page (streamed, or this module loaded
    // `async`), an inline feed may be only half there.
    if (host.ownerDocument.readyState === 'loading' && this.#source()?.type === 'inline') {
      this.#wait(whenParsed(host.ownerDocument, () => host.requestUpdate()));
      this.state = {is: 'loading'};
      return;
    }
    this.#pending = false;
    this.#start();
  }

  /** Replaces what the loader waits for (nothing, with `undefined`). */
  #wait(stop: (() => void) | undefined): void {
    this.#stopWaiting?.();
    this.#stopWaiting = stop;
  }

  #cancel(): void {
    this.#loadId++;
    this.#abort?.abort();
    this.#abort = undefined;
    this.#stopChecking();
  }

  /** Stops a reciprocity check under way; it starts again when the element is back. */
  #stopChecking(): void {
    this.#checking?.abort();
    this.#checking = undefined;
  }

  #source(): Source | undefined {
    const host = this.#host;
    if (host.feed !== undefined && host.feed !== null) return {type: 'feed', value: host.feed};
    if (host.src) return {type: 'src', url: host.src};
    const script = host.querySelector(':scope > script[type="application/json"]');
    return script ? {type: 'inline', text: script.textContent ?? ''} : undefined;
  }

  #start(): void {
    const host = this.#host;
    this.#cancel();
    this.#wait(undefined);
    const source = this.#source();
    if (!source) {
      this.state = {is: 'idle'};
      // A CMS may add the inline feed after the element: wait for it.
      const ready = () => this.#source() !== undefined;
      if (host.isConnected) this.#wait(whenContent(host, ready, () => ((this.#pending = true), host.requestUpdate())));
      return;
    }
    const id = this.#loadId;
    const controller = (this.#abort = new AbortController());
    this.state = {is: 'loading'};
    void this.#run(id, source, controller.signal);
  }

  async #run(id: number, source: Source, signal: AbortSignal): Promise<void> {
    // Like <img>, events fire from a task, after the code that set `src` has run.
    await new Promise((resolve) => setTimeout(resolve));
    if (id !== this.#loadId) return;
    this.#fire('loadstart');
    const url = source.type === 'src' ? source.url : undefined;
    const result = await loadFeed(source, this.#loadOptions(signal));
    if (id !== this.#loadId || !result) return;
    if ('kind' in result) return this.#finish(id, {is: 'error', failure: result, url});
    const maxYear = lastYear();
    const detail: LoadDetail = {
      partners: result.feed.partners.length,
      problems: inLocale(this.#options.language().locale, () =>
        result.problems.map((p) => ({path: p.path, message: problemText(p, maxYear)}))
      ),
      problemCount: result.problemCount,
    };
    await this.#finish(id, {is: 'loaded', loaded: result}, detail);
    if (this.#host.reciprocal && id === this.#loadId && this.#host.isConnected) await this.#checkReciprocity(result);
  }

  #loadOptions(signal: AbortSignal): LoadOptions {
    const host = this.#host;
    return {fetcher: this.#options.fetcher(), signal, timeout: timeoutOf(host.timeout), base: host.ownerDocument.baseURI};
  }

  /**
   * Reads the partners' own feeds, marks their cards, then says how it went. A new
   * load or leaving the page stops the check (`#stopChecking`), so a check still
   * current on return is about the feed shown.
   */
  async #checkReciprocity(loaded: Loaded): Promise<void> {
    if (this.reciprocity || this.#checking) return;
    const controller = (this.#checking = new AbortController());
    // The first 50 partners' feeds, at most 4 at a time.
    const {checked, reciprocal, missing, unreachable, unchecked, results} = await checkReciprocity(
      loaded.feed.partners,
      partnerFeedReader(this.#loadOptions(controller.signal)),
      {url: loaded.url, city: loaded.feed.city},
      {concurrency: 4}
    );
    if (this.#checking !== controller) return;
    this.#checking = undefined;
    this.reciprocity = results;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const detail: ReciprocityDetail = {checked, reciprocal, missing, unreachable, unchecked};
    this.#fire('reciprocity', detail);
  }

  async #finish(id: number, state: LoadState, detail?: LoadDetail): Promise<void> {
    this.state = state;
    this.reciprocity = undefined;
    this.#options.settled();
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (id !== this.#loadId) return;
    if (state.is === 'error') {
      const message = inLocale(this.#options.language().locale, () => errorText(state.failure, state.url));
      const {kind, status} = state.failure;
      this.#fire('error', status === undefined ? {kind, message} : {kind, message, status});
    } else {
      this.#fire('load', detail);
    }
    this.#fire('loadend');
  }

  #fire(type: string, detail?: unknown): void {
    this.#host.dispatchEvent(detail === undefined ? new Event(type) : new CustomEvent(type, {detail}));
  }
}
