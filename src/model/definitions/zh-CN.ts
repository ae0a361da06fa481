import type { BaseDefinitionCatalogue } from './types.js';

/** The definitions catalogue in Simplified Chinese: per metric, its name, its rates (formula, numerator, denominator) and notes. */
export const zhCN: BaseDefinitionCatalogue = {
  overdue: {
    name: '逾期率',
    measures: [
      {
        key: 'overdue-rate',
        name: '逾期率',
        formula: '期末所选逾期阶段的账户数（或余额）÷ 全部在贷账户数（或余额）',
        numerator: '所选逾期阶段的账户数或余额（如 M1+ = M1 至 M7+）',
        denominator: '全部在贷账户数或余额，含正常（M0）',
      },
    ],
    notes: ['按期末逾期天数划分逾期阶段。', '分母低于设定最小值的比率不予显示（显示为 –）。'],
  },
  'roll-rates': {
    name: '迁徙率',
    measures: [
      {
        key: 'roll-rate',
        name: '迁徙率 M(n−1) → M(n)',
        formula: 't 期末 M(n) 余额 ÷ t−1 期末 M(n−1) 余额',
        numerator: 't−1 期末处于 M(n−1)、t 期末处于 M(n) 的余额',
        denominator: 't−1 期末处于 M(n−1) 的余额',
      },
      {
        key: 'transition',
        name: '转移率 P[i][j]',
        formula: 't−1 期末处于状态 i 且 t 期末处于状态 j ÷ t−1 期末处于状态 i',
        numerator: '由状态 i 转入状态 j 的账户数或余额',
        denominator: '上月末处于状态 i 的账户数或余额',
      },
      {
        key: 'cure-rate',
        name: '回滚（治愈）率',
        formula: 'P[i][C]：t−1 期末处于状态 i 且 t 期末恢复正常 ÷ t−1 期末处于状态 i',
        numerator: '恢复正常（M0）的账户数或余额',
        denominator: '上月末处于状态 i 的账户数或余额',
      },
    ],
    notes: ['转移矩阵每行合计为 100%。', '预测采用近期平均转移矩阵（马尔可夫链），标注为预测。'],
  },
  vintage: {
    name: '账龄分析（Vintage）',
    measures: [
      {
        key: 'vintage-rate',
        name: '账龄 k 月逾期率',
        formula: '放款批次 c 在账龄 k 月的逾期余额（逾期天数 ≥ 阈值）÷ 批次 c 放款金额',
        numerator: '批次 c 在账龄 k 月超过逾期阈值的贷款余额',
        denominator: '批次 c（放款月份）的放款金额',
      },
    ],
    notes: ['按户数：逾期账户数 ÷ 放款账户数。', '每个放款批次一条曲线；较新的批次曲线较短。'],
  },
  recovery: {
    name: '回收率',
    measures: [
      {
        key: 'gross-recovery',
        name: '累计毛回收率',
        formula: '核销后 m 个月内累计回收金额 ÷ 该批次核销余额',
        numerator: '核销后至第 m 个月的回收金额',
        denominator: '该批次（核销月份）的核销余额',
      },
      {
        key: 'net-recovery',
        name: '累计净回收率',
        formula: '（核销后 m 个月内累计回收金额 − 催收费用）÷ 核销余额',
        numerator: '扣除费用后的回收金额',
        denominator: '该批次的核销余额',
      },
    ],
    notes: ['未成熟批次可按成熟批次的链梯法发展因子预测（虚线，标注为预测）。'],
  },
  agents: {
    name: '催收员绩效',
    measures: [
      {
        key: 'contact-rate',
        name: '接通率',
        formula: '接通数 ÷ 拨打数',
        numerator: '接通的电话数',
        denominator: '拨打的电话数',
      },
      {
        key: 'rpc-rate',
        name: '本人接通率（RPC）',
        formula: '本人接通数 ÷ 拨打数',
        numerator: '由债务人本人接听的电话数',
        denominator: '拨打的电话数',
      },
      {
        key: 'ptp-rate',
        name: '承诺还款率',
        formula: '承诺还款数 ÷ 本人接通数',
        numerator: '获得的还款承诺数',
        denominator: '本人接通数',
      },
      {
        key: 'kept-rate',
        name: '兑现率',
        formula: '已兑现承诺数 ÷ 到期承诺数',
        numerator: '按期足额还款的承诺数',
        denominator: '本期到期的承诺数',
      },
      {
        key: 'liquidation',
        name: '回款率',
        formula: '回款金额 ÷ 分案金额',
        numerator: '回款金额',
        denominator: '分配给催收员的案件金额',
      },
      {
        key: 'collected-per-hour',
        name: '小时回款',
        formula: '回款金额 ÷ 登录工时',
        numerator: '回款金额',
        denominator: '登录工时',
      },
    ],
    notes: ['分母低于设定最小值的催收员会被标注且不参与排名。', '姓名可替换为稳定的化名（redact）。'],
  },
  complaints: {
    name: '投诉',
    measures: [
      {
        key: 'per-10k',
        name: '万户投诉率',
        formula: '投诉受理量 ÷ 平均在贷账户数 × 10,000',
        numerator: '本期受理的投诉数',
        denominator: '本期平均在贷账户数',
      },
      {
        key: 'on-time',
        name: '按时办结率',
        formula: '在时限内办结数 ÷ 办结数',
        numerator: '在时限内办结的投诉数',
        denominator: '本期办结的投诉数',
      },
      {
        key: 'upheld',
        name: '投诉成立率',
        formula: '成立（支持客户）数 ÷ 办结数',
        numerator: '认定客户诉求成立的投诉数',
        denominator: '本期办结的投诉数',
      },
    ],
    notes: ['办结时限按所配置的规则，如英国 FCA DISP：3 个工作日 / 8 周。'],
  },
  channels: {
    name: '渠道效能',
    measures: [
      {
        key: 'contact-rate',
        name: '触达率',
        formula: '触达数 ÷ 尝试数',
        numerator: '触达客户的尝试数',
        denominator: '催收尝试数（电话、短信、外访、信函…）',
      },
      {
        key: 'yield',
        name: '单次尝试回款',
        formula: '回款金额 ÷ 尝试数',
        numerator: '归因于该渠道的回款金额',
        denominator: '催收尝试数',
      },
      {
        key: 'per-cost',
        name: '单位成本回款',
        formula: '回款金额 ÷ 成本',
        numerator: '归因于该渠道的回款金额',
        denominator: '该渠道的成本',
      },
    ],
    notes: ['渠道：电话、短信、IVR、App、外访、信函、委外、诉讼。'],
  },
  compliance: {
    name: '合规违规率',
    measures: [
      {
        key: 'breach-rate',
        name: '违规率',
        formula: '违规次数 ÷ 检查的联系次数（按规则）',
        numerator: '违反该规则的联系次数',
        denominator: '按该规则检查的联系次数',
      },
    ],
    notes: [
      'GB/T 个人网络消费信贷 贷后催收风控指引（2025）：22:00–08:00 不得联系；每名债务人每日有效通话不超过 3 次（含 AI 语音）；仅在无法联系债务人时联系第三方，且不得透露债务。',
      '中国银行业协会（2026）：未经同意不得在 22:00–08:00 催收；每个联系人每日未接通呼叫不超过 6 次。',
      '美国 Regulation F：同一债务 7 天内呼叫超过 7 次；在当地时间 08:00–21:00 以外联系。',
    ],
  },
};
