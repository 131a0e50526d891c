import type { Viewer } from '@samsyn/auth';
import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { formatPosition } from '@samsyn/event-store';
import { CurrentViewer, NotPersonal, PROJECTIONS, type ProjectionReading } from '@samsyn/subgraph';
import { READ_MODEL_PROJECTIONS } from '@samsyn/read-models';
import { ReadModelStatus } from '../types/read-model-status.type';

@Resolver()
export class ReadModelStatusQuery {
  constructor(@Inject(PROJECTIONS) private readonly projections: ProjectionReading) {}

  @Query(() => [ReadModelStatus], {
    description: 'Every read model’s lag: events and seconds behind the journey events',
  })
  @NotPersonal('how far each read model lags: counts and positions, about no one')
  async readModels(@CurrentViewer() _viewer: Viewer): Promise<ReadModelStatus[]> {
    const lags = await Promise.all(READ_MODEL_PROJECTIONS.map((projection) => this.projections.lag(projection.name)));
    return lags.map((lag) => ({
      name: lag.projection,
      version: lag.version,
      checkpoint: formatPosition(lag.checkpoint),
      eventsBehind: lag.eventsBehind,
      secondsBehind: lag.secondsBehind,
    }));
  }
}
