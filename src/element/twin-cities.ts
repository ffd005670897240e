import {LitElement, html, nothing, unsafeCSS, type PropertyValues} from 'lit';
import type {Language} from '../core/language.js';
import type {Feed, Partner} from '../core/feed.js';
import {inLocale} from '../i18n/localization.js';
import {
  clearFiltersText,
  emptyText,
  errorText,
  loadingText,
  mapFailedText,
  mapLabel,
  noFeedText,
  noMatchText,
  showMoreText,
  shownCountText,
} from '../i18n/messages.js';
import {
  DEFAULT_HEADING_LEVEL,
  DEFAULT_PAGE_SIZE,
  DEFAULT_TIMEOUT,
  headingLevelOf,
  numberOr,
  pageSizeOf,
} from './attributes.js';
import {CardNodes, layoutOf, type Layout} from './cards.js';
import {children} from './children.js';
import {adoptStylesIn} from './document-styles.js';
import {exploreStyles} from './explore.styles.js';
import {FeedLoader, type LoadState} from './feed-loader.js';
import {filterBar} from './filter-bar.js';
import {choicesOf, filterPartners, NO_FILTERS, type Filters} from './filters.js';
import {focusPlace, restoreFocus} from './focus.js';
import {numberFormat} from './intl-cache.js';
import {languageOf, watchLanguage} from './language.js';
import {loadMap, type MapModule} from './map-loader.js';
import {defaultFetcher, type Fetcher} from './request.js';
import {sortPartners} from './sort.js';
import {styles as cardStyles} from './twin-cities.styles.js';

export type {ErrorDetail, LoadDetail, Problem, ReciprocityDetail} from './events.js';

// One sheet, as adoptStylesIn() copies one into another document; each part minified at build time.
const styles = unsafeCSS(`${cardStyles}${exploreStyles}`);

/**
 * Shows a town's twin cities and decentralised cooperation partners as cards.
 *
 * @summary A town's twin cities as accessible cards, in six languages, from one JSON feed.
 *
 * @attr src - URL of the feed (JSON). Relative URLs resolve against the document.
 * @attr lang - Display language (`fr`, `de`, `it`, `pl`, `pt`, `en`, with region); inherited from ancestors when absent.
 * @attr timeout - Milliseconds before a load gives up (default 15000; 0 waits forever).
 * @attr page-size - Cards shown at first, then per "show more" (default 100; 0 shows all).
 * @attr heading-level - Level of each card's heading, 1 to 6 (default 3).
 * @attr loading - `eager` (default) or `lazy`: fetch only when the element nears the viewport.
 * @attr reciprocal - Check, from each partner's own `feed`, that the partner lists this town back.
 * @attr filters - A toolbar above the cards: search, country, kind and theme filters, and how many partners match.
 * @attr sort - Order of the cards: `feed` (default), `name`, `country` (by the country's name) or `since` (oldest first).
 * @attr map - A map above the cards of the partners that have a `location` (loads twin-cities-map.js from beside the script).
 * @attr layout - `grid` (default), `list` (one card per row, the picture beside the text) or `compact` (name, country and link only, for a sidebar).
 *
 * @fires loadstart - A load started.
 * @fires load - Cards are rendered. `detail: { partners, problems: [{ path, message }], problemCount }` (the first 1 000 problems, and how many in all).
 * @fires error - The feed could not be shown. `detail: { kind, message, status? }`.
 * @fires loadend - After `load` or `error`.
 * @fires reciprocity - With `reciprocal`, once the partners' feeds are read (the first 50). `detail: { checked, reciprocal, missing, unreachable, unchecked }`.
 *
 * @csspart card - One partner (a list item).
 * @csspart name - The partner's name (a heading).
 * @csspart country - The country's name in the display language.
 * @csspart region - The partner's region.
 * @csspart kind - Twinning, decentralised cooperation or friendship.
 * @csspart population - Inhabitants, with census year and "about" when given.
 * @csspart since - The year the partnership began.
 * @csspart summary - A short description (plain text).
 * @csspart themes - The cooperation themes (a list).
 * @csspart image - The partner's picture.
 * @csspart link - The "read more" link.
 * @csspart reciprocity - With `reciprocal`: whether the partner lists this town back.
 * @csspart more - The "show more" button.
 * @csspart status - Loading, empty and error messages.
 * @csspart filters - With `filters`: the toolbar.
 * @csspart search - The search box (`input type=search`).
 * @csspart filter-country - The country filter (a select; the empty value means every country).
 * @csspart filter-kind - The kind filter (a select; the empty value means every kind).
 * @csspart filter-theme - One theme's checkbox; its value is the theme id.
 * @csspart count - How many partners match the filters, of how many (a polite status).
 * @csspart no-match - The message shown when no partner matches.
 * @csspart clear - The button that clears the search and the filters.
 * @csspart map - With `map`: the map (an SVG), or in its place why it could not be loaded.
 * @csspart land - The map's land (Natural Earth coastlines).
 * @csspart marker - A partner on the map: a link to its card, named by the partner's name.
 * @csspart home - The town itself on the map, when the feed has `city.location`.
 * @csspart lines - The lines from the town to its partners.
 *
 * @cssprop --twin-cities-columns - Number of grid columns (default: as many as fit).
 * @cssprop --twin-cities-gap - Space between cards (default 1rem).
 * @cssprop --twin-cities-font - Font of the whole element (default: inherited).
 * @cssprop --twin-cities-color - Text color outside the cards (default: inherited).
 * @cssprop --twin-cities-accent - Links, focus ring and button (default #1d4ed8).
 * @cssprop --twin-cities-radius - Corner radius of cards (default 0.5rem).
 * @cssprop --twin-cities-card-background - Card background (default #fff).
 * @cssprop --twin-cities-card-color - Card text color (default #1f2328).
 * @cssprop --twin-cities-card-padding - Card padding (default 1rem).
 * @cssprop --twin-cities-muted-color - Secondary text (default #545b64).
 * @cssprop --twin-cities-border-color - Card borders (default #d0d7de).
 * @cssprop --twin-cities-error-color - Edge of the error message (default #b42318).
 * @cssprop --twin-cities-map-sea - The map's sea (default a light blue; dark in dark mode).
 * @cssprop --twin-cities-map-land - The map's land (default a light green-grey; dark in dark mode).
 */
export class TwinCitiesElement extends LitElement {
  static override styles = styles;

  static override properties = {
    src: {},
    feed: {attribute: false},
    timeout: {converter: numberOr(DEFAULT_TIMEOUT)},
    pageSize: {converter: numberOr(DEFAULT_PAGE_SIZE), attribute: 'page-size'},
    headingLevel: {converter: numberOr(DEFAULT_HEADING_LEVEL), attribute: 'heading-level'},
    loading: {},
    reciprocal: {type: Boolean},
    filters: {type: Boolean},
    sort: {},
    map: {type: Boolean},
  };

  /** URL of the feed. */
  src = '';

  /** A feed object set from JavaScript; wins over `src` and the inline feed. */
  feed: unknown = undefined;

  /** Milliseconds before a load gives up (0: never). */
  timeout = DEFAULT_TIMEOUT;

  /** Cards shown at first and added by "show more" (0: all). */
  pageSize = DEFAULT_PAGE_SIZE;

  /** Level of each card's heading, 1 to 6. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  /** `lazy` (in any case, as for `<img>`) waits until the element nears the viewport; anything else loads at once. */
  loading: 'eager' | 'lazy' = 'eager';

  /** Check, from each partner's own feed, that it lists this town back. */
  reciprocal = false;

  /** Show the toolbar of search and filters above the cards. */
  filters = false;

  /** Order of the cards: `feed`, `name`, `country` or `since`; anything else is `feed`. */
  sort = 'feed';

  /** Show a map of the located partners above the cards. */
  map = false;
  /**
   * `grid`, `list` or `compact`: the `layout` attribute, read as `<img>` reads
   * `loading` (any case; anything else is `grid`). Only the styles follow it.
   */
  get layout(): Layout {
    return layoutOf(this.getAttribute('layout'));
  }

  set layout(value: Layout) {
    this.setAttribute('layout', value);
  }

  readonly #loader = new FeedLoader(this, {
    fetcher: () => this.#fetcher(),
    language: () => this.#language(),
    settled: () => {
      this.#shown = pageSizeOf(this.pageSize);
      this.#announce = false;
      this.#filters = NO_FILTERS;
    },
  });
  #shown = 0;
  /** Whether the next render announces how many cards are shown ("show more"). */
  #announce = false;
  #cards = new CardNodes();
  #unwatchLanguage?: () => void;
  /** What the toolbar filters by (reset by every load). */
  #filters: Filters = NO_FILTERS;
  /** The partners last shown, sorted and filtered. */
  #list: readonly Partner[] = [];
  /** The map's module once imported, or `false` when it could not be. */
  #mapModule?: MapModule | false;

  /** Fetches `src` again, bypassing the page's shared copy of it. */
  reload(): void {
    this.#loader.reload();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.ownerDocument === document) return super.createRenderRoot();
    // First connected in another document than the one that defined the element.
    const root = this.shadowRoot ?? this.attachShadow({mode: 'open'});
    adoptStylesIn(root, styles);
    return root;
  }

  /** Moved into another document (an iframe): styles, language and base URL follow it. */
  adoptedCallback(): void {
    // Firefox gives an element moved into another window's document that
    // window's prototypes, without the element's methods: give it back its own.
    if (!(this instanceof TwinCitiesElement)) Object.setPrototypeOf(this, TwinCitiesElement.prototype);
    if (this.shadowRoot) adoptStylesIn(this.shadowRoot, styles);
  }

  /** The network call; override it to add headers or to serve feeds from elsewhere. */
  fetch(request: Request): Promise<Response> {
    return window.fetch(request);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The language is read again from the new ancestors at the next render.
    this.#unwatchLanguage = watchLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatchLanguage?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageSize') && this.#loader.state.is === 'loaded') this.#shown = pageSizeOf(this.pageSize);
  }

  readonly #ownFetcher: Fetcher = (request) => this.fetch(request);

  /** The page's shared fetcher, unless this element has its own `fetch()`. */
  #fetcher(): Fetcher {
    return this.fetch === TwinCitiesElement.prototype.fetch ? defaultFetcher : this.#ownFetcher;
  }

  #language(): Language {
    return languageOf(this);
  }

  protected override render() {
    const language = this.#language();
    const state = this.#loader.state;
    return html`<div class="root" lang=${language.tag}>
      ${inLocale(language.locale, () => this.#renderBody(state, language))}
    </div>`;
  }

  protected override update(changed: PropertyValues<this>): void {
    // A rebuilt card would drop a keyboard user's focus to the page: keep their place.
    const place = focusPlace(this.shadowRoot);
    super.update(changed);
    restoreFocus(this.shadowRoot, place);
  }

  protected override updated(): void {
    if (this.#loader.state.is === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
  }

  #renderBody(state: LoadState, language: Language) {
    switch (state.is) {
      case 'idle':
        return html`<p part="status" role="status">${noFeedText()}</p>`;
      case 'loading':
        return html`<p part="status" role="status">${loadingText()}</p>`;
      case 'error':
        return html`<p part="status" role="alert">${errorText(state.failure, state.url)}</p>`;
      case 'loaded': {
        const {feed} = state.loaded;
        if (!feed.partners.length) return html`<p part="status" role="status">${emptyText()}</p>`;
        const sorted = sortPartners(feed.partners, this.sort, language.tag);
        // Sorted once per feed, order and language; filtered again at each render (a linear scan).
        const partners = (this.#list = this.filters ? filterPartners(sorted, this.#filters, language.tag) : sorted);
        const format = numberFormat(language.tag).format;
        const bar = this.filters
          ? filterBar(
              choicesOf(feed.partners, language.tag),
              this.#filters,
              shownCountText(format(partners.length), format(feed.partners.length)),
              this.#filter
            )
          : nothing;
        const map = this.map ? this.#renderMap(feed, partners, language.tag) : nothing;
        // Written on one line: a template's indentation would ship in the bundle.
        return partners.length
          ? html`${bar}${map}${this.#renderCards(partners, language)}`
          : html`${bar}${map}<p part="no-match">${noMatchText()}</p><button part="clear" class="more" type="button" @click=${this.#clearFilters}>${clearFiltersText()}</button>`;
      }
    }
  }

  readonly #filter = (change: Partial<Filters>) => {
    this.#filters = {...this.#filters, ...change};
    this.#shown = pageSizeOf(this.pageSize);
    this.#announce = false;
    this.requestUpdate();
  };

  readonly #clearFilters = async () => {
    this.#filter(NO_FILTERS);
    await this.updateComplete;
    // The button is gone with the message: the search box is where a new search starts.
    this.renderRoot.querySelector<HTMLElement>('[part="search"]')?.focus();
  };

  #renderMap(feed: Feed, partners: readonly Partner[], tag: string) {
    const module = this.#mapModule;
    // Nobody located (or filtered out): no map, and no download for nothing.
    if (!partners.some((p) => p.location)) return nothing;
    if (module === undefined) {
      void loadMap()
        .catch(() => false as const)
        .then((m) => ((this.#mapModule = m), this.requestUpdate()));
      return nothing;
    }
    return module
      ? module.mapOf(this.renderRoot as ShadowRoot, partners, feed.city?.location, tag, (n) => mapLabel(numberFormat(tag).format(n)), this.#showCard)
      : html`<p part="map" role="status">${mapFailedText()}</p>`;
  }

  #renderCards(partners: readonly Partner[], language: Language) {
    const shown = this.#shown === 0 ? partners.length : Math.min(this.#shown, partners.length);
    const level = headingLevelOf(this.headingLevel);
    const format = numberFormat(language.tag);
    // Cards are built once per partner and language (see CardNodes): an update for
    // an unrelated attribute hands children() the very same nodes, which it leaves alone.
    const cards = this.#cards.get(partners.slice(0, shown), language, level, this.#loader.reciprocity);
    // Safari drops the list semantics of a list styled without bullets: say it again.
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`<ul class="cards" role="list" ${children(cards)}></ul>
      ${shown < partners.length
        ? html`<button part="more" class="more" type="button" @click=${this.#showMore}>
            ${showMoreText()}
          </button>`
        : nothing}
      <p class="visually-hidden" role="status">
        ${this.#announce ? shownCountText(format.format(shown), format.format(partners.length)) : nothing}
      </p>
    `;
  }

  readonly #showMore = async () => {
    const before = this.#shown;
    this.#shown = before + (pageSizeOf(this.pageSize) || this.#list.length);
    this.#announce = true;
    this.requestUpdate();
    await this.updateComplete;
    this.#focusCard(this.renderRoot.querySelectorAll<HTMLElement>('[part="card"]')[before]);
  };

  /** A map marker was activated: its card, shown (with the cards before it), gets the focus. */
  readonly #showCard = async (id: string) => {
    const index = this.#list.findIndex((p) => p.id === id);
    // Cards up to this one show (0 already shows all); "show more" goes on from there.
    if (this.#shown && index >= this.#shown) this.#shown = index + 1;
    this.requestUpdate();
    await this.updateComplete;
    this.#focusCard([...this.renderRoot.querySelectorAll<HTMLElement>('[part="card"]')].find((c) => c.dataset.id === id));
  };

  #focusCard(card: HTMLElement | undefined): void {
    if (!card) return;
    card.tabIndex = -1;
    card.focus();
  }
}
