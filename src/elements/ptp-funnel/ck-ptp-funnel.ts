import { CkPtpFunnel } from './ptp-funnel.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-ptp-funnel')) customElements.define('ck-ptp-funnel', CkPtpFunnel);

export { CkPtpFunnel };
