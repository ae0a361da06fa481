import { en as definitions } from '../model/definitions/en.js';
import { addBaseDefinitions } from '../model/definitions.js';
import { addBaseMessages } from '../render/i18n/index.js';
import { en as messages } from '../render/i18n/en.js';

// English: the base messages and definitions, loaded when a widget first renders in English (or in a
// language a page registered, which falls back to English).
addBaseMessages('en', messages);
addBaseDefinitions('en', definitions);
