import { CkDashboard } from './dashboard.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-dashboard')) customElements.define('ck-dashboard', CkDashboard);

export { CkDashboard };
