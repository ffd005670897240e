import {expect} from '@open-wc/testing';

/** Loads a page in an iframe and waits for its <twin-cities> to finish loading. */
async function open(url: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  document.body.append(frame);
  const loaded = new Promise<{el: HTMLElement; detail: {partners: number}}>((resolve) => {
    frame.addEventListener('load', () => {
      const el = frame.contentDocument!.querySelector('twin-cities') as HTMLElement;
      el.addEventListener('load', (e) => resolve({el, detail: (e as CustomEvent).detail}));
    });
  });
  frame.src = url;
  return {frame, ...(await loaded)};
}

describe('a CMS-like page', () => {
  it('resolves src against <base href>, renders in a table, and keeps its look against global CSS', async () => {
    const {frame, el, detail} = await open('/test/pages/cms.html');
    expect(detail.partners).to.equal(6);
    const root = el.shadowRoot!;
    const cards = root.querySelectorAll('[part="card"]');
    expect(cards).to.have.length(4);
    const view = frame.contentWindow!;
    const heading = root.querySelector('[part="name"]')!;
    expect(heading.tagName).to.equal('H3');
    expect(view.getComputedStyle(heading).display).to.not.equal('none');
    expect(heading.getBoundingClientRect().height).to.be.greaterThan(0);
    const more = root.querySelector('[part="more"]')!;
    expect(view.getComputedStyle(more).display).to.not.equal('none');
    const link = root.querySelector('a[part="link"]') as HTMLAnchorElement;
    expect(link.textContent!.trim()).to.equal('Weiterlesen');
    expect(view.getComputedStyle(link).color).to.not.equal('rgb(255, 0, 0)');
    frame.remove();
  });
});
