import { Module } from '@nestjs/common';

/** Arbetsförmedlingen's resolver module, as a token its GraphQL types name in `registerIn` (af.module.ts fills it). */
@Module({})
export class AfModule {}
