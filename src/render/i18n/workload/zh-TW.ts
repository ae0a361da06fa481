import { addLanguageMessages } from '../catalogues.js';
import type { workloadEn } from './en.js';

/** Traditional Chinese messages of `<ck-workload>`; added to the catalogue when this module loads. */
export const workloadZhTW: Record<keyof typeof workloadEn, string> = {
  workloadTitle: '案件負荷（按組）· {period}',
  workloadPerAgent: '人均案件數',
  workloadCoverage: '覆蓋率',
  workloadPenetration: '滲透率（每案撥打次數）',
  workloadFlows: '入催與出催',
  workloadTeam: '組別',
  workloadInventory: '在催案件',
  workloadFte: '人力（FTE）',
  workloadDialled: '已撥打案件',
  workloadAttempts: '撥打次數',
  workloadInflow: '入催',
  workloadCured: '回正',
  workloadRolledOn: '遷徙至下一階段',
  workloadChargedOff: '核銷',
  workloadOutflow: '出催',
  workloadAll: '全部組別',
  workloadCapacity: '未來 {months} 個月：預計在催 {inventory} 件，產能 {capacity} 件（人均目標 {target}）· {verdict}',
  workloadShort: '缺口 {shortfall} 件',
  workloadWithin: '產能充足',
  workloadStep: '+{step}',
  workloadProjected: '預測',
  workloadSummary:
    '{period}：在催 {inventory} 件，人力 {fte}，人均 {perAgent} 件，覆蓋率 {coverage}，滲透率 {penetration}；入催 {inflow} 件，出催 {outflow} 件。',
  workloadAnnouncement: '{team}，{measure}：{value}',
};

addLanguageMessages('zh-TW', workloadZhTW);
