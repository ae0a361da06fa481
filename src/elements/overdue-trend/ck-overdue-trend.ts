import { CkOverdueTrend } from './overdue-trend.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-overdue-trend')) customElements.define('ck-overdue-trend', CkOverdueTrend);

export { CkOverdueTrend };
