import {css} from 'lit';

/**
 * The `filters` toolbar and the map's place. Native controls keep their own look
 * (and follow the page's color-scheme); the map's look comes with the map
 * (src/map/map.styles.ts).
 */
export const exploreStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 1rem;
    margin: 0 0 var(--_gap);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .filters input,
  .filters select {
    font: inherit;
  }
  .themes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding: 0;
    border: 0;
  }
  .themes,
  [part=count] {
    flex-basis: 100%;
    margin: 0;
  }
`;
