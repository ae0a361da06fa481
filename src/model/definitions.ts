import type { BucketDef } from './buckets.js';
import { METRICS, type MetricName } from './metrics.js';

/**
 * The KPI definitions catalogue: for every metric of the contract, what each rate means (formula,
 * numerator, denominator), the bucket edges where buckets matter, and the catalogue version, in
 * English, simplified and traditional Chinese. Widgets show it under their chart and exports carry
 * its version, so a reader knows exactly how each number was computed (DESIGN.md, "KPI definitions").
 *
 * Bucket edges are the kit's defaults; a deployment may configure others (then its own catalogue
 * should be registered with {@link registerDefinitions} under a new version).
 */

/** Version of the built-in definitions catalogue; exported files carry it as `definitionVersion`. */
export const DEFINITIONS_VERSION = '2026.1';

/** Languages with a built-in definitions catalogue. */
export const DEFINITION_LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;

/** One rate of a metric: its name and how it is computed. */
export interface MeasureDefinition {
  /** Stable key, e.g. `contact-rate`. */
  key: string;
  /** Name in the catalogue's language, e.g. "Contact rate (接通率)". */
  name: string;
  /** The formula in words, e.g. "connects ÷ dials". */
  formula: string;
  /** What is counted above the line. */
  numerator: string;
  /** What is counted below the line. */
  denominator: string;
}

/** Definition of one metric in one language. */
export interface MetricDefinition {
  metric: MetricName;
  /** Catalogue version, e.g. `2026.1`. */
  version: string;
  /** Language of the texts (`en`, `zh-CN`, `zh-TW`). */
  locale: string;
  /** Name of the metric, e.g. "Overdue rate" / "逾期率". */
  name: string;
  /** The rates of the metric; the first is the headline rate. */
  measures: readonly MeasureDefinition[];
  /** Bucket edges by days past due, for bucket-based metrics (`overdue`, `roll-rates`). */
  buckets?: readonly BucketDef[];
  /** Further rules: suppression of small denominators, projections, deadlines. */
  notes: readonly string[];
}

/** Default bucket edges (DESIGN.md): M0 current, M1 1–30 … M7+ 181+ days past due. */
export const DEFINITION_BUCKETS: readonly BucketDef[] = Object.freeze([
  { code: 'M0', minDays: 0, maxDays: 0 },
  { code: 'M1', minDays: 1, maxDays: 30 },
  { code: 'M2', minDays: 31, maxDays: 60 },
  { code: 'M3', minDays: 61, maxDays: 90 },
  { code: 'M4', minDays: 91, maxDays: 120 },
  { code: 'M5', minDays: 121, maxDays: 150 },
  { code: 'M6', minDays: 151, maxDays: 180 },
  { code: 'M7+', minDays: 181, maxDays: null },
]);

type M = [key: string, name: string, formula: string, numerator: string, denominator: string];
type Entry = { name: string; measures: M[]; notes: string[] };
type Catalogue = Record<MetricName, Entry>;

const en: Catalogue = {
  overdue: {
    name: 'Overdue rate',
    measures: [
      ['overdue-rate', 'Overdue rate', 'accounts (or balance) in the bucket set ÷ all active accounts (or balance), at period end', 'accounts or outstanding balance in the selected buckets (e.g. M1+ = M1 to M7+)', 'all active accounts or outstanding balance, all buckets including current (M0)'],
    ],
    notes: ['Buckets by days past due at period end.', 'Rates whose denominator is below the configured minimum are suppressed (shown as –).'],
  },
  'roll-rates': {
    name: 'Roll rate (flow rate)',
    measures: [
      ['roll-rate', 'Roll rate M(n−1) → M(n)', 'balance in M(n) at end of t ÷ balance in M(n−1) at end of t−1', 'balance in bucket M(n) at the end of month t that was in M(n−1) at the end of month t−1', 'balance in bucket M(n−1) at the end of month t−1'],
      ['transition', 'Transition rate P[i][j]', 'in state i at t−1 and in state j at t ÷ in state i at t−1', 'accounts or balance moving from state i to state j', 'accounts or balance in state i at the end of the previous month'],
      ['cure-rate', 'Cure rate', 'P[i][C]: in state i at t−1 and current at t ÷ in state i at t−1', 'accounts or balance returning to current (M0)', 'accounts or balance in state i at the end of the previous month'],
    ],
    notes: ['Each row of the transition matrix sums to 100 %.', 'Forecasts apply the average transition matrix of recent months (Markov chain) and are labelled as projection.'],
  },
  vintage: {
    name: 'Vintage delinquency',
    measures: [
      ['vintage-rate', 'Delinquency rate at months on book k', 'delinquent balance (DPD ≥ threshold) of cohort c at MOB k ÷ originated amount of c', 'balance of loans of cohort c that are past the delinquency threshold at months on book k', 'amount originated in cohort c (the origination month)'],
    ],
    notes: ['By count: delinquent accounts ÷ originated accounts.', 'One curve per origination cohort; younger cohorts have shorter curves.'],
  },
  recovery: {
    name: 'Recovery rate',
    measures: [
      ['gross-recovery', 'Cumulative gross recovery rate', 'cumulative recoveries within m months after charge-off ÷ charged-off balance of the cohort', 'amounts recovered from charge-off up to month m', 'balance charged off in the cohort (charge-off month)'],
      ['net-recovery', 'Cumulative net recovery rate', '(cumulative recoveries − collection fees) within m months ÷ charged-off balance', 'amounts recovered less fees up to month m', 'balance charged off in the cohort'],
    ],
    notes: ['Immature cohorts may be projected with chain-ladder development factors from mature cohorts (dashed, labelled as projection).'],
  },
  agents: {
    name: 'Collector performance',
    measures: [
      ['contact-rate', 'Contact rate', 'connects ÷ dials', 'calls answered', 'calls dialled'],
      ['rpc-rate', 'Right-party contact rate', 'right-party contacts ÷ dials', 'calls reaching the debtor in person', 'calls dialled'],
      ['ptp-rate', 'Promise-to-pay rate', 'promises ÷ right-party contacts', 'promises to pay obtained', 'right-party contacts'],
      ['kept-rate', 'Kept-promise rate', 'promises kept ÷ promises due', 'promises paid in full by their date', 'promises falling due in the period'],
      ['liquidation', 'Liquidation rate', 'collected ÷ assigned', 'amount collected', 'amount assigned to the collector'],
      ['collected-per-hour', 'Collected per hour', 'collected ÷ logged hours', 'amount collected', 'hours logged'],
    ],
    notes: ['Collectors whose denominator is below the configured minimum are flagged and not ranked.', 'Names may be replaced by stable pseudonyms (redact).'],
  },
  complaints: {
    name: 'Complaints',
    measures: [
      ['per-10k', 'Complaints per 10,000 accounts', 'received ÷ average active accounts × 10,000', 'complaints received in the period', 'average active accounts in the period'],
      ['on-time', 'Closed on time', 'closed within the deadline ÷ closed', 'complaints closed within the deadline', 'complaints closed in the period'],
      ['upheld', 'Upheld rate', 'upheld ÷ closed', 'complaints decided in the customer\u2019s favour', 'complaints closed in the period'],
    ],
    notes: ['Deadlines follow the configured rule, e.g. UK FCA DISP: 3 business days / 8 weeks.'],
  },
  channels: {
    name: 'Channel effectiveness',
    measures: [
      ['contact-rate', 'Contact rate', 'contacts ÷ attempts', 'attempts that reached the customer', 'contact attempts (calls, SMS, visits, letters…)'],
      ['yield', 'Collected per attempt', 'collected ÷ attempts', 'amount collected attributed to the channel', 'contact attempts'],
      ['per-cost', 'Collected per unit cost', 'collected ÷ cost', 'amount collected attributed to the channel', 'cost of the channel'],
    ],
    notes: ['Channels: phone, SMS, IVR, app, field visit, letter, agency, legal.'],
  },
  compliance: {
    name: 'Contact-rule breach rate',
    measures: [['breach-rate', 'Breach rate', 'breaches ÷ checked contacts, per rule', 'contacts breaking the rule', 'contacts checked against the rule']],
    notes: [
      'China Banking Association (2026): no collection 22:00–08:00 without consent; at most 6 unanswered calls per contact per day.',
      'US Regulation F: more than 7 calls in 7 days per debt; contact outside 08:00–21:00 local time.',
    ],
  },
};

const zhCN: Catalogue = {
  overdue: {
    name: '逾期率',
    measures: [['overdue-rate', '逾期率', '期末所选逾期阶段的账户数（或余额）÷ 全部在贷账户数（或余额）', '所选逾期阶段的账户数或余额（如 M1+ = M1 至 M7+）', '全部在贷账户数或余额，含正常（M0）']],
    notes: ['按期末逾期天数划分逾期阶段。', '分母低于设定最小值的比率不予显示（显示为 –）。'],
  },
  'roll-rates': {
    name: '迁徙率',
    measures: [
      ['roll-rate', '迁徙率 M(n−1) → M(n)', 't 期末 M(n) 余额 ÷ t−1 期末 M(n−1) 余额', 't−1 期末处于 M(n−1)、t 期末处于 M(n) 的余额', 't−1 期末处于 M(n−1) 的余额'],
      ['transition', '转移率 P[i][j]', 't−1 期末处于状态 i 且 t 期末处于状态 j ÷ t−1 期末处于状态 i', '由状态 i 转入状态 j 的账户数或余额', '上月末处于状态 i 的账户数或余额'],
      ['cure-rate', '回滚（治愈）率', 'P[i][C]：t−1 期末处于状态 i 且 t 期末恢复正常 ÷ t−1 期末处于状态 i', '恢复正常（M0）的账户数或余额', '上月末处于状态 i 的账户数或余额'],
    ],
    notes: ['转移矩阵每行合计为 100%。', '预测采用近期平均转移矩阵（马尔可夫链），标注为预测。'],
  },
  vintage: {
    name: '账龄分析（Vintage）',
    measures: [['vintage-rate', '账龄 k 月逾期率', '放款批次 c 在账龄 k 月的逾期余额（逾期天数 ≥ 阈值）÷ 批次 c 放款金额', '批次 c 在账龄 k 月超过逾期阈值的贷款余额', '批次 c（放款月份）的放款金额']],
    notes: ['按户数：逾期账户数 ÷ 放款账户数。', '每个放款批次一条曲线；较新的批次曲线较短。'],
  },
  recovery: {
    name: '回收率',
    measures: [
      ['gross-recovery', '累计毛回收率', '核销后 m 个月内累计回收金额 ÷ 该批次核销余额', '核销后至第 m 个月的回收金额', '该批次（核销月份）的核销余额'],
      ['net-recovery', '累计净回收率', '（核销后 m 个月内累计回收金额 − 催收费用）÷ 核销余额', '扣除费用后的回收金额', '该批次的核销余额'],
    ],
    notes: ['未成熟批次可按成熟批次的链梯法发展因子预测（虚线，标注为预测）。'],
  },
  agents: {
    name: '催收员绩效',
    measures: [
      ['contact-rate', '接通率', '接通数 ÷ 拨打数', '接通的电话数', '拨打的电话数'],
      ['rpc-rate', '本人接通率（RPC）', '本人接通数 ÷ 拨打数', '由债务人本人接听的电话数', '拨打的电话数'],
      ['ptp-rate', '承诺还款率', '承诺还款数 ÷ 本人接通数', '获得的还款承诺数', '本人接通数'],
      ['kept-rate', '兑现率', '已兑现承诺数 ÷ 到期承诺数', '按期足额还款的承诺数', '本期到期的承诺数'],
      ['liquidation', '回款率', '回款金额 ÷ 分案金额', '回款金额', '分配给催收员的案件金额'],
      ['collected-per-hour', '小时回款', '回款金额 ÷ 登录工时', '回款金额', '登录工时'],
    ],
    notes: ['分母低于设定最小值的催收员会被标注且不参与排名。', '姓名可替换为稳定的化名（redact）。'],
  },
  complaints: {
    name: '投诉',
    measures: [
      ['per-10k', '万户投诉率', '投诉受理量 ÷ 平均在贷账户数 × 10,000', '本期受理的投诉数', '本期平均在贷账户数'],
      ['on-time', '按时办结率', '在时限内办结数 ÷ 办结数', '在时限内办结的投诉数', '本期办结的投诉数'],
      ['upheld', '投诉成立率', '成立（支持客户）数 ÷ 办结数', '认定客户诉求成立的投诉数', '本期办结的投诉数'],
    ],
    notes: ['办结时限按所配置的规则，如英国 FCA DISP：3 个工作日 / 8 周。'],
  },
  channels: {
    name: '渠道效能',
    measures: [
      ['contact-rate', '触达率', '触达数 ÷ 尝试数', '触达客户的尝试数', '催收尝试数（电话、短信、外访、信函…）'],
      ['yield', '单次尝试回款', '回款金额 ÷ 尝试数', '归因于该渠道的回款金额', '催收尝试数'],
      ['per-cost', '单位成本回款', '回款金额 ÷ 成本', '归因于该渠道的回款金额', '该渠道的成本'],
    ],
    notes: ['渠道：电话、短信、IVR、App、外访、信函、委外、诉讼。'],
  },
  compliance: {
    name: '合规违规率',
    measures: [['breach-rate', '违规率', '违规次数 ÷ 检查的联系次数（按规则）', '违反该规则的联系次数', '按该规则检查的联系次数']],
    notes: [
      '中国银行业协会（2026）：未经同意不得在 22:00–08:00 催收；每个联系人每日未接通呼叫不超过 6 次。',
      '美国 Regulation F：同一债务 7 天内呼叫超过 7 次；在当地时间 08:00–21:00 以外联系。',
    ],
  },
};

const zhTW: Catalogue = {
  overdue: {
    name: '逾期率',
    measures: [['overdue-rate', '逾期率', '期末所選逾期階段的帳戶數（或餘額）÷ 全部在貸帳戶數（或餘額）', '所選逾期階段的帳戶數或餘額（如 M1+ = M1 至 M7+）', '全部在貸帳戶數或餘額，含正常（M0）']],
    notes: ['按期末逾期天數劃分逾期階段。', '分母低於設定最小值的比率不予顯示（顯示為 –）。'],
  },
  'roll-rates': {
    name: '遷徙率',
    measures: [
      ['roll-rate', '遷徙率 M(n−1) → M(n)', 't 期末 M(n) 餘額 ÷ t−1 期末 M(n−1) 餘額', 't−1 期末處於 M(n−1)、t 期末處於 M(n) 的餘額', 't−1 期末處於 M(n−1) 的餘額'],
      ['transition', '轉移率 P[i][j]', 't−1 期末處於狀態 i 且 t 期末處於狀態 j ÷ t−1 期末處於狀態 i', '由狀態 i 轉入狀態 j 的帳戶數或餘額', '上月末處於狀態 i 的帳戶數或餘額'],
      ['cure-rate', '回滾（治癒）率', 'P[i][C]：t−1 期末處於狀態 i 且 t 期末恢復正常 ÷ t−1 期末處於狀態 i', '恢復正常（M0）的帳戶數或餘額', '上月末處於狀態 i 的帳戶數或餘額'],
    ],
    notes: ['轉移矩陣每列合計為 100%。', '預測採用近期平均轉移矩陣（馬可夫鏈），標註為預測。'],
  },
  vintage: {
    name: '帳齡分析（Vintage）',
    measures: [['vintage-rate', '帳齡 k 月逾期率', '放款批次 c 在帳齡 k 月的逾期餘額（逾期天數 ≥ 門檻）÷ 批次 c 放款金額', '批次 c 在帳齡 k 月超過逾期門檻的貸款餘額', '批次 c（放款月份）的放款金額']],
    notes: ['按戶數：逾期帳戶數 ÷ 放款帳戶數。', '每個放款批次一條曲線；較新的批次曲線較短。'],
  },
  recovery: {
    name: '回收率',
    measures: [
      ['gross-recovery', '累計毛回收率', '轉銷後 m 個月內累計回收金額 ÷ 該批次轉銷餘額', '轉銷後至第 m 個月的回收金額', '該批次（轉銷月份）的轉銷餘額'],
      ['net-recovery', '累計淨回收率', '（轉銷後 m 個月內累計回收金額 − 催收費用）÷ 轉銷餘額', '扣除費用後的回收金額', '該批次的轉銷餘額'],
    ],
    notes: ['未成熟批次可按成熟批次的鏈梯法發展因子預測（虛線，標註為預測）。'],
  },
  agents: {
    name: '催收員績效',
    measures: [
      ['contact-rate', '接通率', '接通數 ÷ 撥打數', '接通的電話數', '撥打的電話數'],
      ['rpc-rate', '本人接通率（RPC）', '本人接通數 ÷ 撥打數', '由債務人本人接聽的電話數', '撥打的電話數'],
      ['ptp-rate', '承諾還款率', '承諾還款數 ÷ 本人接通數', '取得的還款承諾數', '本人接通數'],
      ['kept-rate', '兌現率', '已兌現承諾數 ÷ 到期承諾數', '按期足額還款的承諾數', '本期到期的承諾數'],
      ['liquidation', '回款率', '回款金額 ÷ 分案金額', '回款金額', '分配給催收員的案件金額'],
      ['collected-per-hour', '每小時回款', '回款金額 ÷ 登入工時', '回款金額', '登入工時'],
    ],
    notes: ['分母低於設定最小值的催收員會被標註且不參與排名。', '姓名可替換為穩定的化名（redact）。'],
  },
  complaints: {
    name: '客訴',
    measures: [
      ['per-10k', '萬戶客訴率', '客訴受理量 ÷ 平均在貸帳戶數 × 10,000', '本期受理的客訴數', '本期平均在貸帳戶數'],
      ['on-time', '準時結案率', '在時限內結案數 ÷ 結案數', '在時限內結案的客訴數', '本期結案的客訴數'],
      ['upheld', '客訴成立率', '成立（支持客戶）數 ÷ 結案數', '認定客戶訴求成立的客訴數', '本期結案的客訴數'],
    ],
    notes: ['結案時限依所設定的規則，如英國 FCA DISP：3 個工作日 / 8 週。'],
  },
  channels: {
    name: '通路效能',
    measures: [
      ['contact-rate', '觸達率', '觸達數 ÷ 嘗試數', '觸達客戶的嘗試數', '催收嘗試數（電話、簡訊、外訪、信函…）'],
      ['yield', '單次嘗試回款', '回款金額 ÷ 嘗試數', '歸因於該通路的回款金額', '催收嘗試數'],
      ['per-cost', '單位成本回款', '回款金額 ÷ 成本', '歸因於該通路的回款金額', '該通路的成本'],
    ],
    notes: ['通路：電話、簡訊、IVR、App、外訪、信函、委外、訴訟。'],
  },
  compliance: {
    name: '合規違規率',
    measures: [['breach-rate', '違規率', '違規次數 ÷ 檢查的聯繫次數（按規則）', '違反該規則的聯繫次數', '按該規則檢查的聯繫次數']],
    notes: [
      '中國銀行業協會（2026）：未經同意不得於 22:00–08:00 催收；每位聯繫人每日未接通撥打不超過 6 次。',
      '美國 Regulation F：同一債務 7 天內撥打超過 7 次；於當地時間 08:00–21:00 以外聯繫。',
    ],
  },
};

const catalogues: Record<string, { version: string; entries: Catalogue }> = {
  en: { version: DEFINITIONS_VERSION, entries: en },
  'zh-CN': { version: DEFINITIONS_VERSION, entries: zhCN },
  'zh-TW': { version: DEFINITIONS_VERSION, entries: zhTW },
};

const BUCKET_METRICS: ReadonlySet<MetricName> = new Set(['overdue', 'roll-rates']);

/**
 * Adds or replaces the definitions of a language (or a company's own definitions under a new
 * `version`); metrics missing from `entries` fall back to the English built-ins.
 */
export function registerDefinitions(
  locale: string,
  version: string,
  entries: Partial<Record<MetricName, { name: string; measures: readonly MeasureDefinition[]; notes?: readonly string[] }>>,
): void {
  const merged = { ...(catalogues[locale]?.entries ?? en) } as Catalogue;
  for (const metric of METRICS) {
    const e = entries[metric];
    if (e) merged[metric] = { name: e.name, measures: e.measures.map((m) => [m.key, m.name, m.formula, m.numerator, m.denominator]), notes: [...(e.notes ?? [])] };
  }
  catalogues[locale] = { version, entries: merged };
}

/**
 * The definition of `metric` in catalogue locale `locale` (`en`, `zh-CN`, `zh-TW` or a registered
 * one; unknown locales fall back to English).
 * @example metricDefinition('overdue', 'zh-CN').measures[0].formula // '期末所选逾期阶段的账户数（或余额）÷ …'
 */
export function metricDefinition(metric: MetricName, locale = 'en'): MetricDefinition {
  const cat = catalogues[locale] ?? catalogues.en!;
  const entry = cat.entries[metric];
  const def: MetricDefinition = {
    metric,
    version: cat.version,
    locale: catalogues[locale] ? locale : 'en',
    name: entry.name,
    measures: entry.measures.map(([key, name, formula, numerator, denominator]) => ({ key, name, formula, numerator, denominator })),
    notes: entry.notes,
  };
  if (BUCKET_METRICS.has(metric)) def.buckets = DEFINITION_BUCKETS;
  return def;
}

/** Bucket edges as one line of text: "M0 0, M1 1–30, …, M7+ 181+ days past due" / "M0 0天，M1 1–30天 …". */
export function bucketEdgesText(buckets: readonly BucketDef[], locale = 'en'): string {
  const zh = locale.startsWith('zh');
  const parts = buckets.map((b) => {
    const days = b.maxDays === null ? `${b.minDays}+` : b.maxDays === b.minDays ? `${b.minDays}` : `${b.minDays}–${b.maxDays}`;
    return zh ? `${b.code} ${days}天` : `${b.code} ${days}`;
  });
  if (zh) return `${locale === 'zh-TW' ? '逾期天數' : '逾期天数'}：${parts.join('，')}`;
  return `${parts.join(', ')} days past due`;
}

/** A definition as plain text lines (name, each measure's formula, bucket edges, notes), e.g. for CSV headers and SVG footnotes. */
export function definitionLines(def: MetricDefinition): string[] {
  const zh = def.locale.startsWith('zh');
  const sep = zh ? '：' : ': ';
  const lines = def.measures.map((m) => `${m.name}${sep}${m.formula}`);
  if (def.buckets) lines.push(bucketEdgesText(def.buckets, def.locale));
  return lines;
}
