/**
 * The map of `<twin-cities map>`: an SVG of the partners that have a location,
 * fitted to them, on Natural Earth's coastlines (src/map/generated/land.ts). Built
 * into its own file, dist/twin-cities-map.js, which the element imports only when
 * `map` is set, so a page without a map never downloads the coastlines.
 *
 * Plain DOM, no Lit and no messages: the element passes the words, in its display
 * language, and gets back one `<svg>`. No request, no inline style (a strict
 * Content-Security-Policy page shows it): its look is a constructed style sheet.
 */
import {LAND, LAND_UNIT} from './generated/land.js';
import {mapCss} from './map.styles.js';
import {resolveText, type LatLon, type Partner} from '../core/feed.js';

export interface MapPoint {
  readonly lat: number;
  readonly lon: number;
}

export interface MapPartner extends MapPoint {
  readonly id: string;
  readonly name: string;
}

export interface MapOptions {
  readonly partners: readonly MapPartner[];
  /** The town itself, drawn apart from the markers, with a line to each partner. */
  readonly home?: MapPoint;
  /** The map's accessible name: what it shows, and how many partners. */
  readonly label: string;
  /** A marker was activated (click, Enter). */
  readonly activate: (id: string) => void;
}

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 800;
const HEIGHT = 400;
/** Room around the outermost points, as a share of the span. */
const PAD = 0.12;
/** The smallest span shown, in degrees of longitude: one town alone is not a street map. */
const MIN_SPAN = 8;
const MAX_LAT = 85;

/** Web Mercator, in the units of the generated coastlines (y grows southwards). */
export function project({lat, lon}: MapPoint): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [lon * LAND_UNIT, (-Math.log(Math.tan(Math.PI / 4 + phi / 2)) * 180 * LAND_UNIT) / Math.PI];
}

/** Scale and offset that fit `points` (projected) into the view, padded, keeping proportions. */
export function fit(points: readonly (readonly [number, number])[]): {scale: number; x: number; y: number} {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const min = MIN_SPAN * LAND_UNIT;
  const spanX = Math.max(maxX - minX, min) * (1 + 2 * PAD);
  const spanY = Math.max(maxY - minY, min / 2) * (1 + 2 * PAD);
  const scale = Math.min(WIDTH / spanX, HEIGHT / spanY);
  return {scale, x: WIDTH / 2 - ((minX + maxX) / 2) * scale, y: HEIGHT / 2 - ((minY + maxY) / 2) * scale};
}

const node = <K extends keyof SVGElementTagNameMap>(
  parent: Element | null,
  tag: K,
  attributes: Record<string, string | number>
): SVGElementTagNameMap[K] => {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
  parent?.appendChild(el);
  return el;
};

const round = (n: number) => Math.round(n * 10) / 10;

/** The map as one `<svg part="map">`; its markers come in the order of `partners`. */
export function drawMap({partners, home, label, activate}: MapOptions): SVGSVGElement {
  const located = partners.map((p) => ({p, xy: project(p)}));
  const homeXY = home && project(home);
  const {scale, x, y} = fit(homeXY ? [...located.map((l) => l.xy), homeXY] : located.map((l) => l.xy));
  const at = ([px, py]: readonly [number, number]) => [round(px * scale + x), round(py * scale + y)] as const;

  // role=group, not img: an image's children are hidden, and the markers must stay reachable.
  const svg = node(null, 'svg', {part: 'map', role: 'group', 'aria-label': label, viewBox: `0 0 ${WIDTH} ${HEIGHT}`});
  node(svg, 'path', {part: 'land', 'aria-hidden': 'true', d: LAND, transform: `matrix(${scale} 0 0 ${scale} ${x} ${y})`});
  const points = located.map(({p, xy}) => ({p, at: at(xy)}));
  if (homeXY) {
    const [hx, hy] = at(homeXY);
    const d = points.map(({at: [px, py]}) => `M${hx} ${hy}L${px} ${py}`).join('');
    if (d) node(svg, 'path', {part: 'lines', 'aria-hidden': 'true', d});
    node(svg, 'circle', {part: 'home', 'aria-hidden': 'true', cx: hx, cy: hy, r: 6});
  }
  for (const {p, at: [px, py]} of points) {
    // A link to the card is what a marker is: focusable in every browser, activated by Enter.
    const marker = node(svg, 'a', {part: 'marker', href: `#${encodeURIComponent(p.id)}`, 'aria-label': p.name});
    marker.dataset.id = p.id;
    node(marker, 'circle', {class: 'hit', cx: px, cy: py, r: 12});
    node(marker, 'circle', {class: 'dot', cx: px, cy: py, r: 6});
    const text = node(marker, 'text', {'aria-hidden': 'true', x: px > WIDTH - 160 ? px - 12 : px + 12, y: py + 5});
    if (px > WIDTH - 160) text.setAttribute('text-anchor', 'end');
    text.textContent = p.name;
  }
  svg.addEventListener('click', (event) => {
    const marker = (event.target as Element).closest?.('[part~="marker"]');
    if (!(marker instanceof SVGElement) || marker.dataset.id === undefined) return;
    event.preventDefault();
    activate(marker.dataset.id);
  });
  return svg;
}

/** Each root's last map and what it was drawn from. */
const drawn = new WeakMap<ShadowRoot, {key: unknown[]; svg: SVGSVGElement}>();

/**
 * The map of `partners` (those with a location) for one element's shadow root, in
 * the language `tag`, or `undefined` when none is located. Drawn again only when
 * the partners, the town or the language change, so re-rendering the element
 * for anything else keeps the same nodes (and a marker's focus). `label` gives
 * the map's accessible name for a count; `activate` gets a partner id.
 */
export function mapOf(
  root: ShadowRoot,
  partners: readonly Partner[],
  home: LatLon | undefined,
  tag: string,
  label: (count: number) => string,
  activate: (id: string) => void
): SVGSVGElement | undefined {
  const located = partners.filter((p) => p.location);
  if (!located.length) return undefined;
  const key = [home, tag, ...located];
  const last = drawn.get(root);
  if (last && key.length === last.key.length && key.every((k, i) => k === last.key[i])) return last.svg;
  const sheet = mapStyles(root);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const svg = drawMap({
    partners: located.map((p) => ({id: p.id, name: resolveText(p.name, tag).text, ...p.location!})),
    home,
    label: label(located.length),
    activate,
  });
  drawn.set(root, {key, svg});
  return svg;
}

const sheets = new WeakMap<object, CSSStyleSheet>();

/**
 * The map's style sheet for a shadow root, made in that root's window (a sheet made
 * in another window cannot be adopted). A constructed sheet, not a <style>, so a
 * strict Content-Security-Policy does not block it.
 */
export function mapStyles(root: ShadowRoot): CSSStyleSheet {
  const view = root.ownerDocument.defaultView ?? window;
  let sheet = sheets.get(view);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(mapCss);
    sheets.set(view, sheet);
  }
  return sheet;
}
