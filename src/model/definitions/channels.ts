import type { DefinitionPack } from './types.js';

/** The `channels` metric's definitions in the three built-in languages, registered by the modules that show it. */
export const CHANNELS_DEFINITIONS: DefinitionPack = {
  en: {
    channels: {
      name: 'Channel effectiveness',
      measures: [
        {
          key: 'contact-rate',
          name: 'Contact rate',
          formula: 'contacts ÷ attempts',
          numerator: 'attempts that reached the customer',
          denominator: 'contact attempts (calls, SMS, visits, letters…)',
        },
        {
          key: 'yield',
          name: 'Collected per attempt',
          formula: 'collected ÷ attempts',
          numerator: 'amount collected attributed to the channel',
          denominator: 'contact attempts',
        },
        {
          key: 'per-cost',
          name: 'Collected per unit cost',
          formula: 'collected ÷ cost',
          numerator: 'amount collected attributed to the channel',
          denominator: 'cost of the channel',
        },
      ],
      notes: ['Channels: phone, SMS, IVR, app, field visit, letter, agency, legal.'],
    },
  },
  'zh-CN': {
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
  },
  'zh-TW': {
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
  },
};
