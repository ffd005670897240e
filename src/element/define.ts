/**
 * Registers `<twin-cities>`. A page that loads the script twice (a CMS block
 * pasted on two pages of one layout, a plugin plus a snippet) keeps working:
 * the second definition is skipped instead of throwing.
 */
import {TwinCitiesElement} from './twin-cities.js';

export {TwinCitiesElement};
export type {ErrorDetail, LoadDetail, Problem, ReciprocityDetail} from './twin-cities.js';

if (!customElements.get('twin-cities')) {
  try {
    customElements.define('twin-cities', TwinCitiesElement);
  } catch (error) {
    // Another copy won the race between `get` and `define`.
    if (!(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'twin-cities': TwinCitiesElement;
  }
}
