import type { ContactRole, InsatsType } from '@samsyn/domain';
import { ACTIVA, REGION_OREBRO } from '../county/orebro-organisations';
import type { INSATS_KIND } from './proportions';
import type { StoryContext } from './story-context';

export type InsatsKind = keyof typeof INSATS_KIND;

/** Who orders and provides an insats, who the person's contact there is, and how long it is planned to run. */
export interface InsatsProfile {
  readonly insatsType: InsatsType;
  provider(context: StoryContext): string;
  orderedBy(context: StoryContext): string;
  readonly contactRole: ContactRole;
  /** Planned length in months, or null for an insats planned without an end. */
  readonly months: readonly [min: number, max: number] | null;
  /** Paid under a contract tied to the benefit: it may be cut off when the benefit ends (seed 000, lines 1485–1489). */
  readonly dependsOnBenefit: boolean;
  /** Entered through a gemensam kartläggning of FK and AF, as a registered job seeker (seed 000, lines 2254–2270). */
  readonly throughJointMapping: boolean;
  readonly needsJobSeeker: boolean;
}

const samordningsforbund = (context: StoryContext) => context.samordningsforbund;
const kommun = (context: StoryContext) => context.kommun;

/**
 * Seed 000: förstegsverksamhet up to two years (lines 1497–1499), daglig verksamhet much longer (1499–1501),
 * arbetslivsinriktad up to two years (1501–1505).
 */
export const INSATS_PROFILES: Readonly<Record<InsatsKind, InsatsProfile>> = {
  forstegsverksamhet: {
    insatsType: 'forstegsverksamhet',
    provider: samordningsforbund,
    orderedBy: samordningsforbund,
    contactRole: 'coach',
    months: [6, 24],
    dependsOnBenefit: true,
    throughJointMapping: false,
    needsJobSeeker: false,
  },
  arbetslivsinriktad: {
    insatsType: 'arbetslivsinriktad',
    provider: () => 'AF',
    orderedBy: () => 'AF',
    contactRole: 'arbetsformedlare',
    months: [6, 24],
    dependsOnBenefit: true,
    throughJointMapping: true,
    needsJobSeeker: true,
  },
  arbetstraning: {
    insatsType: 'arbetstraning',
    provider: () => ACTIVA,
    orderedBy: () => 'AF',
    contactRole: 'handledare',
    months: [3, 12],
    dependsOnBenefit: true,
    throughJointMapping: false,
    needsJobSeeker: true,
  },
  daglig_verksamhet: {
    insatsType: 'daglig_verksamhet',
    provider: kommun,
    orderedBy: kommun,
    contactRole: 'handledare',
    months: null,
    dependsOnBenefit: false,
    throughJointMapping: false,
    needsJobSeeker: false,
  },
  boendestod: {
    insatsType: 'boendestod',
    provider: kommun,
    orderedBy: kommun,
    contactRole: 'boendestodjare',
    months: null,
    dependsOnBenefit: false,
    throughJointMapping: false,
    needsJobSeeker: false,
  },
  ips: {
    insatsType: 'ips',
    provider: () => ACTIVA,
    orderedBy: () => REGION_OREBRO,
    contactRole: 'coach',
    months: [12, 24],
    dependsOnBenefit: false,
    throughJointMapping: false,
    needsJobSeeker: false,
  },
  daglig_sysselsattning: {
    insatsType: 'daglig_sysselsattning',
    provider: kommun,
    orderedBy: kommun,
    contactRole: 'handledare',
    months: null,
    dependsOnBenefit: false,
    throughJointMapping: false,
    needsJobSeeker: false,
  },
};
