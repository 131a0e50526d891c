import type { Viewer } from '@samsyn/auth';
import { Query, Resolver } from '@nestjs/graphql';
import type { MeetingScheduled, PreMeetingBrief } from '@samsyn/domain';
import { AccessService, type VisibleHistoryEntry, CurrentViewer, JourneyIdArg } from '@samsyn/subgraph';
import { JourneyEventRecord } from '../journey-event.type';

/** The audit trail's action for a meeting's brief, where this query shows it. */
const BRIEF_ACTION = 'JourneyEventRecord.data.preMeetingBrief';

type BriefedEntry = VisibleHistoryEntry & { event: MeetingScheduled & { data: { preMeetingBrief: PreMeetingBrief } } };

const isBriefed = (entry: VisibleHistoryEntry): entry is BriefedEntry =>
  entry.event.type === 'MeetingScheduled' && entry.event.data.preMeetingBrief !== null;

const withoutBrief = (entry: BriefedEntry): VisibleHistoryEntry => ({
  ...entry,
  event: { ...entry.event, data: { ...entry.event.data, preMeetingBrief: null } },
});

@Resolver()
export class JourneyEventsQuery {
  constructor(private readonly access: AccessService) {}

  @Query(() => [JourneyEventRecord], {
    description:
      'The events of one journey the caller may see, oldest first, personal fields opened (null once erased). A meeting’s preMeetingBrief is null unless, on the day of reading, a valid consent covers the caller and every category it shares (the organiser and the person always see it)',
  })
  async journeyEvents(
    @JourneyIdArg() journeyId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<JourneyEventRecord[]> {
    const visible = await this.access.visibleHistory(viewer, journeyId, 'Query.journeyEvents');
    return (await this.withBriefsUnderConsent(viewer, journeyId, visible)).map((entry) => JourneyEventRecord.of(entry));
  }

  /** Seeing that a meeting was booked does not open its brief: each is shown only while the domain's policy allows it today. */
  private async withBriefsUnderConsent(
    viewer: Viewer,
    journeyId: string,
    entries: VisibleHistoryEntry[],
  ): Promise<VisibleHistoryEntry[]> {
    const briefed = entries.filter(isBriefed);
    const shown = await this.access.briefsVisible(
      viewer,
      briefed.map(({ event }) => ({
        journeyId,
        organiser: event.data.organiser,
        categories: event.data.preMeetingBrief.categories,
      })),
      BRIEF_ACTION,
    );
    const withheld = new Set<VisibleHistoryEntry>(briefed.filter((_, index) => !shown[index]));
    return entries.map((entry) => (withheld.has(entry) && isBriefed(entry) ? withoutBrief(entry) : entry));
  }
}
