import {css} from 'lit';

/**
 * Dark colours follow the page, not only the system: they apply where the page
 * declares it has a dark mode (`color-scheme: dark` or `light dark`), through
 * `light-dark()`. A light page seen on a dark system keeps light cards, so the
 * accent it chose and the "show more" button on its background stay readable.
 *
 * `!important` on `:host` is deliberate: for important declarations the shadow
 * tree wins over the page, so a CMS rule like `* { display: none !important }` or
 * `twin-cities { all: unset }` cannot hide or flatten the cards, while
 * `:host([hidden])` still hides them.
 */
export const styles = css`
  :host {
    display: block !important;
    box-sizing: border-box;
    container-type: inline-size;
    font: var(--twin-cities-font, inherit);
    color: var(--twin-cities-color, inherit);
    --_gap: var(--twin-cities-gap, 1rem);
    --_accent: var(--twin-cities-accent, #1d4ed8);
    --_radius: var(--twin-cities-radius, 0.5rem);
    --_card-bg: var(--twin-cities-card-background, #fff);
    --_card-fg: var(--twin-cities-card-color, #1f2328);
    --_muted: var(--twin-cities-muted-color, #545b64);
    --_border: var(--twin-cities-border-color, #d0d7de);
  }
  :host([hidden]) {
    display: none !important;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--twin-cities-accent, light-dark(#1d4ed8, #8ab4ff));
      --_card-bg: var(--twin-cities-card-background, light-dark(#fff, #1c2128));
      --_card-fg: var(--twin-cities-card-color, light-dark(#1f2328, #e6edf3));
      --_muted: var(--twin-cities-muted-color, light-dark(#545b64, #a6b0bb));
      --_border: var(--twin-cities-border-color, light-dark(#d0d7de, #3d444d));
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(var(--twin-cities-columns, auto-fill), minmax(min(100%, 16rem), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (max-width: 30em) {
    .cards {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* A card reads top to bottom: picture, name, where, relation, population,
     summary, themes, link. Size, weight and space make the order, not colour. */
  [part=card] {
    display: flex;
    flex-direction: column;
    min-width: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
    color: var(--_card-fg);
    overflow-wrap: anywhere;
  }
  /* Focus rings lie on the card's own background, never on the page's, whose
     colour the element cannot know. */
  [part=card]:focus {
    outline: 2px solid var(--_accent);
    outline-offset: -4px;
  }
  .body {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
    padding: var(--twin-cities-card-padding, 1rem);
  }
  [part=card] p {
    margin: 0;
  }
  [part=name] {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
    /* Only a hostile name reaches four lines (all of it is in the title);
       a real one, even with wider text spacing (WCAG 1.4.12), fits. */
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
  }
  .where,
  [part=population] {
    color: var(--_muted);
  }
  .relation {
    font-size: 0.875em;
    font-weight: 600;
  }
  .body > [part=summary] {
    margin-top: 0.5rem;
  }
  [part=reciprocity] {
    font-size: 0.875em;
    font-weight: 600;
  }
  /* The picture's box is there before it loads (width, height and aspect-ratio):
     nothing below it moves when it arrives. */
  [part=image] {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_radius) - 1px) calc(var(--_radius) - 1px) 0 0;
    background: var(--_border);
  }
  /* An image that failed: no broken-image icon, whatever the page's ::part() rules say. */
  [part=image][hidden] {
    display: none !important;
  }
  [part=themes] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  [part=themes] li {
    padding: 0.1rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 1rem;
  }
  [part=link] {
    margin-top: auto;
    padding-top: 0.5rem;
    color: var(--_accent);
    font-weight: 600;
  }
  /* layout="list": one card per row, the picture beside the text while the
     element is wide enough, above it when narrow. */
  :host([layout=list i]) .cards,
  :host([layout=compact i]) .cards {
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 36em) {
    :host([layout=list i]) [part=card] {
      flex-direction: row;
      align-items: flex-start;
    }
    :host([layout=list i]) [part=image] {
      flex: none;
      width: min(16rem, 35%);
      aspect-ratio: 4 / 3;
      margin: var(--twin-cities-card-padding, 1rem) 0 var(--twin-cities-card-padding, 1rem)
        var(--twin-cities-card-padding, 1rem);
      border-radius: calc(var(--_radius) / 2);
    }
  }
  /* layout="compact", for a sidebar: the name, the country and the link. The
     other parts stay in the card, hidden; a page's ::part() rule can show them. */
  :host([layout=compact i]) .cards {
    gap: calc(var(--_gap) / 2);
  }
  :host([layout=compact i]) .body {
    gap: 0.125rem;
    padding: var(--twin-cities-card-padding, 0.5rem 0.75rem);
  }
  :host([layout=compact i]) [part=name] {
    font-size: 1.0625em;
  }
  :host([layout=compact i]) [part=link] {
    padding-top: 0.25rem;
  }
  :host([layout=compact i]) [part=image],
  :host([layout=compact i]) [part=region],
  :host([layout=compact i]) .sep,
  :host([layout=compact i]) .relation,
  :host([layout=compact i]) [part=population],
  :host([layout=compact i]) [part=summary],
  :host([layout=compact i]) [part=themes] {
    display: none;
  }
  [part=link]:focus-visible,
  .more:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* The button sits on the page: the gap and a halo around its ring take the card background. */
  .more:focus-visible {
    box-shadow: 0 0 0 2px var(--_card-bg), 0 0 0 6px var(--_card-bg);
  }
  .more {
    display: block;
    margin: var(--_gap) auto 0;
    padding: 0.5rem 1.25rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_card-bg);
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
  }
  [part=status] {
    margin: 0;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
  }
  [part=status][role=alert] {
    border-color: var(--twin-cities-error-color, #b42318);
    border-left-width: 4px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    [part=link],
    .more {
      transition: color 0.15s, background-color 0.15s;
    }
  }
`;
