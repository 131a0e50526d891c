import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { TokenVerifier } from '@samsyn/auth';
import { JourneyCommandService, PersonIndex } from '@samsyn/journey-commands';
import { JourneyKeyStore } from '@samsyn/personal-data';
import type { Clock, SamsynResources } from '@samsyn/runtime';
import { JOURNEY_COMMAND_HANDLERS } from './commands/journey-command.handlers';
import { JourneyCommandSender } from './journey-command-sender';
import type { ProjectionReading } from './projection-reading';
import { ReadModels } from './read-models.service';
import { AccessService } from './access/access.service';
import { PolicyReads } from './access/policy-reads';
import { AUDIT_TRAIL, CLOCK, DEVELOPMENT_MODE, EVENT_STORE, PROJECTIONS, SQL_CLIENT } from './tokens';

export interface SubgraphContext {
  resources: SamsynResources;
  projections: ProjectionReading;
  clock: Clock;
  development: boolean;
  /** Checks bearer tokens; each subgraph verifies them itself. */
  verifier: TokenVerifier;
}

/**
 * What every subgraph needs: the command bus with a handler per command and the sender its mutations use,
 * the store, the keys, the clock, and the read models.
 */
@Module({})
export class SubgraphCoreModule {
  static with({ resources, projections, clock, development }: SubgraphContext): DynamicModule {
    return {
      module: SubgraphCoreModule,
      global: true,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: EVENT_STORE, useValue: resources.store },
        { provide: SQL_CLIENT, useValue: resources.sql },
        { provide: JourneyKeyStore, useValue: resources.keys },
        { provide: JourneyCommandService, useValue: resources.journeyCommands },
        { provide: PersonIndex, useValue: resources.personIndex },
        { provide: CLOCK, useValue: clock },
        { provide: DEVELOPMENT_MODE, useValue: development },
        { provide: PROJECTIONS, useValue: projections },
        { provide: AUDIT_TRAIL, useValue: resources.audit },
        AccessService,
        PolicyReads,
        JourneyCommandSender,
        ReadModels,
        ...JOURNEY_COMMAND_HANDLERS,
      ],
      exports: [
        EVENT_STORE,
        SQL_CLIENT,
        JourneyKeyStore,
        JourneyCommandService,
        PersonIndex,
        CLOCK,
        DEVELOPMENT_MODE,
        PROJECTIONS,
        AUDIT_TRAIL,
        AccessService,
        PolicyReads,
        JourneyCommandSender,
        ReadModels,
      ],
    };
  }
}
