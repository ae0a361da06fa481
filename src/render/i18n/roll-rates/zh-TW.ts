import { addLanguageMessages } from '../catalogues.js';
import type { rollRatesEn } from './en.js';

/** Traditional Chinese messages of the matrix, trend and forecast views of `<ck-roll-rates>`; added to the catalogue when this module loads. */
export const rollRatesZhTW: Record<keyof typeof rollRatesEn, string> = {
  rollMatrixTitle: '遷徙矩陣 {period}（按{basis}）',
  rollTrendTitle: '遷徙率趨勢（按{basis}）',
  rollForecastTitle: '各階段餘額（未來 {months} 個月預測）',
  rollViewMatrix: '矩陣',
  rollViewTrend: '趨勢',
  rollViewForecast: '預測',
  rollFrom: '上月狀態',
  rollTo: '本月狀態',
  rollCell: '{from} → {to}：{value}（{numerator} / {denominator}）',
  rollMatrixSummary: '{period} 遷徙率熱力圖：每列為上月末的狀態，各欄為本月末的狀態，每列合計 100%。{cure}',
  rollCure: '{state} 回滾（治癒）率：{value}。',
  rollTrendSummary: '遷徙率 {series} 折線圖，{from} 至 {to}。',
  rollForecastSummary:
    '自 {from} 起各階段餘額；以最近 {window} 個月的平均遷徙矩陣預測 {period} 之後 {months} 個月（虛線）。預計核銷：{chargedOff}。',
  rollChargedOff: '核銷',
};

addLanguageMessages('zh-TW', rollRatesZhTW);
