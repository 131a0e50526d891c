import type { CallHandler } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { Viewer } from '@samsyn/auth';
import { GraphQLObjectType, GraphQLString, type GraphQLResolveInfo } from 'graphql';
import { firstValueFrom, of, from } from 'rxjs';
import type { PolicyReads } from '../src/access/policy-reads';
import { ServePersonalData, servedFieldOf } from '../src/personal-data-serving/serve-personal-data.interceptor';

const VIEWER: Viewer = { subject: 'u1', organisation: 'AF', role: 'arbetsformedlare', purpose: 'test' };
const AF_MEETING = new GraphQLObjectType({ name: 'AfMeeting', fields: { brief: { type: GraphQLString } } });

/** A resolution of `Person.afUpcomingMeetings` as graphql-js hands it to NestJS: parent, args, context, info. */
function resolution(auth: unknown = { viewer: VIEWER }) {
  const info = { parentType: { name: 'Person' }, fieldName: 'afUpcomingMeetings', returnType: AF_MEETING };
  const context = new ExecutionContextHost([{ id: 'j1' }, {}, { auth }, info]);
  context.setType('graphql');
  return { context, info: info as unknown as GraphQLResolveInfo };
}

/** Policy reads that allow every row and record the action each call names. */
function recordingReads() {
  const actions: string[] = [];
  const reads = {
    filterByCategory: (_viewer: Viewer, rows: readonly unknown[], _c: unknown, _i: unknown, action: string) => {
      actions.push(action);
      return Promise.resolve([...rows]);
    },
    briefsVisible: (_viewer: Viewer, briefs: readonly unknown[], action: string) => {
      actions.push(action);
      return Promise.resolve(briefs.map(() => true));
    },
  } as unknown as PolicyReads;
  return { reads, actions };
}

describe('@PersonalData() fields at run time', () => {
  it('names every read after the GraphQL field, and a brief after the field of the returned type that holds it', async () => {
    const { reads, actions } = recordingReads();
    const { context, info } = resolution();
    const answer = new ServePersonalData(reads).intercept(context, {
      handle: () =>
        from(
          (async () => {
            const served = servedFieldOf(info)!;
            const rows = await served.rows([{ journeyId: 'j1' }], 'meeting', () => ({}));
            await served.briefs('brief', [{ journeyId: 'j1', organiser: 'FK', categories: ['benefit'] }]);
            return rows;
          })(),
        ),
    });
    expect(await firstValueFrom(answer)).toEqual([{ journeyId: 'j1' }]);
    expect(actions).toEqual(['Person.afUpcomingMeetings', 'AfMeeting.brief']);
  });

  it('refuses a brief path that is no field of the returned type', async () => {
    const { reads } = recordingReads();
    const { context, info } = resolution();
    const answer = new ServePersonalData(reads).intercept(context, {
      handle: () => from(servedFieldOf(info)!.briefs('summary', [])),
    });
    await expect(firstValueFrom(answer)).rejects.toThrow(
      'Person.afUpcomingMeetings returns AfMeeting, which has no field summary',
    );
  });

  it('fails closed when the resolver answers with data without asking the policy', async () => {
    const { reads } = recordingReads();
    const handler: CallHandler = { handle: () => of([{ journeyId: 'j1' }]) };
    const answer = new ServePersonalData(reads).intercept(resolution().context, handler);
    await expect(firstValueFrom(answer)).rejects.toThrow(
      'Person.afUpcomingMeetings answered without asking the access policy',
    );
  });

  it('lets an empty answer through without a read (nothing was shown)', async () => {
    const { reads, actions } = recordingReads();
    const answer = new ServePersonalData(reads).intercept(resolution().context, { handle: () => of([]) });
    expect(await firstValueFrom(answer)).toEqual([]);
    expect(actions).toEqual([]);
  });

  it('answers UNAUTHENTICATED before the resolver runs when the request has no valid token', () => {
    const { reads } = recordingReads();
    const handle = jest.fn(() => of(null));
    expect(() => new ServePersonalData(reads).intercept(resolution(null).context, { handle })).toThrow(
      'Send a bearer token',
    );
    expect(handle).not.toHaveBeenCalled();
  });
});
