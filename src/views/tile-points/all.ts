// Every tile metric's step, loaded now: for code that draws a tile without a browser (collectkit/svg).
import './overdue.js';
import './recovery.js';
import './complaints.js';
import './agents.js';
import './roll-rates.js';
