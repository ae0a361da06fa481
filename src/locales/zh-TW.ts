import { zhTW as definitions } from '../model/definitions/zh-TW.js';
import { addBaseDefinitions } from '../model/definitions.js';
import { addBaseMessages } from '../render/i18n/index.js';
import { zhTW as messages } from '../render/i18n/zh-TW.js';

// Traditional Chinese: the base messages and definitions, loaded when a widget first renders in zh-TW.
addBaseMessages('zh-TW', messages);
addBaseDefinitions('zh-TW', definitions);
