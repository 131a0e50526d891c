import type { GatewayConfigBase } from '@graphql-hive/gateway-runtime';

/** One of the plugins Hive Gateway takes: its own, Yoga's or envelop's (GraphQL Armor's are envelop's). */
export type AnyGatewayPlugin = ReturnType<NonNullable<GatewayConfigBase<Record<string, unknown>>['plugins']>>[number];
