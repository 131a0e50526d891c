import { Module } from '@nestjs/common';

/** Försäkringskassan's resolver module, as a token its GraphQL types name in `registerIn` (fk.module.ts fills it). */
@Module({})
export class FkModule {}
