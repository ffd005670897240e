/**
 * `<ul ${children(nodes)}>`: an element whose children are exactly `nodes`, in
 * order. Lit renders an array as one part per item, each between two comment
 * markers, and moves or removes the items one by one; for a thousand cards that is
 * two thousand more nodes (and about 8% more heap). Here the same list
 * costs nothing, a longer one with the same start ("show more") appends the new
 * nodes, and any other list replaces the children in one call.
 */
import {noChange} from 'lit';
import {Directive, directive, PartType, type ElementPart, type PartInfo} from 'lit/directive.js';

class ChildrenDirective extends Directive {
  #nodes: readonly Node[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('children() goes on an element: <ul ${children(…)}>');
  }

  /** What the directive takes; `update` does the work, on the element itself. */
  render(_nodes: readonly Node[]) {
    return noChange;
  }

  override update({element}: ElementPart, [nodes]: [readonly Node[]]) {
    const old = this.#nodes;
    const kept = old.length <= nodes.length && old.every((node, i) => node === nodes[i]);
    if (kept && element.childNodes.length === old.length) {
      if (nodes.length > old.length) element.append(...nodes.slice(old.length));
    } else {
      element.replaceChildren(...nodes);
    }
    this.#nodes = nodes;
    return noChange;
  }
}

export const children = directive(ChildrenDirective);
