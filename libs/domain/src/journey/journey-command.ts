import type { BenefitCommand } from './benefit/benefit-commands';
import type { ConsentCommand } from './consent/consent-commands';
import type { ContactPersonCommand } from './contact-person/contact-person-commands';
import type { ErasureCommand } from './erasure/erasure-commands';
import type { InsatsCommand } from './insats/insats-commands';
import type { JobSeekingCommand } from './job-seeking/job-seeking-commands';
import type { LotsningCommand } from './lotsning/lotsning-commands';
import type { MeetingCommand } from './meeting/meeting-commands';
import type { OpeningCommand } from './opening/opening-commands';
import type { OutcomeCommand } from './outcome/outcome-commands';
import type { PlanCommand } from './plan/plan-commands';
import type { RepresentationCommand } from './representation/representation-commands';

/** Every command to a journey: one union per topic, each in the topic's own folder. */
export type JourneyCommand =
  | OpeningCommand
  | RepresentationCommand
  | ConsentCommand
  | ErasureCommand
  | BenefitCommand
  | LotsningCommand
  | MeetingCommand
  | JobSeekingCommand
  | InsatsCommand
  | ContactPersonCommand
  | PlanCommand
  | OutcomeCommand;

export type JourneyCommandType = JourneyCommand['type'];

export type JourneyCommandOfType<T extends JourneyCommandType> = Extract<JourneyCommand, { type: T }>;
