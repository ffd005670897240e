/**
 * A Lit app that configures @lit/localize in reentrant mode, then imports
 * twin-cities (module state is per page, hence its own file).
 */
import {startReentrantApp, checkBothSpeakTheirOwnLanguage} from './app.js';

describe('an app that configures reentrant @lit/localize before importing twin-cities', () => {
  it('keeps its own messages and twin-cities its own, with no error', async () => {
    startReentrantApp();
    await import('../../../src/index.js');
    await checkBothSpeakTheirOwnLanguage();
  });
});
