// The little of `pg` (node-postgres 8) that store.ts uses; `pg` ships no types of its own.
declare module 'pg' {
  export interface QueryResult<Row> {
    rows: Row[];
    rowCount: number | null;
  }
  export interface PoolClient {
    query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
    release(destroy?: boolean | Error): void;
  }
  export class Pool {
    constructor(config: { connectionString: string; max?: number });
    query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
    connect(): Promise<PoolClient>;
    end(): Promise<void>;
    on(event: 'error', listener: (error: Error) => void): this;
  }
  const pg: { Pool: typeof Pool };
  export default pg;
}
