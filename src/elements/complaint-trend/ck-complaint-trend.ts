import { CkComplaintTrend } from './complaint-trend.js';

if (!customElements.get('ck-complaint-trend')) customElements.define('ck-complaint-trend', CkComplaintTrend);

export { CkComplaintTrend };
