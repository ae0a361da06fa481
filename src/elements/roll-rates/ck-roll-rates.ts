import { CkRollRates } from './roll-rates.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-roll-rates')) customElements.define('ck-roll-rates', CkRollRates);

export { CkRollRates };
