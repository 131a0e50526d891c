import { Controller, Get, Inject } from '@nestjs/common';
import type { EventStore } from '@samsyn/event-store';
import { EVENT_STORE } from '../event-store.tokens';

@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Ready when the event store answers a read. */
  @Get()
  async check(): Promise<{ status: 'ok' }> {
    await this.store.readAll({ maxCount: 1 });
    return { status: 'ok' };
  }
}
