import { Logger } from '@nestjs/common';
import { StoreUnavailableError } from '@samsyn/event-store';
import { GraphQLErrorFilter } from '../src/graphql-error.filter';

describe('the GraphQL error filter when the database cannot be reached', () => {
  const filter = new GraphQLErrorFilter();
  beforeAll(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it('answers a raw connection error SERVICE_UNAVAILABLE, asking to retry, with nothing of the cause', () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED 10.1.2.3:5432'), { code: 'ECONNREFUSED' });
    const error = filter.catch(cause);
    expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'STORE_UNAVAILABLE', retryable: true });
    expect(error.message).toMatch(/try again/i);
    expect(JSON.stringify(error)).not.toMatch(/ECONNREFUSED|10\.1\.2\.3|5432/);
  });

  it('tells a command that nothing was written, and the commandId to resend', () => {
    const error = filter.catch(new StoreUnavailableError('not_written').forCommand('7f0c…'));
    expect(error.extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'STORE_UNAVAILABLE',
      retryable: true,
      writeOutcome: 'NOT_WRITTEN',
      commandId: '7f0c…',
    });
    expect(error.message).toMatch(/nothing was written.*same commandId/);
  });

  it('tells a command whose commit was cut off that its outcome is unknown and resending it is safe', () => {
    const cause = new Error('Connection terminated unexpectedly');
    const error = filter.catch(new StoreUnavailableError('unknown', { cause }).forCommand('c-1'));
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', writeOutcome: 'UNKNOWN', commandId: 'c-1' });
    expect(error.message).toMatch(/may or may not have been stored.*same commandId.*alreadyHandled/);
  });

  it('leaves other failures INTERNAL_SERVER_ERROR', () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    expect(filter.catch(Object.assign(new Error('x'), { code: '42601' })).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
  });
});
