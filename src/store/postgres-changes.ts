import pg from 'pg';
import type { ChangeListener, PostingChange } from './types.js';

const RETRY_MS = { first: 500, max: 15_000 };

function parseNotification(payload: string | undefined, ownOrigin: string): PostingChange | undefined {
  if (!payload) return undefined;
  try {
    const message = JSON.parse(payload) as { kind?: unknown; id?: unknown; origin?: unknown };
    if (message.origin === ownOrigin) return undefined;
    if ((message.kind === 'upsert' || message.kind === 'delete') && typeof message.id === 'string')
      return { kind: message.kind, id: message.id };
  } catch {
    // Not ours: something else notified the channel.
  }
  return undefined;
}

/**
 * LISTENs on the postings channel over a dedicated connection and passes other instances' writes to
 * the subscribers. When the connection drops it reconnects with back-off and sends `resync`, since
 * notifications sent meanwhile are lost.
 */
export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();
  private client: pg.Client | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private retryMs = RETRY_MS.first;
  private closed = false;

  constructor(
    private readonly clientConfig: pg.ClientConfig,
    private readonly channel: string,
    private readonly origin: string,
  ) {}

  async subscribe(listener: ChangeListener): Promise<() => Promise<void>> {
    this.listeners.add(listener);
    if (!this.client) await this.connect();
    return async () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) await this.disconnect();
    };
  }

  private emit(change: PostingChange): void {
    for (const listener of this.listeners) listener(change);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.clientConfig);
    client.on('notification', (message) => {
      const change = parseNotification(message.payload, this.origin);
      if (change) this.emit(change);
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (err) {
      this.client = undefined;
      await client.end().catch(() => undefined);
      throw err;
    }
    this.retryMs = RETRY_MS.first;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client || this.closed) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.listeners.size === 0 || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.connect().then(
        () => this.emit({ kind: 'resync' }),
        () => {
          this.retryMs = Math.min(this.retryMs * 2, RETRY_MS.max);
          this.scheduleReconnect();
        },
      );
    }, this.retryMs);
    this.retryTimer.unref();
  }

  private async disconnect(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    await this.disconnect();
  }
}
