/**
 * Registers `<twin-cities-studio>` (and `<twin-cities>`, which its preview uses).
 * Loaded twice, it keeps working: the second definition is skipped.
 */
import {TwinCitiesStudio} from './studio.js';

export {TwinCitiesStudio};

if (!customElements.get('twin-cities-studio')) {
  try {
    customElements.define('twin-cities-studio', TwinCitiesStudio);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'twin-cities-studio': TwinCitiesStudio;
  }
}
