import { addLanguageMessages } from '../catalogues.js';
import type { workloadEn } from './en.js';

/** Simplified Chinese messages of `<ck-workload>`; added to the catalogue when this module loads. */
export const workloadZhCN: Record<keyof typeof workloadEn, string> = {
  workloadTitle: '案件负荷（按组）· {period}',
  workloadPerAgent: '人均案件数',
  workloadCoverage: '覆盖率',
  workloadPenetration: '渗透率（每案拨打次数）',
  workloadFlows: '入催与出催',
  workloadTeam: '组别',
  workloadInventory: '在催案件',
  workloadFte: '人力（FTE）',
  workloadDialled: '已拨打案件',
  workloadAttempts: '拨打次数',
  workloadInflow: '入催',
  workloadCured: '回正',
  workloadRolledOn: '迁徙至下一阶段',
  workloadChargedOff: '核销',
  workloadOutflow: '出催',
  workloadAll: '全部组别',
  workloadCapacity: '未来 {months} 个月：预计在催 {inventory} 件，产能 {capacity} 件（人均目标 {target}）· {verdict}',
  workloadShort: '缺口 {shortfall} 件',
  workloadWithin: '产能充足',
  workloadStep: '+{step}',
  workloadProjected: '预测',
  workloadSummary:
    '{period}：在催 {inventory} 件，人力 {fte}，人均 {perAgent} 件，覆盖率 {coverage}，渗透率 {penetration}；入催 {inflow} 件，出催 {outflow} 件。',
  workloadAnnouncement: '{team}，{measure}：{value}',
};

addLanguageMessages('zh-CN', workloadZhCN);
