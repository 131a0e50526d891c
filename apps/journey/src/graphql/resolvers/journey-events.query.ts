import type { Viewer } from '@samsyn/auth';
import { Query, Resolver } from '@nestjs/graphql';
import { AccessService } from '@samsyn/journey-graphql';
import { CurrentViewer, JourneyIdArg } from '@samsyn/subgraph';
import { JourneyEventRecord } from '../journey-event.type';

@Resolver()
export class JourneyEventsQuery {
  constructor(private readonly access: AccessService) {}

  @Query(() => [JourneyEventRecord], {
    description: 'The events of one journey the caller may see, oldest first, personal fields opened (null once erased)',
  })
  async journeyEvents(@JourneyIdArg() journeyId: string, @CurrentViewer() viewer: Viewer): Promise<JourneyEventRecord[]> {
    const visible = await this.access.visibleHistory(viewer, journeyId, 'Query.journeyEvents');
    return visible.map((entry) => JourneyEventRecord.of(entry));
  }
}
