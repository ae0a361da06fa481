import { addLanguageMessages } from '../catalogues.js';
import type { rollRatesEn } from './en.js';

/** Simplified Chinese messages of the matrix, trend and forecast views of `<ck-roll-rates>`; added to the catalogue when this module loads. */
export const rollRatesZhCN: Record<keyof typeof rollRatesEn, string> = {
  rollMatrixTitle: '迁徙矩阵 {period}（按{basis}）',
  rollTrendTitle: '迁徙率趋势（按{basis}）',
  rollForecastTitle: '各阶段余额（未来 {months} 个月预测）',
  rollViewMatrix: '矩阵',
  rollViewTrend: '趋势',
  rollViewForecast: '预测',
  rollFrom: '上月状态',
  rollTo: '本月状态',
  rollCell: '{from} → {to}：{value}（{numerator} / {denominator}）',
  rollMatrixSummary: '{period} 迁徙率热力图：每行为上月末的状态，各列为本月末的状态，每行合计 100%。{cure}',
  rollCure: '{state} 回滚（治愈）率：{value}。',
  rollTrendSummary: '迁徙率 {series} 折线图，{from} 至 {to}。',
  rollForecastSummary:
    '自 {from} 起各阶段余额；以最近 {window} 个月的平均迁徙矩阵预测 {period} 之后 {months} 个月（虚线）。预计核销：{chargedOff}。',
  rollChargedOff: '核销',
};

addLanguageMessages('zh-CN', rollRatesZhCN);
