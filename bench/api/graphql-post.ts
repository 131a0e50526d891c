/** One GraphQL answer: its data and errors as the server sent them, and the HTTP status. */
export interface GraphQLAnswer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs a GraphQL request (fetch keeps the connection alive between requests). */
export async function postGraphQL(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as Omit<GraphQLAnswer, 'status'>;
  return { status: response.status, ...body };
}

/** Why an answer does not count as a success: a status other than 200, or any GraphQL error; null when it is one. */
export function failureOf(answer: GraphQLAnswer): string | null {
  if (answer.status !== 200) return `HTTP ${answer.status}${answer.errors?.[0] ? `: ${answer.errors[0].message}` : ''}`;
  const [error] = answer.errors ?? [];
  if (error) return `${String(error.extensions?.['code'] ?? 'ERROR')}: ${error.message}`;
  return null;
}
