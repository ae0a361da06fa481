import { CkComplianceMonitor } from './compliance-monitor.js';

if (!customElements.get('ck-compliance-monitor')) customElements.define('ck-compliance-monitor', CkComplianceMonitor);

export { CkComplianceMonitor };
