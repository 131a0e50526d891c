import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuditTrail } from '@samsyn/audit';
import type { Viewer } from '@samsyn/auth';
import type { ErasePersonalData } from '@samsyn/domain';
import { erasePersonalData, JourneyCommandService, PersonIndex } from '@samsyn/journey-commands';
import { AUDIT_TRAIL, CLOCK } from '@samsyn/journey-graphql';
import { JourneyKeyStore } from '@samsyn/personal-data';
import type { Clock } from '@samsyn/runtime';
import { CurrentViewer, JourneyIdArg } from '@samsyn/subgraph';
import { GraphQLError } from 'graphql';
import { AuditEntry, ErasureReceipt } from '../types/audit-entry.type';

const MAX_ENTRIES = 1_000;
/** The agency role that may erase a person's data on their behalf (e.g. a dataskyddsombud handling a request). */
export const PRIVACY_OFFICER_ROLE = 'privacy_officer';

const forbidden = (message: string) => new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

@Resolver()
export class AuditResolver {
  constructor(
    @Inject(AUDIT_TRAIL) private readonly audit: AuditTrail,
    @Inject(JourneyKeyStore) private readonly keys: JourneyKeyStore,
    @Inject(PersonIndex) private readonly personIndex: PersonIndex,
    @Inject(JourneyCommandService) private readonly journeys: JourneyCommandService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => [AuditEntry], { description: 'For the person: who has looked at my data, newest first' })
  whoLookedAtMyData(
    @CurrentViewer() viewer: Viewer,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
  ): Promise<AuditEntry[]> {
    if (viewer.organisation !== 'PERSON' || !viewer.journeyId) throw forbidden('Only the person asks who looked at their data');
    return this.audit.find({ journeyId: viewer.journeyId, limit: Math.min(limit, MAX_ENTRIES) });
  }

  @Query(() => [AuditEntry], { description: 'For auditors: reads and refusals by organisation, user, person and time' })
  auditTrail(
    @CurrentViewer() viewer: Viewer,
    @Args('organisation', { nullable: true }) organisation?: string,
    @Args('subject', { nullable: true }) subject?: string,
    @Args('journeyId', { nullable: true }) journeyId?: string,
    @Args('from', { nullable: true, description: 'ISO 8601' }) from?: string,
    @Args('to', { nullable: true, description: 'ISO 8601' }) to?: string,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit = 100,
  ): Promise<AuditEntry[]> {
    if (viewer.role !== 'auditor') throw forbidden('Only auditors read the audit trail');
    return this.audit.find({
      ...(organisation ? { organisation } : {}),
      ...(subject ? { subject } : {}),
      ...(journeyId ? { journeyId } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      limit: Math.min(limit, MAX_ENTRIES),
    });
  }

  @Mutation(() => ErasureReceipt, {
    description:
      'Erases the person’s personal data: records PersonalDataErased (the read models forget what they derived), then their data key and index entry go; events keep their non-personal facts. Safe to repeat',
  })
  async erasePersonalData(@JourneyIdArg() journeyId: string, @CurrentViewer() viewer: Viewer): Promise<ErasureReceipt> {
    // Judged before the journey is looked up: to anyone else an unknown id looks like no access, so existence does not leak.
    const ownJourney = viewer.organisation === 'PERSON' && viewer.journeyId === journeyId;
    if (!ownJourney && viewer.role !== PRIVACY_OFFICER_ROLE) {
      throw forbidden('Only the person, or a privacy officer acting on their request, erases their data');
    }
    const command: ErasePersonalData = {
      type: 'ErasePersonalData',
      data: {},
      metadata: { now: this.clock.now(), author: viewer.organisation, commandId: randomUUID() },
    };
    const result = await erasePersonalData({ journeys: this.journeys, keys: this.keys, personIndex: this.personIndex }, journeyId, command);
    await this.audit.record({ reader: viewer, action: 'Mutation.erasePersonalData', outcome: 'erased', journeyIds: [journeyId], categories: [] });
    return ErasureReceipt.of(result);
  }
}
