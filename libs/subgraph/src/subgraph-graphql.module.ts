import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { type BuildSchemaOptions, GraphQLModule } from '@nestjs/graphql';
import type { TokenVerifier } from '@samsyn/auth';
import { authenticate, type RequestLike } from './caller';
import { coercionErrorField } from './coercion-error-field';
import { FEDERATION_V2_7 } from './federation';
import { GraphQLErrorFilter } from './graphql-error.filter';
import { inputValidationPipe } from './input-validation.pipe';

type SubgraphPlugin = NonNullable<ApolloFederationDriverConfig['plugins']>[number];

export interface SubgraphOptions {
  /**
   * Development mode shows stack traces in errors, answers introspection and suggests fields ("Did you
   * mean …?"); otherwise none of these. The gateway composes with `_service { sdl }`, not introspection.
   */
  development: boolean;
  /** The modules whose resolvers belong to this subgraph; several subgraphs may share one process. */
  include: Type[];
  /** Checks each request's bearer token. */
  verifier: TokenVerifier;
  /** Entity stubs no query of this subgraph returns, which the schema must still hold (e.g. `Person`). */
  orphanedTypes?: Type[];
}

/** A Federation 2 code-first subgraph at /graphql: validated input, errors with stable codes. */
@Module({})
export class SubgraphGraphQLModule {
  static forSubgraph(options: SubgraphOptions): DynamicModule {
    return {
      module: SubgraphGraphQLModule,
      imports: [
        GraphQLModule.forRoot<ApolloFederationDriverConfig>({
          driver: ApolloFederationDriver,
          autoSchemaFile: { federation: { ...FEDERATION_V2_7, directives: [...FEDERATION_V2_7.directives] } },
          sortSchema: true,
          path: '/graphql',
          include: options.include,
          // `@PersonalData()` works through an interceptor, which NestJS runs on a `@ResolveField` only when asked to.
          fieldResolverEnhancers: ['interceptors'],
          // The federation driver does not hand `include` to the type generator (@nestjs/graphql 14.0.3 passes it
          // only on the non-federated path), so types registered in other subgraphs' modules would leak into
          // this schema; passing it along here restores the filter.
          buildSchemaOptions: {
            orphanedTypes: options.orphanedTypes ?? [],
            includeModules: options.include,
          } as BuildSchemaOptions,
          context: async ({ req }: { req: RequestLike }) => ({ req, auth: await authenticate(options.verifier, req) }),
          includeStacktraceInErrorResponses: options.development,
          introspection: options.development,
          hideSchemaDetailsFromClientErrors: !options.development,
          playground: false,
          formatError: (formatted) => {
            const extensions = formatted.extensions ?? {};
            if (extensions.code !== 'BAD_USER_INPUT' || extensions.field) return formatted;
            const field = coercionErrorField(formatted.message);
            return field ? { ...formatted, extensions: { ...extensions, field } } : formatted;
          },
          // Subgraph traces are for Apollo's own gateway; Hive Gateway does not read them. (The cast bridges
          // @apollo/server's CommonJS and ES-module typings of the same plugin type.)
          plugins: [ApolloServerPluginInlineTraceDisabled() as unknown as SubgraphPlugin],
        }),
      ],
      providers: [
        { provide: APP_PIPE, useValue: inputValidationPipe() },
        { provide: APP_FILTER, useClass: GraphQLErrorFilter },
      ],
    };
  }
}
