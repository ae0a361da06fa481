import { CkComplaintTrend } from './complaint-trend.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-complaint-trend')) customElements.define('ck-complaint-trend', CkComplaintTrend);

export { CkComplaintTrend };
