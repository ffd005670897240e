/**
 * The command-line tool's own catalogs (locales/cli/*.xlf), added to the
 * element's, so that `msg()` answers both the tool's sentences and the shared
 * feed-problem ones. Imported once, by main.ts.
 */
import {addCatalogs} from '../localization.js';
import * as de from './generated/locales/de.js';
import * as en from './generated/locales/en.js';
import * as it from './generated/locales/it.js';
import * as pl from './generated/locales/pl.js';
import * as pt from './generated/locales/pt.js';

addCatalogs({de, en, it, pl, pt});
