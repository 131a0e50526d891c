import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * What the explorer opens with: how to get a token, where to put it, and a first query. A newcomer's
 * first request without a token is answered UNAUTHENTICATED, so the page says so before they try.
 */
const DEFAULT_QUERY = `# Samsyn's GraphQL API. Every request carries a bearer token. In development,
#   npm run -s token -- --org FK --role handlaggare
# prints one; paste it into Headers below, in place of <token>, and run (Ctrl-Enter).
{
  readModels {
    name
    version
    eventsBehind
  }
}
`;

export const GRAPHIQL_OPTIONS: GraphiQLOptions = {
  title: 'Samsyn GraphiQL',
  defaultQuery: DEFAULT_QUERY,
  defaultHeaders: JSON.stringify({ authorization: 'Bearer <token>' }, null, 2),
};

let rendered: { key: string; page: Promise<string> } | undefined;

/**
 * GraphiQL from the `@graphql-yoga/render-graphiql` package: its scripts, styles and editor workers are
 * inlined in the page, so it works where no CDN is reached (Yoga's default page loads them from one).
 * The page is about 9 MB: the package is loaded on the first request for it, never in production (where
 * GraphiQL is off), and the page is rendered once for the options the gateway passes.
 */
export function renderOfflineGraphiQL(options: GraphiQLOptions): Promise<string> {
  const key = JSON.stringify(options);
  if (rendered?.key !== key) {
    rendered = {
      key,
      page: import('@graphql-yoga/render-graphiql')
        .then((module) => module.renderGraphiQL(options))
        .catch((error: unknown) => {
          rendered = undefined;
          throw error;
        }),
    };
  }
  return rendered.page;
}
