import { CkComplianceMonitor } from './compliance-monitor.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-compliance-monitor')) customElements.define('ck-compliance-monitor', CkComplianceMonitor);

export { CkComplianceMonitor };
