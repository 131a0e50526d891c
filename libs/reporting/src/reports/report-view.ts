/** `exact`: the counts as they are, for an authorised statistician. `public`: small cells withheld, and those that would give them away. */
export type ReportView = 'exact' | 'public';

export const REPORT_GENDERS = ['woman', 'man'] as const;
export type ReportGender = (typeof REPORT_GENDERS)[number];
