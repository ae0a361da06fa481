/**
 * Definitions of the fair-outcomes metric (issue #16: `outcomes`, 特殊群体) in the three built-in languages,
 * side by side (measure-table.ts), registered by `<ck-outcome-gap>`'s view module. Terse on purpose.
 */
import type { DefinitionPack } from './types.js';
import { definitionPack } from './measure-table.js';

/** The three languages as one pack for `addDefinitions`. */
export const OUTCOMES_DEFINITIONS: DefinitionPack = definitionPack({
  outcomes: {
    keys: ['overdue-rate', 'cure-rate', 'complaint-rate', 'arrangement-rate', 'redefault-3m', 'redefault-6m'],
    text: `
Outcomes by customer segment
特殊群体结果对比
特殊群體結果對比

Overdue rate | overdue ÷ accounts | account-months past due (outside M0) | account-months active
逾期率 | 逾期 ÷ 账户 | 逾期（M0 以外）账户·月 | 在贷账户·月
逾期率 | 逾期 ÷ 帳戶 | 逾期（M0 以外）帳戶·月 | 在貸帳戶·月

Cure rate | cured ÷ entered | of those, in M0 at month end (M1 → M0) | accounts in M1 the month before
回正率 | 回正 ÷ 入催 | 月末回到 M0 的户数（M1 → M0） | 上月末处于 M1 的户数
回正率 | 回正 ÷ 入催 | 月末回到 M0 的戶數（M1 → M0） | 上月末處於 M1 的戶數

Complaint rate | complained ÷ accounts | complaints received | account-months active
投诉率 | 投诉 ÷ 账户 | 收到的投诉 | 在贷账户·月
投訴率 | 投訴 ÷ 帳戶 | 收到的投訴 | 在貸帳戶·月

Arrangement rate | arrangements ÷ overdue | arrangements made | account-months past due
还款安排率 | 安排 ÷ 逾期 | 达成的还款安排 | 逾期账户·月
還款安排率 | 安排 ÷ 逾期 | 達成的還款安排 | 逾期帳戶·月

Re-default within 3 months | redefault3 ÷ arrangements | arrangements missed within 3 months | arrangements made
3 个月内再违约率 | 3 个月再违约 ÷ 安排 | 3 个月内未履约的安排 | 达成的还款安排
3 個月內再違約率 | 3 個月再違約 ÷ 安排 | 3 個月內未履約的安排 | 達成的還款安排

Re-default within 6 months | redefault6 ÷ arrangements | arrangements missed within 6 months | arrangements made
6 个月内再违约率 | 6 个月再违约 ÷ 安排 | 6 个月内未履约的安排 | 达成的还款安排
6 個月內再違約率 | 6 個月再違約 ÷ 安排 | 6 個月內未履約的安排 | 達成的還款安排

Each segment against the reference (default \`other\`): Wilson 95 % intervals for rates, Newcombe for gaps.
各客群与参照组（默认 \`other\`）对比：比率用 Wilson 95% 区间，差距用 Newcombe 区间。
各客群與參照組（預設 \`other\`）對比：比率用 Wilson 95% 區間，差距用 Newcombe 區間。

A gap is flagged only when it stays significant (5 %) after the Holm–Bonferroni adjustment over all gaps compared, on the worse side (FCA FG21/1: outcomes as good as for other customers).
仅当差距经 Holm–Bonferroni 多重比较校正后仍显著（5%）且位于更差一侧时标记（对特殊群体审慎对待）。
僅當差距經 Holm–Bonferroni 多重比較校正後仍顯著（5%）且位於更差一側時標記（對特殊群體審慎對待）。

Per segment, the overdue, cure and complaint counts are those of the overdue, roll-rates and complaints metrics filtered by that segment.
各客群的逾期、回正与投诉计数即按该客群筛选的逾期、迁徙率与投诉指标。
各客群的逾期、回正與投訴計數即按該客群篩選的逾期、遷徙率與投訴指標。

Overdue, complaint and arrangement rates count account-months; their intervals count each account once (counts ÷ months of the range), since one account’s months are not independent.
逾期率、投诉率和还款安排率按账户月计数；其区间每个账户只计一次（计数 ÷ 区间月数），因同一账户各月并不独立。
逾期率、投訴率和還款安排率按帳戶月計數；其區間每個帳戶只計一次（計數 ÷ 區間月數），因同一帳戶各月並不獨立。
`,
  },
});
