import type { BaseDefinitionCatalogue } from './types.js';

/** The definitions catalogue in Traditional Chinese: per metric, its name, its rates (formula, numerator, denominator) and notes. */
export const zhTW: BaseDefinitionCatalogue = {
  overdue: {
    name: '逾期率',
    measures: [
      {
        key: 'overdue-rate',
        name: '逾期率',
        formula: '期末所選逾期階段的帳戶數（或餘額）÷ 全部在貸帳戶數（或餘額）',
        numerator: '所選逾期階段的帳戶數或餘額（如 M1+ = M1 至 M7+）',
        denominator: '全部在貸帳戶數或餘額，含正常（M0）',
      },
    ],
    notes: ['按期末逾期天數劃分逾期階段。', '分母低於設定最小值的比率不予顯示（顯示為 –）。'],
  },
  'roll-rates': {
    name: '遷徙率',
    measures: [
      {
        key: 'roll-rate',
        name: '遷徙率 M(n−1) → M(n)',
        formula: 't 期末 M(n) 餘額 ÷ t−1 期末 M(n−1) 餘額',
        numerator: 't−1 期末處於 M(n−1)、t 期末處於 M(n) 的餘額',
        denominator: 't−1 期末處於 M(n−1) 的餘額',
      },
      {
        key: 'transition',
        name: '轉移率 P[i][j]',
        formula: 't−1 期末處於狀態 i 且 t 期末處於狀態 j ÷ t−1 期末處於狀態 i',
        numerator: '由狀態 i 轉入狀態 j 的帳戶數或餘額',
        denominator: '上月末處於狀態 i 的帳戶數或餘額',
      },
      {
        key: 'cure-rate',
        name: '回滾（治癒）率',
        formula: 'P[i][C]：t−1 期末處於狀態 i 且 t 期末恢復正常 ÷ t−1 期末處於狀態 i',
        numerator: '恢復正常（M0）的帳戶數或餘額',
        denominator: '上月末處於狀態 i 的帳戶數或餘額',
      },
    ],
    notes: ['轉移矩陣每列合計為 100%。', '預測採用近期平均轉移矩陣（馬可夫鏈），標註為預測。'],
  },
  vintage: {
    name: '帳齡分析（Vintage）',
    measures: [
      {
        key: 'vintage-rate',
        name: '帳齡 k 月逾期率',
        formula: '放款批次 c 在帳齡 k 月的逾期餘額（逾期天數 ≥ 門檻）÷ 批次 c 放款金額',
        numerator: '批次 c 在帳齡 k 月超過逾期門檻的貸款餘額',
        denominator: '批次 c（放款月份）的放款金額',
      },
    ],
    notes: ['按戶數：逾期帳戶數 ÷ 放款帳戶數。', '每個放款批次一條曲線；較新的批次曲線較短。'],
  },
  recovery: {
    name: '回收率',
    measures: [
      {
        key: 'gross-recovery',
        name: '累計毛回收率',
        formula: '轉銷後 m 個月內累計回收金額 ÷ 該批次轉銷餘額',
        numerator: '轉銷後至第 m 個月的回收金額',
        denominator: '該批次（轉銷月份）的轉銷餘額',
      },
      {
        key: 'net-recovery',
        name: '累計淨回收率',
        formula: '（轉銷後 m 個月內累計回收金額 − 催收費用）÷ 轉銷餘額',
        numerator: '扣除費用後的回收金額',
        denominator: '該批次的轉銷餘額',
      },
    ],
    notes: ['未成熟批次可按成熟批次的鏈梯法發展因子預測（虛線，標註為預測）。'],
  },
  agents: {
    name: '催收員績效',
    measures: [
      {
        key: 'contact-rate',
        name: '接通率',
        formula: '接通數 ÷ 撥打數',
        numerator: '接通的電話數',
        denominator: '撥打的電話數',
      },
      {
        key: 'rpc-rate',
        name: '本人接通率（RPC）',
        formula: '本人接通數 ÷ 撥打數',
        numerator: '由債務人本人接聽的電話數',
        denominator: '撥打的電話數',
      },
      {
        key: 'ptp-rate',
        name: '承諾還款率',
        formula: '承諾還款數 ÷ 本人接通數',
        numerator: '取得的還款承諾數',
        denominator: '本人接通數',
      },
      {
        key: 'kept-rate',
        name: '兌現率',
        formula: '已兌現承諾數 ÷ 到期承諾數',
        numerator: '按期足額還款的承諾數',
        denominator: '本期到期的承諾數',
      },
      {
        key: 'liquidation',
        name: '回款率',
        formula: '回款金額 ÷ 分案金額',
        numerator: '回款金額',
        denominator: '分配給催收員的案件金額',
      },
      {
        key: 'collected-per-hour',
        name: '每小時回款',
        formula: '回款金額 ÷ 登入工時',
        numerator: '回款金額',
        denominator: '登入工時',
      },
    ],
    notes: ['分母低於設定最小值的催收員會被標註且不參與排名。', '姓名可替換為穩定的化名（redact）。'],
  },
  complaints: {
    name: '客訴',
    measures: [
      {
        key: 'per-10k',
        name: '萬戶客訴率',
        formula: '客訴受理量 ÷ 平均在貸帳戶數 × 10,000',
        numerator: '本期受理的客訴數',
        denominator: '本期平均在貸帳戶數',
      },
      {
        key: 'on-time',
        name: '準時結案率',
        formula: '在時限內結案數 ÷ 結案數',
        numerator: '在時限內結案的客訴數',
        denominator: '本期結案的客訴數',
      },
      {
        key: 'upheld',
        name: '客訴成立率',
        formula: '成立（支持客戶）數 ÷ 結案數',
        numerator: '認定客戶訴求成立的客訴數',
        denominator: '本期結案的客訴數',
      },
    ],
    notes: ['結案時限依所設定的規則，如英國 FCA DISP：3 個工作日 / 8 週。'],
  },
  channels: {
    name: '通路效能',
    measures: [
      {
        key: 'contact-rate',
        name: '觸達率',
        formula: '觸達數 ÷ 嘗試數',
        numerator: '觸達客戶的嘗試數',
        denominator: '催收嘗試數（電話、簡訊、外訪、信函…）',
      },
      {
        key: 'yield',
        name: '單次嘗試回款',
        formula: '回款金額 ÷ 嘗試數',
        numerator: '歸因於該通路的回款金額',
        denominator: '催收嘗試數',
      },
      {
        key: 'per-cost',
        name: '單位成本回款',
        formula: '回款金額 ÷ 成本',
        numerator: '歸因於該通路的回款金額',
        denominator: '該通路的成本',
      },
    ],
    notes: ['通路：電話、簡訊、IVR、App、外訪、信函、委外、訴訟。'],
  },
  compliance: {
    name: '合規違規率',
    measures: [
      {
        key: 'breach-rate',
        name: '違規率',
        formula: '違規次數 ÷ 檢查的聯繫次數（按規則）',
        numerator: '違反該規則的聯繫次數',
        denominator: '按該規則檢查的聯繫次數',
      },
    ],
    notes: [
      'GB/T 個人網絡消費信貸 貸後催收風控指引（2025）：22:00–08:00 不得聯繫；每名債務人每日有效通話不超過 3 次（含 AI 語音）；僅在無法聯繫債務人時聯繫第三方，且不得透露債務。',
      '中國銀行業協會（2026）：未經同意不得於 22:00–08:00 催收；每位聯繫人每日未接通撥打不超過 6 次。',
      '美國 Regulation F：同一債務 7 天內撥打超過 7 次；於當地時間 08:00–21:00 以外聯繫。',
    ],
  },
};
