import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuditTrail } from '@samsyn/audit';
import type { Viewer } from '@samsyn/auth';
import { viewerKindOf, type ErasePersonalData } from '@samsyn/domain';
import { erasePersonalData, JourneyCommandService, PersonIndex } from '@samsyn/journey-commands';
import {
  AccessService,
  AUDIT_TRAIL,
  auditRefusedWrite,
  CLOCK,
  unknownRoleError,
  CurrentViewer,
  JourneyIdArg,
  NotPersonal,
} from '@samsyn/subgraph';
import { JourneyKeyStore } from '@samsyn/personal-data';
import type { Clock } from '@samsyn/runtime';
import { GraphQLError } from 'graphql';
import { AuditEntry, ErasureReceipt } from '../types/audit-entry.type';

const MAX_ENTRIES = 1_000;
const ERASE_ACTION = 'Mutation.erasePersonalData';

const forbidden = (message: string) => new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

@Resolver()
export class AuditResolver {
  constructor(
    @Inject(AUDIT_TRAIL) private readonly audit: AuditTrail,
    @Inject(JourneyKeyStore) private readonly keys: JourneyKeyStore,
    @Inject(PersonIndex) private readonly personIndex: PersonIndex,
    @Inject(JourneyCommandService) private readonly journeys: JourneyCommandService,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly access: AccessService,
  ) {}

  @Query(() => [AuditEntry], { description: 'For the person: who has looked at my data, newest first' })
  @NotPersonal('the audit trail of reads, under its own rule: only the person (or an appointed representative) asks')
  async whoLookedAtMyData(
    @CurrentViewer() viewer: Viewer,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
  ): Promise<AuditEntry[]> {
    const kind = viewerKindOf(viewer);
    if (kind.kind === 'unknown') throw unknownRoleError(viewer);
    if (kind.kind !== 'person' && kind.kind !== 'representative')
      throw forbidden('Only the person asks who looked at their data');
    if (
      kind.kind === 'representative' &&
      !Object.hasOwn((await this.access.accessOf(kind.journeyId)).representatives, kind.representativeId)
    ) {
      throw forbidden('Only an appointed representative asks on the person’s behalf');
    }
    return this.audit.find({ journeyId: kind.journeyId, limit: Math.min(limit, MAX_ENTRIES) });
  }

  @Query(() => [AuditEntry], { description: 'For auditors: reads and refusals by organisation, user, person and time' })
  @NotPersonal('the audit trail of reads, under its own rule: only auditors ask')
  auditTrail(
    @CurrentViewer() viewer: Viewer,
    @Args('organisation', { nullable: true }) organisation?: string,
    @Args('subject', { nullable: true }) subject?: string,
    @Args('journeyId', { nullable: true }) journeyId?: string,
    @Args('from', { nullable: true, description: 'ISO 8601' }) from?: string,
    @Args('to', { nullable: true, description: 'ISO 8601' }) to?: string,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit = 100,
  ): Promise<AuditEntry[]> {
    const kind = viewerKindOf(viewer).kind;
    if (kind === 'unknown') throw unknownRoleError(viewer);
    if (kind !== 'auditor') throw forbidden('Only auditors read the audit trail');
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
    // The write policy is judged before the journey is looked up: to anyone who may not erase it, an unknown id
    // looks like no access, so existence does not leak; a privacy officer (or the person) is told NOT_FOUND.
    const command: ErasePersonalData = {
      type: 'ErasePersonalData',
      data: {},
      metadata: { now: this.clock.now(), author: viewer.organisation, commandId: randomUUID() },
    };
    const deps = { journeys: this.journeys, keys: this.keys, personIndex: this.personIndex };
    const result = await erasePersonalData(deps, journeyId, command, viewer).catch(async (error: unknown) => {
      await auditRefusedWrite(this.audit, error, viewer, ERASE_ACTION, journeyId);
      throw error;
    });
    await this.audit.record({
      reader: viewer,
      action: ERASE_ACTION,
      outcome: 'erased',
      journeyIds: [journeyId],
      categories: [],
    });
    return ErasureReceipt.of(result);
  }
}
