import { CkModelMonitor } from './model-monitor.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-model-monitor')) customElements.define('ck-model-monitor', CkModelMonitor);

export { CkModelMonitor };
