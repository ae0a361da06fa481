import { netFlow } from '../../kpi/net-flow.js';
import { addDefinitions, addMeasures } from '../../model/definitions.js';
import { ROLL_RATES_DEFINITIONS } from '../../model/definitions/roll-rates.js';
import { NET_FLOW_DEFINITIONS } from '../../model/definitions/net-flow.js';
import type { RollRateRow } from '../../model/rows.js';
import { addMessages } from '../../render/i18n/index.js';
import { NET_FLOW_MESSAGES } from '../../render/i18n/net-flow.js';
import { registerTilePoints, type TilePointsFn } from '../tile-point-steps.js';

// The net-flow tile's title and definition (roll-rates' with the net flow measure) come with this step, not
// with every tile.
addMessages(NET_FLOW_MESSAGES);
addDefinitions(ROLL_RATES_DEFINITIONS);
addMeasures(NET_FLOW_DEFINITIONS);

/**
 * `roll-rates`: the net flow to loss 催收乘数 per period on the tile's basis. A product of rates has no single
 * numerator or denominator (NaN: shown as –).
 */
export const rollRatesPoints: TilePointsFn = (response, o) => ({
  kind: 'rate',
  list: netFlow(response.rows as RollRateRow[], o.basis).map((p) => ({ ...p, numerator: NaN, denominator: NaN })),
});

registerTilePoints('roll-rates', rollRatesPoints);
