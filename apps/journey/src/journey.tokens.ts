import { Module } from '@nestjs/common';

/**
 * The journey subgraph's resolver module, as a token: its GraphQL types name it in `registerIn` without
 * importing the resolvers (journey.module.ts gives it its providers).
 */
@Module({})
export class JourneyModule {}
