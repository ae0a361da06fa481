import { CkRollRates } from './roll-rates.js';

if (!customElements.get('ck-roll-rates')) customElements.define('ck-roll-rates', CkRollRates);

export { CkRollRates };
