import { CkAgencyScorecard } from './agency-scorecard.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-agency-scorecard')) customElements.define('ck-agency-scorecard', CkAgencyScorecard);

export { CkAgencyScorecard };
