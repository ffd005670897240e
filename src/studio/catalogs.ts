/**
 * The studio's own catalogs (locales/studio/*.xlf), added to the element's and the
 * command-line tool's: the studio shows the element's feed problems and the tool's
 * spreadsheet remarks in their own words, next to its own sentences.
 */
import {addCatalogs} from '../i18n/localization.js';
import '../i18n/tool-catalogs.js';
import * as de from './generated/locales/de.js';
import * as en from './generated/locales/en.js';
import * as it from './generated/locales/it.js';
import * as pl from './generated/locales/pl.js';
import * as pt from './generated/locales/pt.js';

addCatalogs({de, en, it, pl, pt});
