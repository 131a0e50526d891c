import type { OrganisationKind } from '../../value-objects/organisation';
import type { JourneyCommandType } from '../commands/journey-command';

const ANYONE: readonly OrganisationKind[] = ['FK', 'AF', 'KOMMUN', 'REGION', 'SAMORDNINGSFORBUND', 'PROVIDER', 'PERSON'];
const AGENCIES: readonly OrganisationKind[] = ['FK', 'AF', 'KOMMUN', 'REGION', 'SAMORDNINGSFORBUND', 'PROVIDER'];
const FK: readonly OrganisationKind[] = ['FK'];
const AF: readonly OrganisationKind[] = ['AF'];

/**
 * Which kinds of organisation may write each command. Some commands narrow this further
 * to one organisation (the provider of an insats, a meeting's participants, the contact person's own organisation).
 */
export const COMMAND_AUTHORS: { readonly [Type in JourneyCommandType]: readonly OrganisationKind[] } = {
  OpenJourney: ANYONE,
  ChangeHomeKommun: ['FK', 'KOMMUN', 'PERSON'],
  AppointRepresentative: ANYONE,
  RemoveRepresentative: ANYONE,
  GiveConsent: ANYONE,
  WithdrawConsent: ANYONE,
  ErasePersonalData: ['PERSON', 'FK', 'AF', 'KOMMUN', 'REGION', 'SAMORDNINGSFORBUND', 'PROVIDER'],
  ReceiveApplication: FK,
  ReceiveMedicalCertificate: ['FK', 'REGION'],
  GrantDecision: FK,
  RejectApplication: FK,
  EndBenefit: FK,
  GrantSpecialCompensation: FK,
  OfferSupport: FK,
  AcceptSupport: ['FK', 'PERSON'],
  DeclineSupport: ['FK', 'PERSON'],
  RecordFailedContactAttempt: FK,
  CloseLotsning: FK,
  MakeReferral: FK,
  EstablishContact: AGENCIES,
  ScheduleMeeting: AGENCIES,
  HoldMeeting: AGENCIES,
  CancelMeeting: ANYONE,
  RegisterJobSeeker: AF,
  DeregisterJobSeeker: AF,
  StartInsats: AGENCIES,
  PauseInsats: AGENCIES,
  ResumeInsats: AGENCIES,
  EndInsats: AGENCIES,
  AssignContactPerson: AGENCIES,
  ChangeContactPerson: AGENCIES,
  AgreePlan: AGENCIES,
  RevisePlan: AGENCIES,
  RecordOutcome: AGENCIES,
};
