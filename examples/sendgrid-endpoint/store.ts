/**
 * The endpoint's database: PGlite (Postgres in WebAssembly, file-backed in a
 * data directory, no server) by default, or PostgreSQL through `pg` when a
 * `postgres://` URL is given. The same SQL runs on both: plain tables, jsonb,
 * `INSERT … ON CONFLICT`, and a `migrations` table of applied versions.
 */
import type { HostSend } from '../../src/adapters/index.js';
import { messageKey } from '../../src/adapters/history.js';
import { messageKeyOf, sendGridEventKey, sendIdOf, type InvoiceSend, type SendGridEvent } from './records.js';

interface Sql {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[]; rowCount: number }>;
  /** Several statements, no parameters. */
  exec(sql: string): Promise<void>;
}

interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * An event as jsonb accepts it: PostgreSQL's jsonb has no \u0000 and no lone
 * surrogate, and one such character would fail the whole signed batch on
 * every retry. Such characters are replaced, never the event lost.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what jsonb refuses.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const storableJson = (event: unknown): string =>
  JSON.stringify(event, (_key, value: unknown) =>
    typeof value === 'string' ? value.replace(UNSTORABLE, '\uFFFD') : value,
  );

/** Each migration runs once, in order, in a transaction with its row in `migrations`. Never edit one: add the next. */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'sends and sendgrid_events',
    sql: `
      CREATE TABLE sends (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        id text PRIMARY KEY,
        invoice_id text NOT NULL,
        message_id text,
        record jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sends_invoice_id ON sends (invoice_id, seq);
      CREATE INDEX sends_message_id ON sends (message_id);
      CREATE TABLE sendgrid_events (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        event_key text PRIMARY KEY,
        message_id text,
        send_id text,
        payload jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sendgrid_events_message_id ON sendgrid_events (message_id, seq);
      CREATE INDEX sendgrid_events_send_id ON sendgrid_events (send_id, seq);
    `,
  },
];

/** Any number: it only keeps two instances starting at once on one PostgreSQL from migrating together. */
const MIGRATION_LOCK = 7_240_611;

async function openPGlite(dataDir: string | undefined): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  // No directory: in memory (gone when closed).
  const db = await PGlite.create(dataDir);
  const wrap = (sql: Pick<typeof db, 'query' | 'exec'>): Sql => ({
    async query<Row>(text: string, params?: unknown[]) {
      const result = await sql.query<Row>(text, params);
      return { rows: result.rows, rowCount: result.affectedRows ?? 0 };
    },
    async exec(text: string) {
      await sql.exec(text);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    close: () => db.close(),
  };
}

async function openPostgres(connectionString: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString, max: 5 });
  // An idle connection that dies (a database restart) must not crash the process.
  pool.on('error', (error) => console.error('postgres:', error.message));
  const wrap = (client: Pick<typeof pool, 'query'>): Sql => ({
    async query<Row>(text: string, params?: unknown[]) {
      const result = await client.query<Row>(text, params);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
    async exec(text: string) {
      await client.query(text);
    },
  });
  await pool.query('SELECT 1'); // fail at start, not at the first webhook
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        client.release(true);
        throw error;
      }
    },
    close: () => pool.end(),
  };
}

/** Applies the migrations not yet in `migrations`; returns the versions it applied. */
async function migrate(db: Database): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const { rows } = await tx.query<{ version: number }>('SELECT version FROM migrations');
    const applied = new Set(rows.map((row) => Number(row.version)));
    const now: number[] = [];
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      now.push(migration.version);
    }
    return now;
  });
}

export interface StoreOptions {
  /** PGlite's data directory; without it (and without `databaseUrl`) the database is in memory. */
  dataDir?: string | undefined;
  /** `postgres://…`: PostgreSQL through `pg` instead of PGlite. */
  databaseUrl?: string | undefined;
}

export type SendOutcome = 'created' | 'updated' | 'conflict';

export interface Store {
  readonly kind: 'pglite' | 'postgres';
  /** The migration versions applied when it opened. */
  readonly migrated: number[];
  /** Stores the events not stored before (by sendGridEventKey), all or none; returns how many were new. */
  storeEvents(events: SendGridEvent[]): Promise<number>;
  /** Records a send, or updates it when the same invoice posts it again; another invoice's send id is a conflict. */
  recordSend(send: InvoiceSend): Promise<SendOutcome>;
  /** The invoice's sends, in the order they were recorded. */
  sendsOf(invoiceId: string): Promise<HostSend[]>;
  /** The events of the invoice's sends (by message id, or by a `send_id` custom arg), in arrival order. */
  eventsOf(invoiceId: string): Promise<unknown[]>;
  countEvents(): Promise<number>;
  close(): Promise<void>;
}

export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const db = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPGlite(options.dataDir);
  let migrated: number[];
  try {
    migrated = await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    kind: db.kind,
    migrated,
    async storeEvents(events) {
      if (!events.length) return 0;
      // One statement: the batch is stored whole or not at all, and a retried
      // delivery (or a duplicate inside one batch) adds nothing.
      const { rowCount } = await db.query(
        `INSERT INTO sendgrid_events (event_key, message_id, send_id, payload)
         SELECT event_key, message_id, send_id, payload::jsonb
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
           WITH ORDINALITY AS batch (event_key, message_id, send_id, payload, position)
         ORDER BY position
         ON CONFLICT (event_key) DO NOTHING`,
        [
          events.map(sendGridEventKey),
          events.map((event) => messageKeyOf(event) ?? null),
          events.map((event) => sendIdOf(event) ?? null),
          events.map(storableJson),
        ],
      );
      return rowCount;
    },
    async recordSend({ invoiceId, ...send }) {
      const { rows } = await db.query<{ created: boolean }>(
        `INSERT INTO sends (id, invoice_id, message_id, record) VALUES ($1, $2, $3, $4::jsonb)
         ON CONFLICT (id) DO UPDATE SET message_id = EXCLUDED.message_id, record = EXCLUDED.record
           WHERE sends.invoice_id = EXCLUDED.invoice_id
         RETURNING (xmax = 0) AS created`,
        [send.id, invoiceId, messageKey(send.messageId) ?? null, JSON.stringify(send)],
      );
      if (!rows[0]) return 'conflict';
      return rows[0].created ? 'created' : 'updated';
    },
    async sendsOf(invoiceId) {
      const { rows } = await db.query<{ record: HostSend }>('SELECT record FROM sends WHERE invoice_id = $1 ORDER BY seq', [
        invoiceId,
      ]);
      return rows.map((row) => row.record);
    },
    async eventsOf(invoiceId) {
      const { rows } = await db.query<{ payload: unknown }>(
        `SELECT e.payload FROM sendgrid_events e
         WHERE e.message_id IN (SELECT s.message_id FROM sends s WHERE s.invoice_id = $1 AND s.message_id IS NOT NULL)
            OR e.send_id IN (SELECT s.id FROM sends s WHERE s.invoice_id = $1)
         ORDER BY e.seq`,
        [invoiceId],
      );
      return rows.map((row) => row.payload);
    },
    async countEvents() {
      const { rows } = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM sendgrid_events');
      return Number(rows[0]?.count ?? 0);
    },
    close: () => db.close(),
  };
}
