import type { RecordedEvent } from '@samsyn/event-store';
import type { ProjectedEvent } from '../projection';

/**
 * Turns a stored journey event into what projections apply: decoded (`decodeJourneyEvent`: upcast, shape checked),
 * personal fields opened, journey, author and time.
 */
export type EventDecoder = (recorded: RecordedEvent) => Promise<ProjectedEvent>;
