/**
 * Where a demo journey stands on `today`:
 * - `active`: counted in the county table, a granted period covers today;
 * - `moved_on`: the benefit ended before today and the person moved on to work or studies;
 * - `extension_rejected`: an extension was refused, the benefit ended with its period;
 * - `turned_30`: the benefit ran to the month before the 30th birthday and ended there;
 * - `rejected`: first-time applications refused, never granted in the recorded years.
 */
export const DEMO_COURSES = ['active', 'moved_on', 'extension_rejected', 'turned_30', 'rejected'] as const;
export type DemoCourse = (typeof DEMO_COURSES)[number];

/** The courses of the people whose aktivitetsersättning ended for good in the recorded years. */
export type EndedCourse = Extract<DemoCourse, 'moved_on' | 'extension_rejected' | 'turned_30'>;
