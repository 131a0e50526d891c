import { categoryOf, timelineLabelOf, type DataCategory, type JourneyEvent } from '@samsyn/domain';
import type { ProjectedEvent } from '@samsyn/projections';
import { formatPosition } from '@samsyn/event-store';
import type { PlainText } from './what-happens-next';

type EventType = JourneyEvent['type'];

export interface TimelineEntry {
  revision: number;
  position: string;
  occurredAt: string;
  type: EventType;
  author: string;
  category: DataCategory;
  label: PlainText;
}

/** One line of the shared timeline: what happened, when, by whom; the details stay in the event. */
export function timelineEntry(projected: ProjectedEvent): TimelineEntry {
  return {
    revision: projected.revision,
    position: formatPosition(projected.position),
    occurredAt: projected.occurredAt,
    type: projected.event.type,
    author: projected.author,
    category: categoryOf(projected.event),
    label: timelineLabelOf(projected.event.type),
  };
}
