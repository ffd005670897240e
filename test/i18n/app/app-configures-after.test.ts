/**
 * A Lit app that imports twin-cities, then configures @lit/localize (module
 * state is per page, hence one file per order).
 */
import '../../../src/index.js';
import {startApp, checkBothSpeakTheirOwnLanguage} from './app.js';

describe('an app that configures @lit/localize after importing twin-cities', () => {
  it('keeps its own messages and twin-cities its own, with no error', async () => {
    await startApp();
    await checkBothSpeakTheirOwnLanguage();
  });
});
