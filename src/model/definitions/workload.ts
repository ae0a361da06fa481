/**
 * Definition of the `workload` metric (issue #14, 案件负荷) in the three languages, loaded with
 * `<ck-workload>` through `addDefinitions(WORKLOAD_DEFINITIONS)`.
 */
import type { DefinitionEntry, DefinitionPack } from './types.js';
import { definitionPack } from './pack.js';

/** English entry of the workload metric. */
export const workloadEn: DefinitionEntry = {
  name: 'Workload',
  measures: [
    {
      key: 'cases-per-agent',
      name: 'Cases per agent',
      formula: 'cases in inventory ÷ agents (FTE)',
      numerator: "cases assigned to the team's collectors",
      denominator: 'full-time equivalents: logged hours ÷ 168 per month',
    },
    {
      key: 'coverage',
      name: 'Coverage',
      formula: 'cases dialled ÷ cases in inventory',
      numerator: 'cases attempted at least once in the period',
      denominator: 'cases in inventory',
    },
    {
      key: 'penetration',
      name: 'Penetration',
      formula: 'attempts ÷ cases in inventory',
      numerator: "collectors' attempts (dials; visits for field teams)",
      denominator: 'cases in inventory',
    },
  ],
  notes: [
    "Inflow: cases entering the team's stage from an earlier state (early stage: current → M1, the roll-rate entries into M1). Outflow = cured (to current or closed) + rolled on (to a later stage) + charged off.",
    'Counts are summed over the months of a period (case-months, FTE-months), so each ratio is a ratio of sums for any interval.',
    'Projection: inventory rolled forward with projected inflow and the observed outflow rate, against capacity = agents × target cases per agent; inventory above capacity is flagged as a shortfall.',
  ],
};

/** Simplified Chinese entry of the workload metric. */
export const workloadZhCN: DefinitionEntry = {
  name: '案件负荷',
  measures: [
    {
      key: 'cases-per-agent',
      name: '人均案件数',
      formula: '在催案件数 ÷ 人力（FTE）',
      numerator: '分配给该组催收员的案件数',
      denominator: '全职当量：每月登录工时 ÷ 168',
    },
    {
      key: 'coverage',
      name: '覆盖率',
      formula: '已拨打案件数 ÷ 在催案件数',
      numerator: '期内至少拨打一次的案件数',
      denominator: '在催案件数',
    },
    {
      key: 'penetration',
      name: '渗透率',
      formula: '拨打次数 ÷ 在催案件数',
      numerator: '催收员拨打次数（外访组为外访次数）',
      denominator: '在催案件数',
    },
  ],
  notes: [
    '入催：从更早状态转入该组阶段的案件（早期：正常 → M1，即迁徙矩阵进入 M1 的案件）。出催 = 回正（回到正常或结清）+ 迁徙至下一阶段 + 核销。',
    '各计数按期内各月加总（案件月、FTE 月），因此任何周期的比率均为加总之比。',
    '预测：以预计入催和历史出催率向前滚动在催案件，与产能（人力 × 人均目标案件数）比较；超出产能的部分标为缺口。',
  ],
};

/** Traditional Chinese entry of the workload metric. */
export const workloadZhTW: DefinitionEntry = {
  name: '案件負荷',
  measures: [
    {
      key: 'cases-per-agent',
      name: '人均案件數',
      formula: '在催案件數 ÷ 人力（FTE）',
      numerator: '分配給該組催收員的案件數',
      denominator: '全職當量：每月登入工時 ÷ 168',
    },
    {
      key: 'coverage',
      name: '覆蓋率',
      formula: '已撥打案件數 ÷ 在催案件數',
      numerator: '期內至少撥打一次的案件數',
      denominator: '在催案件數',
    },
    {
      key: 'penetration',
      name: '滲透率',
      formula: '撥打次數 ÷ 在催案件數',
      numerator: '催收員撥打次數（外訪組為外訪次數）',
      denominator: '在催案件數',
    },
  ],
  notes: [
    '入催：從更早狀態轉入該組階段的案件（早期：正常 → M1，即遷徙矩陣進入 M1 的案件）。出催 = 回正（回到正常或結清）+ 遷徙至下一階段 + 核銷。',
    '各計數按期內各月加總（案件月、FTE 月），因此任何週期的比率均為加總之比。',
    '預測：以預計入催和歷史出催率向前滾動在催案件，與產能（人力 × 人均目標案件數）比較；超出產能的部分標為缺口。',
  ],
};

/** The three languages as one pack for `addDefinitions`. */
export const WORKLOAD_DEFINITIONS: DefinitionPack = definitionPack('workload', workloadEn, workloadZhCN, workloadZhTW);
