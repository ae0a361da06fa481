/** Registers every collectkit element (side effect). Loaded by `collectkit.min.js`. */
import './elements/source/ck-source.js';
import './elements/overdue-trend/ck-overdue-trend.js';

export {};
