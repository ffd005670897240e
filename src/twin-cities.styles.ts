import {css} from 'lit';

/**
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
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--twin-cities-accent, #8ab4ff);
      --_card-bg: var(--twin-cities-card-background, #1c2128);
      --_card-fg: var(--twin-cities-card-color, #e6edf3);
      --_muted: var(--twin-cities-muted-color, #a6b0bb);
      --_border: var(--twin-cities-border-color, #3d444d);
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
  [part=card] {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
    padding: var(--twin-cities-card-padding, 1rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
    color: var(--_card-fg);
    overflow-wrap: anywhere;
  }
  [part=card]:focus {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  [part=card] p {
    margin: 0;
  }
  [part=name] {
    margin: 0 0 0.25rem;
    font-size: 1.2em;
    line-height: 1.25;
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
  }
  [part=country],
  [part=kind],
  [part=region],
  [part=since] {
    color: var(--_muted);
  }
  [part=reciprocity] {
    font-size: 0.875em;
    font-weight: 600;
  }
  [part=image] {
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
  }
  [part=summary] {
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 6;
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
  [part=link]:focus-visible,
  .more:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .more {
    display: block;
    margin: var(--_gap) auto 0;
    padding: 0.5rem 1.25rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
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
