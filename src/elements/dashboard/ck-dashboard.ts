import { CkDashboard } from './dashboard.js';

if (!customElements.get('ck-dashboard')) customElements.define('ck-dashboard', CkDashboard);

export { CkDashboard };
