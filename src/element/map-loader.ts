/**
 * The map's code and coastlines live in their own file, twin-cities-map.js, next
 * to the element's script (dist/ for a CMS, lib/element/ for bundlers): a page
 * without `map` never downloads them. One import per page, shared by every element;
 * a file that cannot be loaded stays failed, and each element says so in the map's place.
 */
export type MapModule = typeof import('../map/twin-cities-map.js');

let pending: Promise<MapModule> | undefined;

export const loadMap = (): Promise<MapModule> =>
  (pending ??= import(
    /* @vite-ignore */ /* webpackIgnore: true */ new URL('./twin-cities-map.js', import.meta.url).href
  ) as Promise<MapModule>);
