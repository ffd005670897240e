/**
 * A Lit app that configures @lit/localize, then imports twin-cities (module
 * state is per page, hence one file per order).
 */
import {startApp, checkBothSpeakTheirOwnLanguage} from './app.js';

describe('an app that configures @lit/localize before importing twin-cities', () => {
  it('keeps its own messages and twin-cities its own, with no error', async () => {
    await startApp();
    await import('../../../src/index.js');
    await checkBothSpeakTheirOwnLanguage();
  });
});
