import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingProxy {
  /** Each subgraph's URL through the proxy. */
  urls: Record<string, string>;
  /** How many requests reached any subgraph so far. */
  calls(): number;
  close(): Promise<void>;
}

/** Forwards `/<name>` to the subgraph `targets[name]`, counting the requests: to show what reached none. */
export async function startCountingProxy(targets: Record<string, string>, host = '127.0.0.1'): Promise<CountingProxy> {
  let calls = 0;
  const server = createServer((request, response) => {
    calls++;
    const target = targets[(request.url ?? '').slice(1)];
    if (!target) return void response.writeHead(404).end();
    void forward(request, target).then(
      async (answer) => {
        const contentType = answer.headers.get('content-type') ?? 'application/json';
        response.writeHead(answer.status, { 'content-type': contentType }).end(Buffer.from(await answer.arrayBuffer()));
      },
      () => response.writeHead(502).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urls: Object.fromEntries(Object.keys(targets).map((name) => [name, `http://${host}:${port}/${name}`])),
    calls: () => calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function forward(request: IncomingMessage, target: string): Promise<Response> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = Object.entries(request.headers).flatMap(([name, value]) =>
    typeof value === 'string' && !['host', 'content-length', 'connection'].includes(name)
      ? [[name, value] as [string, string]]
      : [],
  );
  return fetch(target, { method: request.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
}
