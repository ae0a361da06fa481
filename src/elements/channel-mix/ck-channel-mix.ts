import { CkChannelMix } from './channel-mix.js';

if (!customElements.get('ck-channel-mix')) customElements.define('ck-channel-mix', CkChannelMix);

export { CkChannelMix };
