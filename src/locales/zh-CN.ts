import { zhCN as definitions } from '../model/definitions/zh-CN.js';
import { addBaseDefinitions } from '../model/definitions.js';
import { addBaseMessages } from '../render/i18n/index.js';
import { zhCN as messages } from '../render/i18n/zh-CN.js';

// Simplified Chinese: the base messages and definitions, loaded when a widget first renders in zh-CN.
addBaseMessages('zh-CN', messages);
addBaseDefinitions('zh-CN', definitions);
