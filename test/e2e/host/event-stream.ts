// Server-sent events: the services' emit(event, payload) reaches every page listening on /events.
import type { ServerResponse } from 'node:http';
import type { EventName, Events } from '../../../shared/ipc/events.js';
import { stringifyWithBytes } from './binary-json.js';

const KEEP_ALIVE_MS = 15_000;

export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly keepAlive: NodeJS.Timeout;

  constructor() {
    this.keepAlive = setInterval(() => this.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    this.keepAlive.unref();
  }

  /** Takes over a GET /events response and keeps it open until the page or the host goes away. */
  attach(response: ServerResponse, headers: Record<string, string>): void {
    response.writeHead(200, {
      ...headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
  }

  readonly emit = <E extends EventName>(event: E, payload: Events[E]): void => {
    this.write(`event: ${event}\ndata: ${stringifyWithBytes(payload)}\n\n`);
  };

  close(): void {
    clearInterval(this.keepAlive);
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  private write(chunk: string): void {
    for (const client of this.clients) client.write(chunk);
  }
}
