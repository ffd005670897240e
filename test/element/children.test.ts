/**
 * The children() directive that puts the cards in their list: exactly the given
 * nodes, in order, with the least DOM work for the three cases the element meets
 * (the same cards again, "show more", another language).
 */
import {expect} from '@open-wc/testing';
import {html, render} from 'lit';
import {children} from '../../src/element/children.js';

const items = (n: number, from = 0) =>
  Array.from({length: n}, (_, i) => Object.assign(document.createElement('li'), {textContent: `${from + i}`}));

/** Renders `<ul ${children(nodes)}>` into `host` and lists the mutations it caused. */
async function renderList(host: HTMLElement, nodes: readonly Node[]) {
  const ul = host.querySelector('ul');
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  if (ul) observer.observe(ul, {childList: true});
  render(html`<ul ${children(nodes)}></ul>`, host);
  records.push(...observer.takeRecords());
  observer.disconnect();
  return {ul: host.querySelector('ul')!, records};
}

const added = (records: MutationRecord[]) => records.reduce((n, r) => n + r.addedNodes.length, 0);
const removed = (records: MutationRecord[]) => records.reduce((n, r) => n + r.removedNodes.length, 0);

describe('children() directive', () => {
  let host: HTMLElement;
  beforeEach(() => document.body.append((host = document.createElement('div'))));
  afterEach(() => host.remove());

  it('makes the nodes the element\'s only children, in order, with no markers between them', async () => {
    const nodes = items(3);
    const {ul} = await renderList(host, nodes);
    expect([...ul.childNodes]).to.deep.equal(nodes);
  });

  it('leaves the DOM alone when given the same nodes again', async () => {
    const nodes = items(3);
    await renderList(host, nodes);
    const {ul, records} = await renderList(host, [...nodes]);
    expect(records).to.have.length(0);
    expect([...ul.childNodes]).to.deep.equal(nodes);
  });

  it('appends, and only appends, when the list grows at its end', async () => {
    const first = items(3);
    await renderList(host, first);
    const more = [...first, ...items(2, 3)];
    const {ul, records} = await renderList(host, more);
    expect(removed(records)).to.equal(0);
    expect(added(records)).to.equal(2);
    expect([...ul.childNodes]).to.deep.equal(more);
  });

  it('replaces the children when the list changes otherwise', async () => {
    const first = items(3);
    await renderList(host, first);
    for (const next of [items(3, 10), [first[2], first[0]], first.slice(0, 1), []]) {
      const {ul} = await renderList(host, next);
      expect([...ul.childNodes]).to.deep.equal(next);
    }
  });

  it('repairs a list that something else changed in between', async () => {
    const nodes = items(3);
    const {ul} = await renderList(host, nodes);
    ul.append(document.createElement('li'));
    await renderList(host, nodes);
    expect([...ul.childNodes]).to.deep.equal(nodes);
  });

  it('refuses to go anywhere but on an element', () => {
    expect(() => render(html`<p>${children([])}</p>`, host)).to.throw(/on an element/);
  });
});
