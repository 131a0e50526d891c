import { Module, type DynamicModule, type OnApplicationShutdown, Inject } from '@nestjs/common';
import type { EventStore } from '@samsyn/event-store';
import { EVENT_STORE } from './event-store.tokens';
import { HealthController } from './health/health.controller';

class EventStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

@Module({})
export class SamsynModule {
  static withStore(store: EventStore): DynamicModule {
    return {
      module: SamsynModule,
      controllers: [HealthController],
      providers: [{ provide: EVENT_STORE, useValue: store }, EventStoreLifecycle],
    };
  }
}
