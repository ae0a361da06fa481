/** `<ck-vintage-curves>` shares the cohort-curve styles of `<ck-recovery-curves>`. */
export { curvesStyles as vintageCurvesStyles } from '../recovery-curves/recovery-curves.styles.js';
