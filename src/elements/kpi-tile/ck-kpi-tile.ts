import { CkKpiTile } from './kpi-tile.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-kpi-tile')) customElements.define('ck-kpi-tile', CkKpiTile);

export { CkKpiTile };
