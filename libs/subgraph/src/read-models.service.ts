import { Inject, Injectable } from '@nestjs/common';
import { type Position, parsePosition, type SqlClient } from '@samsyn/event-store';
import type { Projection, ProjectionTables } from '@samsyn/projections';
import type { RequestLike } from './caller';
import { GraphQLError } from 'graphql';
import type { ProjectionReading } from './projection-reading';
import { JourneyRowsLoader, type JourneyRowsQuery } from './journey-rows-loader';
import { PROJECTIONS, SQL_CLIENT } from './tokens';

/** The header a client sends to read at least as fresh as a mutation's `position`, across every subgraph. */
export const CONSISTENT_WITH_HEADER = 'x-samsyn-consistent-with';

/** Reads of the read models for resolvers, at least as fresh as the request asks. */
@Injectable()
export class ReadModels {
  private readonly loader: JourneyRowsLoader;

  constructor(
    @Inject(SQL_CLIENT) readonly sql: SqlClient,
    @Inject(PROJECTIONS) private readonly projections: ProjectionReading,
  ) {
    this.loader = new JourneyRowsLoader(sql);
  }

  /** The rows `query` reads for one journey; the journeys resolvers ask for in one turn share one statement. */
  rowsOf<Params, Row extends { journeyId: string }>(
    query: JourneyRowsQuery<Params, Row>,
    params: Params,
    journeyId: string,
  ): Promise<Row[]> {
    return this.loader.rowsOf(query, params, journeyId);
  }

  /** The first row `query` reads for one journey, or undefined; gathered as `rowsOf`. */
  async rowOf<Params, Row extends { journeyId: string }>(
    query: JourneyRowsQuery<Params, Row>,
    params: Params,
    journeyId: string,
  ): Promise<Row | undefined> {
    return (await this.rowsOf(query, params, journeyId))[0];
  }

  /**
   * The tables of `projection` once it has caught up with `consistentWith` (an argument) or the
   * x-samsyn-consistent-with header, whichever is given.
   */
  async tables<Name extends string>(
    projection: Projection<Name>,
    request: RequestLike | undefined,
    consistentWith?: string | null,
  ): Promise<ProjectionTables<Name>> {
    const wanted = consistentWith ?? headerValue(request);
    if (wanted) await this.projections.waitFor(projection.name, parseConsistentWith(wanted));
    return this.projections.tables(projection);
  }
}

function headerValue(request: RequestLike | undefined): string | undefined {
  const value = request?.headers[CONSISTENT_WITH_HEADER];
  return Array.isArray(value) ? value[0] : value;
}

function parseConsistentWith(text: string): Position {
  try {
    return parsePosition(text);
  } catch {
    throw new GraphQLError('consistentWith must be a position a mutation returned ("commit/prepare")', {
      extensions: { code: 'BAD_USER_INPUT', field: 'consistentWith' },
    });
  }
}
