import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { zendeskRecords } from '../tickets';
import { loadTicketFolder } from '../tickets/load-ticket-folder';
import { readStatic } from './static-files';
import { freePort, startZcliAppServer } from './zcli-app-server';

export interface DemoServerOptions {
  /** 0 lets the OS choose, for tests. */
  readonly port: number;
  readonly appDir: string;
  readonly hostDir: string;
  readonly ticketsDir: string;
  readonly zcliPort?: number;
}

export interface DemoServer {
  readonly url: string;
  readonly appServer: string;
  close(): Promise<void>;
}

/**
 * The local Zendesk host: the host page, the sample tickets and the app served by zcli, all on
 * 127.0.0.1. Tickets are read per request so edited sample files show on reload.
 */
export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const zcli = await startZcliAppServer(
    resolve(options.appDir),
    options.zcliPort ?? (await freePort()),
  );
  const hostDir = resolve(options.hostDir);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      if (path === '/demo/config.json') {
        response.writeHead(200, { 'content-type': 'application/json' });
        const rateLimit = process.env['HANDOFF_DEMO_RATE_LIMIT'];
        response.end(
          JSON.stringify({
            appServer: zcli.url,
            ...(rateLimit === undefined ? {} : { rateLimit }),
          }),
        );
        return;
      }
      if (path === '/demo/tickets.json') {
        const { tickets, problems } = loadTicketFolder(resolve(options.ticketsDir));
        const samples = tickets.map((file) => ({ file: zendeskRecords(file), demo: file.demo }));
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ tickets: samples, problems }));
        return;
      }
      const file = await readStatic(hostDir, path);
      if (file === undefined) {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('Not found');
        return;
      }
      response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' });
      response.end(file.body);
    })();
  });
  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(options.port, '127.0.0.1', done);
    });
  } catch (error) {
    zcli.stop();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    appServer: zcli.url,
    close: async () => {
      zcli.stop();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
