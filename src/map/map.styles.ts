/**
 * The map's look. It uses the element's own custom properties (--_accent,
 * --_card-bg…, set on :host) so a page's theme and dark mode reach it, and adds
 * two of its own for the sea and the land.
 */
export const mapCss = `
[part~=map]{display:block;width:100%;height:auto;margin:0 0 var(--_gap);border:1px solid var(--_border);border-radius:var(--_radius);background:var(--twin-cities-map-sea,#e8f1f8)}
[part~=land]{fill:var(--twin-cities-map-land,#dde5d6);stroke:var(--_border);stroke-width:.6px;vector-effect:non-scaling-stroke}
@supports (color:light-dark(#000,#fff)){
[part~=map]{background:var(--twin-cities-map-sea,light-dark(#e8f1f8,#0f1b26))}
[part~=land]{fill:var(--twin-cities-map-land,light-dark(#dde5d6,#2a332d))}
}
[part~=lines]{fill:none;stroke:var(--_accent);stroke-opacity:.5;stroke-width:1.5px}
[part~=home]{fill:var(--_card-fg);stroke:var(--_card-bg);stroke-width:2px}
[part~=marker]{cursor:pointer;outline:none}
[part~=marker] .hit{fill:transparent}
[part~=marker] .dot{fill:var(--_accent);stroke:var(--_card-bg);stroke-width:2px}
[part~=marker]:focus-visible .dot,[part~=marker]:hover .dot{stroke:var(--_card-fg);stroke-width:3px}
[part~=marker] text{visibility:hidden;font-size:14px;font-weight:600;fill:var(--_card-fg);stroke:var(--_card-bg);stroke-width:4px;paint-order:stroke;pointer-events:none}
[part~=marker]:hover text,[part~=marker]:focus text{visibility:visible}
`;
