import { CkKpiTile } from './kpi-tile.js';

if (!customElements.get('ck-kpi-tile')) customElements.define('ck-kpi-tile', CkKpiTile);

export { CkKpiTile };
