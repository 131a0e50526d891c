import { Module } from '@nestjs/common';

/** The reporting subgraph's module, as a token its GraphQL types name in `registerIn` (reporting.module.ts fills it). */
@Module({})
export class ReportingModule {}
