/**
 * The feed's `city.location`: where the town itself is, which the map draws with a
 * line to each partner. Read as a partner's location is, and dropped (with a
 * problem at `city.location`) when wrong; the partners are not affected.
 */
import {expect} from '@open-wc/testing';
import {bagnolet, ok, sesto} from './feed-helpers.js';

const withCity = (city: unknown) => ({version: 1, city, partners: [sesto()]});

describe('parseFeed: city.location', () => {
  it('keeps the town’s location, as Bagnolet’s feed gives it', () => {
    const {feed, problems} = ok(bagnolet);
    expect(problems).to.deep.equal([]);
    expect(feed.city!.location).to.deep.equal({lat: 48.8692, lon: 2.4169});
  });

  it('drops a location out of range or incomplete, with a problem, and keeps the rest of the city', () => {
    for (const location of [{lat: 91, lon: 2}, {lat: 48.8}, 'Bagnolet', [48.8, 2.4]]) {
      const {feed, problems} = ok(withCity({name: 'Bagnolet', country: 'FR', location}));
      expect(feed.city).to.deep.equal({name: 'Bagnolet', country: 'FR'});
      expect(problems.map((p) => [p.path, p.code])).to.deep.equal([['city.location', 'location']]);
      expect(feed.partners).to.have.length(1);
    }
  });

  it('treats a null or absent location as none', () => {
    expect(ok(withCity({name: 'Bagnolet', location: null})).feed.city).to.deep.equal({name: 'Bagnolet'});
    expect(ok(withCity({name: 'Bagnolet'})).problems).to.deep.equal([]);
  });
});
