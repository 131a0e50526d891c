import type { Gender } from '../county/orebro-county-table';

/**
 * Every share the demo journeys follow. "seed 000" is Försäkringskassan Örebro's mapping (2019–20), "seed 004"
 * its report on support after avslag (2021), both in shared/domain/seeds/, cited by line. A share the seeds
 * describe only in words is marked "assumed" with the words it rests on.
 */

/** First-time applications rejected in 2020: 44% of women, 41% of men (seed 004, lines 124–125). */
export const FIRST_TIME_AVSLAG: Readonly<Record<Gender, number>> = { woman: 0.44, man: 0.41 };

/** Extension applications rejected in 2020: 10%, alike for men and women (seed 004, lines 126–127). */
export const EXTENSION_AVSLAG = 0.1;

/**
 * Of those with AE, how many came in as first-time applicants within the journey's recorded years:
 * 6,860 new grants in 2020 against 23,800 people with AE (seed 004, lines 107–110), about 29% a year. Assumed 40%
 * for people already past their first year of eligibility when the journey starts; younger ones always apply first-time.
 */
export const FIRST_TIME_SHARE_WHEN_OLDER = 0.4;

/**
 * After an avslag: "ungefär hälften tackar ja" (seed 004, line 231), "nära hälften … tackar nej" (line 220), some
 * "inte varit möjliga att nå trots upprepade kontaktförsök" (lines 228–229). Declining is more common after a
 * first-time avslag (lines 221–222), accepting after an extension avslag (lines 231–233): split accordingly.
 */
export const LOTSNING_RESPONSE = {
  first_time: { accept: 0.46, decline: 0.46, unreachable: 0.08 },
  extension: { accept: 0.58, decline: 0.36, unreachable: 0.06 },
} as const;

/** Failed attempts before an unreachable person's lotsning is closed: by phone and by letter (seed 004, lines 228–229). */
export const FAILED_ATTEMPTS_BEFORE_CLOSING = { min: 3, max: 4 } as const;

/** Assumed: a person who does answer was sometimes missed once first (seed 004, lines 228–229, describe repeated tries). */
export const MISSED_ONCE_BEFORE_ANSWERING = 0.2;

/**
 * About half of those who decline have an ombud or ställföreträdare (seed 004, lines 224–226); most of the others
 * already have an insats elsewhere (lines 222–223). Parents are often ombud (seed 000, lines 563–565): with the
 * decline reason following the representative, 45% with a representative gives about half among decliners.
 */
export const REPRESENTATIVE_SHARE = 0.45;
export const REPRESENTATIVE_KIND = { ombud: 0.75, god_man: 0.2, stallforetradare: 0.05 } as const;
export const DECLINE_WITHOUT_REPRESENTATIVE = { already_has_support: 0.8, not_interested: 0.15, other: 0.05 } as const;

/** Most who accept need Arbetsförmedlingen first (seed 004, lines 233–235); kommun or vård alone is rare (lines 254–256). */
export const REFERRAL_TO = { AF: 0.8, KOMMUN: 0.12, REGION: 0.08 } as const;

/** What FK's help is: information, contact details, or a booked meeting (seed 004, lines 469–473). Shares assumed. */
export const REFERRAL_HELP = { information: 0.25, contact_details: 0.35, booked_meeting: 0.4 } as const;

/**
 * 286 omställningsmöten for 3,386 avslag in 2020: "knappt 9 procent" (seed 004, lines 138–142). The demo aims at
 * 7.5%, so that a draw over its few hundred avslag stays under 9%; lotsning.ts derives the booking chance from it.
 */
export const OMSTALLNINGSMOTE_HELD_PER_AVSLAG = 0.075;
export const OMSTALLNINGSMOTE_HELD_WHEN_BOOKED = 0.85;

/** Kommun (boendestöd, socialsekreterare) or vård (kurator) sometimes join (seed 004, lines 235–238); shares assumed. */
export const OMSTALLNINGSMOTE_ALSO_KOMMUN = 0.3;
export const OMSTALLNINGSMOTE_ALSO_REGION = 0.15;

/** FK shared a brief with AF before the meeting in the development work (seed 004, lines 283–288); assumed 80%. */
export const PRE_MEETING_BRIEF_SHARED = 0.8;

/** Registering as a job seeker at the meeting, "om individen önskat" (seed 004, lines 291–292); assumed 60%. */
export const REGISTERED_AT_OMSTALLNINGSMOTE = 0.6;

/** Assumed: lotsning reaching established contact after a referral; the rest stay open ("no contact for long" signals). */
export const CONTACT_ESTABLISHED_AFTER_REFERRAL = 0.8;

/** Assumed: applying again within a year or so after an avslag. */
export const REAPPLY_AFTER_AVSLAG = 0.25;

/** The four grades (seed 000, lines 61–63); the seeds give no shares, assumed mostly full. */
export const GRADE = { FULL: 0.7, THREE_QUARTERS: 0.1, HALF: 0.15, QUARTER: 0.05 } as const;

/**
 * Periods of one to three years (seed 000, lines 41–43; seed 004, lines 104–105); only one year is stressful
 * (seed 000, lines 1010–1018). Shares assumed.
 */
export const PERIOD_YEARS = { one: 0.35, two: 0.3, three: 0.35 } as const;

/**
 * Beside the 943 of the table, the people whose aktivitetsersättning ended in the recorded 48 months, and those
 * refused it and never granted. Örebro county's 943 in October 2019 (seed 000, line 2560) are 3.96% of the 23,800
 * with AE in the country, about as many in December 2019 as in December 2020 (seed 004, lines 107–108).
 * - Ended: with the number steady while 6,331 (2019) and 6,860 (2020) were newly granted (seed 004, lines 108–110),
 *   about as many left each year: 6,596 × 3.96% × 4 years ≈ 1,045.
 * - Rejected: 4,776 (2019) and 3,386 (2020) people had an avslag (seed 004, lines 112–113): 4,081 × 3.96% × 4 years
 *   ≈ 647 in the recorded years (537 at 2020's rate, 757 at 2019's). The avslag share is the firmer figure: 43% of
 *   first-time applications (seed 004, lines 124–125). The seed's counts and shares do not quite agree (6,860 new
 *   grants at 43% refused would be ~5,200 first-time avslag a year alone), so the number refused and never granted
 *   is the one that keeps first-time avslag at 43% beside the ~900 first-time grants of the table and the leavers:
 *   470, each refused 1.2 times on average. With the extensions refused among the leavers and the table's people
 *   refused before a grant, that makes ~740 people with an avslag in the recorded years, within 537–757.
 */
export const EXTRA_PEOPLE = { ended: 1045, rejected: 470 } as const;

/**
 * How the benefit of those 1,045 ended. 18% of all who ended their AE moved on to work or studies in 2019 (seed 000,
 * lines 2437–2448: "arbete/arbetslöshet/studier helt eller delvis"; the demo records work or studies, so that both
 * readings give 18%). An extension refused: 10–15% of extension applications (seed 004, lines 126–127), and with
 * 23,800 people on periods of one to three years about 10,000 apply for an extension a year, so 1,000–1,500 of the
 * ~6,600 who leave a year: assumed 20%. The rest ran to the month before their 30th birthday (seed 004, lines
 * 153–158, 243–249, name them as a group of their own; assumed).
 */
export const ENDED_COURSE = { moved_on: 0.18, extension_rejected: 0.2, turned_30: 0.62 } as const;
export const MOVED_ON_TO = { work: 0.6, studies: 0.4 } as const;

/** Assumed: a leaver who could still have had another period before today leaves at this one at an even chance. */
export const LEAVE_AT_AN_EARLIER_CHANCE = 0.5;

/** FK reminds half a year before a period ends (seed 000, lines 1533–1543): extension applications come 2–6 months before. */
export const EXTENSION_APPLIED_DAYS_BEFORE_END = { min: 60, max: 180 } as const;

/** Turning 30 without sjukersättning: moving to sjukpenning is common (seed 004, lines 243–249); assumed 40%. */
export const SICKNESS_BENEFIT_AFTER_30 = 0.4;

/** Assumed: plans agreed for people with AE; strengths must be in them (seed 000, lines 1213–1245). */
export const PLAN_AGREED = 0.7;
export const PLAN_REVISED_AT_FOLLOW_UP = 0.6;

/** Särskild ersättning for an activity in the plan, "Flera personer" valued it (seed 000, lines 820–850); assumed 15%. */
export const SPECIAL_COMPENSATION = 0.15;

/** Assumed: consent to share the plan with AF, kommun and region when it is agreed. */
export const PLAN_SHARING_CONSENT = 0.5;
export const CONSENT_WITHDRAWN = 0.05;

/** Assumed: how many insatser a person with AE takes part in during the recorded years. */
export const INSATS_COUNT = { none: 0.25, one: 0.45, two: 0.22, three: 0.08 } as const;

/** Which insatser (seed 000, bilagor 1–5, lines 1716–2374); shares assumed. */
export const INSATS_KIND = {
  forstegsverksamhet: 0.3,
  arbetslivsinriktad: 0.15,
  arbetstraning: 0.12,
  daglig_verksamhet: 0.15,
  boendestod: 0.15,
  ips: 0.08,
  daglig_sysselsattning: 0.05,
} as const;

/** An insats paused (e.g. a new boendestödjare takes all the energy, seed 000, lines 1147–1151); assumed shares. */
export const INSATS_PAUSED = 0.2;
export const INSATS_RESUMED = 0.8;
export const INSATS_DROPPED_OUT = 0.1;

/** When the money stops mid-insats the contract stops and the insats must end (seed 000, lines 1485–1489); assumed 60%. */
export const INSATS_INTERRUPTED_WHEN_BENEFIT_ENDS = 0.6;

/** Trepartssamtal between provider, person and agency (seed 000, line 2352); assumed 30% of provider insatser. */
export const TREPARTSSAMTAL = 0.3;

/** Contact persons change too often, sometimes without the person being told (seed 000, lines 456–470, 503–505); shares assumed. */
export const CONTACT_PERSON_CHANGED = 0.3;
export const CONTACT_CHANGE_UNTOLD = 0.35;
export const CONTACT_CHANGED_AGAIN = 0.2;

/** Assumed: a region contact (rehabiliteringskoordinator or kurator, seed 004, lines 356–358), and a SIP when kommun is involved too. */
export const REGION_CONTACT = 0.35;
export const SIP_WHEN_KOMMUN_AND_REGION = 0.4;
