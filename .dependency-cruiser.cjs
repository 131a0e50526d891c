/**
 * The dependency rules of docs/adr/0016: no cycles, a pure domain, libraries below apps, apps joined only
 * through their public `@samsyn/*` aliases. `npm run deps:check` fails on any violation.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle means neither file can be read, changed or loaded without the other. Put what both need in a leaf ' +
        'file (e.g. a module token in `x.tokens.ts`) that imports neither.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-imports-no-package',
      severity: 'error',
      comment:
        'libs/domain is pure TypeScript: no framework, driver or other package (@nestjs, graphql, pg, ' +
        '@electric-sql, express, …) and no Node built-in. A pure built-in may be allowed here by name if ever needed.',
      from: { path: '^libs/domain/src/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'core'] },
    },
    {
      name: 'domain-imports-no-other-library',
      severity: 'error',
      comment: 'libs/domain imports only its own files: no @samsyn/* library, no relative path out of libs/domain.',
      from: { path: '^libs/domain/src/' },
      to: { pathNot: ['^libs/domain/src/', '(^|/)node_modules/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'libraries-import-no-app',
      severity: 'error',
      comment: 'libs/* is shared by the apps; an app is a deployable on top, never something a library needs.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-join-through-aliases',
      severity: 'error',
      comment:
        "An app reaches another app only through its `@samsyn/app-*` alias (the other app's index.ts), never by a " +
        'relative path into its files.',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: ['^apps/$1/'], dependencyTypesNot: ['aliased-tsconfig-paths'] },
    },
    {
      name: 'apps-use-public-surface',
      severity: 'error',
      comment: "An app's alias names its src/index.ts; the files behind it are that app's own business.",
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/([^/]+)/src/(?!index\\.ts$)', pathNot: ['^apps/$1/'] },
    },
    {
      name: 'libraries-join-through-aliases',
      severity: 'error',
      comment:
        'A library reaches another only as `@samsyn/<lib>` (its index.ts), never by a relative path into its files.',
      from: { path: '^libs/([^/]+)/src/' },
      to: { path: '^libs/', pathNot: ['^libs/$1/'], dependencyTypesNot: ['aliased-tsconfig-paths'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a typo or a missing alias.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|data|coverage)/' },
    // `import type` counts too: a cycle through types is still a cycle for whoever reads the code.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
