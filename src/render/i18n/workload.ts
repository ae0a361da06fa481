/**
 * Messages of `<ck-workload>` (issue #14), one block per language, loaded with the widget through
 * `addMessages(WORKLOAD_MESSAGES)` (src/views/workload-model.ts).
 */

/** English messages of the workload widget. */
export const workloadEn = {
  workloadTitle: 'Workload by team · {period}',
  workloadPerAgent: 'Cases per agent',
  workloadCoverage: 'Coverage',
  workloadPenetration: 'Attempts per case',
  workloadFlows: 'In and out',
  workloadTeam: 'Team',
  workloadInventory: 'Cases',
  workloadFte: 'Agents (FTE)',
  workloadDialled: 'Cases dialled',
  workloadAttempts: 'Attempts',
  workloadInflow: 'Inflow',
  workloadCured: 'Cured',
  workloadRolledOn: 'Rolled on',
  workloadChargedOff: 'Charged off',
  workloadOutflow: 'Outflow',
  workloadAll: 'All teams',
  workloadCapacity:
    'Next {months} months: {inventory} cases projected against a capacity of {capacity} ({target} per agent) · {verdict}',
  workloadShort: 'short by {shortfall}',
  workloadWithin: 'within capacity',
  workloadStep: '+{step}',
  workloadProjected: 'Projection',
  workloadSummary:
    '{period}: {inventory} cases, {fte} agents, {perAgent} cases per agent, coverage {coverage}, {penetration} attempts per case; {inflow} in, {outflow} out.',
  workloadAnnouncement: '{team}, {measure}: {value}',
};

type Keys = Record<keyof typeof workloadEn, string>;

/** Simplified Chinese messages of the workload widget. */
export const workloadZhCN: Keys = {
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

/** Traditional Chinese messages of the workload widget. */
export const workloadZhTW: Keys = {
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

/** The three languages as one pack for `addMessages`. */
export const WORKLOAD_MESSAGES = { en: workloadEn, 'zh-CN': workloadZhCN, 'zh-TW': workloadZhTW };
