/**
 * The title of the net-flow `<ck-kpi-tile metric="roll-rates">` (issue #14) in the three languages, loaded with the
 * tile through `addMessages(NET_FLOW_MESSAGES)` (src/views/tile-series.ts).
 */

/** English. */
export const netFlowEn = { tileTitleNetFlow: 'Net flow to loss ({basis})' };

/** The three languages as one pack for `addMessages`. */
export const NET_FLOW_MESSAGES = {
  en: netFlowEn,
  'zh-CN': { tileTitleNetFlow: '催收乘数（按{basis}）' } satisfies Record<keyof typeof netFlowEn, string>,
  'zh-TW': { tileTitleNetFlow: '催收乘數（按{basis}）' } satisfies Record<keyof typeof netFlowEn, string>,
};
