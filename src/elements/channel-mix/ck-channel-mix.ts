import { CkChannelMix } from './channel-mix.js';
import { ensureContextRoot } from '../shared/context-root.js';

ensureContextRoot();
if (!customElements.get('ck-channel-mix')) customElements.define('ck-channel-mix', CkChannelMix);

export { CkChannelMix };
