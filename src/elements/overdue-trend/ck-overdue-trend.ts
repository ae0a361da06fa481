import { CkOverdueTrend } from './overdue-trend.js';

if (!customElements.get('ck-overdue-trend')) customElements.define('ck-overdue-trend', CkOverdueTrend);

export { CkOverdueTrend };
