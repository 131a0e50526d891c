import { Query, Resolver } from '@nestjs/graphql';
import type { MeetingScheduled, PreMeetingBrief } from '@samsyn/domain';
import { JourneyIdArg, PersonalData, Served, ServedField, type VisibleHistoryEntry } from '@samsyn/subgraph';
import { JourneyEventRecord } from '../journey-event.type';

/** Where a meeting's brief sits in a JourneyEventRecord, which names its audit action. */
const BRIEF_PATH = 'data.preMeetingBrief';

type BriefedEntry = VisibleHistoryEntry & { event: MeetingScheduled & { data: { preMeetingBrief: PreMeetingBrief } } };

const isBriefed = (entry: VisibleHistoryEntry): entry is BriefedEntry =>
  entry.event.type === 'MeetingScheduled' && entry.event.data.preMeetingBrief !== null;

const withoutBrief = (entry: BriefedEntry): VisibleHistoryEntry => ({
  ...entry,
  event: { ...entry.event, data: { ...entry.event.data, preMeetingBrief: null } },
});

@Resolver()
export class JourneyEventsQuery {
  @Query(() => [JourneyEventRecord], {
    description:
      'The events of one journey the caller may see, oldest first, personal fields opened (null once erased). A meeting’s preMeetingBrief is null unless, on the day of reading, a valid consent covers the caller and every category it shares (the organiser and the person always see it)',
  })
  @PersonalData()
  async journeyEvents(@JourneyIdArg() journeyId: string, @Served() served: ServedField): Promise<JourneyEventRecord[]> {
    const visible = await served.history(journeyId);
    return (await this.withBriefsUnderConsent(served, journeyId, visible)).map((entry) => JourneyEventRecord.of(entry));
  }

  /** Seeing that a meeting was booked does not open its brief: each is shown only while the domain's policy allows it today. */
  private async withBriefsUnderConsent(
    served: ServedField,
    journeyId: string,
    entries: VisibleHistoryEntry[],
  ): Promise<VisibleHistoryEntry[]> {
    const briefed = entries.filter(isBriefed);
    const shown = await served.briefs(
      BRIEF_PATH,
      briefed.map(({ event }) => ({
        journeyId,
        organiser: event.data.organiser,
        categories: event.data.preMeetingBrief.categories,
      })),
    );
    const withheld = new Set<VisibleHistoryEntry>(briefed.filter((_, index) => !shown[index]));
    return entries.map((entry) => (withheld.has(entry) && isBriefed(entry) ? withoutBrief(entry) : entry));
  }
}
