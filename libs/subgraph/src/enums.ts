import {
  APPLICATION_KINDS,
  BENEFIT_END_REASONS,
  CONSENT_EVIDENCE_KINDS,
  CONTACT_ROLES,
  CURRENT_SUPPORTS,
  DATA_CATEGORIES,
  Grade,
  INSATS_END_REASONS,
  INSATS_TYPES,
  JOB_SEEKER_DEREGISTRATION_REASONS,
  MEETING_CANCEL_REASONS,
  MEETING_KINDS,
  OUTCOME_KINDS,
  REFERRAL_HELP,
  REPRESENTATIVE_KINDS,
  SUPPORT_CHANNELS,
  SUPPORT_DECLINE_REASONS,
} from '@samsyn/domain';
import { graphqlEnum } from './graphql-enum';

export const RepresentativeKindEnum = graphqlEnum(
  'RepresentativeKind',
  REPRESENTATIVE_KINDS,
  'Ombud, god man or ställföreträdare',
);
export const ConsentEvidenceKindEnum = graphqlEnum(
  'ConsentEvidenceKind',
  CONSENT_EVIDENCE_KINDS,
  'What an organisation shows for a consent the person gave it in person',
);
export const ApplicationKindEnum = graphqlEnum(
  'ApplicationKind',
  APPLICATION_KINDS,
  'A first application or an extension',
);
export const CurrentSupportEnum = graphqlEnum(
  'CurrentSupport',
  CURRENT_SUPPORTS,
  'How the person supports themselves when applying',
);
export const BenefitEndReasonEnum = graphqlEnum(
  'BenefitEndReason',
  BENEFIT_END_REASONS,
  'Why aktivitetsersättning ends',
);
export const SupportChannelEnum = graphqlEnum('SupportChannel', SUPPORT_CHANNELS, 'How FK reached out or tried to');
export const SupportDeclineReasonEnum = graphqlEnum(
  'SupportDeclineReason',
  SUPPORT_DECLINE_REASONS,
  'Why the person declined lotsning',
);
export const ReferralHelpEnum = graphqlEnum('ReferralHelp', REFERRAL_HELP, 'How much help FK gave with the referral');
export const MeetingKindEnum = graphqlEnum(
  'MeetingKind',
  MEETING_KINDS,
  'Omställningsmöte, gemensam kartläggning, trepartssamtal, SIP or follow-up',
);
export const MeetingCancelReasonEnum = graphqlEnum(
  'MeetingCancelReason',
  MEETING_CANCEL_REASONS,
  'Why a meeting did not happen',
);
export const JobSeekerDeregistrationReasonEnum = graphqlEnum(
  'JobSeekerDeregistrationReason',
  JOB_SEEKER_DEREGISTRATION_REASONS,
  'Why the person left Arbetsförmedlingen’s register',
);
export const InsatsTypeEnum = graphqlEnum('InsatsType', INSATS_TYPES, 'The kind of insats');
export const InsatsEndReasonEnum = graphqlEnum('InsatsEndReason', INSATS_END_REASONS, 'Why an insats ended');
export const ContactRoleEnum = graphqlEnum('ContactRole', CONTACT_ROLES, 'The role of a contact person');
export const OutcomeKindEnum = graphqlEnum('OutcomeKind', OUTCOME_KINDS, 'Where the person went');
export const DataCategoryEnum = graphqlEnum('DataCategory', DATA_CATEGORIES, 'What an event tells about the person');
export const GradeEnum = graphqlEnum(
  'Grade',
  Grade.ALL.map((grade) => grade.name),
  'Grade of aktivitetsersättning: QUARTER (1/4), HALF, THREE_QUARTERS, FULL',
);
