// Every built-in language, loaded now: for code that translates without a browser (the SVG renderer, the
// server, the one-file bundle) and cannot wait for a language to arrive.
import './en.js';
import './zh-CN.js';
import './zh-TW.js';
