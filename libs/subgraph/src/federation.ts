/**
 * The Federation link the subgraphs declare. NestJS 12 emits v2.14 by default, which
 * @theguild/federation-composition 0.27 rejects; v2.7 with its own directive list composes.
 */
export const FEDERATION_V2_7 = {
  version: 2,
  importUrl: 'https://specs.apollo.dev/federation/v2.7',
  directives: [
    '@key',
    '@shareable',
    '@external',
    '@requires',
    '@provides',
    '@tag',
    '@inaccessible',
    '@override',
    '@extends',
    '@interfaceObject',
    '@composeDirective',
    '@authenticated',
    '@requiresScopes',
    '@policy',
  ],
} as const;
