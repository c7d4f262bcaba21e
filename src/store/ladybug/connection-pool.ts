/** A fixed set of connections handed out one caller at a time; callers queue when all are busy. */
export class ConnectionPool<C> {
  private readonly idle: C[];
  private readonly waiting: ((conn: C) => void)[] = [];

  constructor(readonly connections: readonly C[]) {
    this.idle = [...connections];
  }

  async use<T>(fn: (conn: C) => Promise<T>): Promise<T> {
    const conn = this.idle.pop() ?? (await new Promise<C>((resolve) => this.waiting.push(resolve)));
    try {
      return await fn(conn);
    } finally {
      const next = this.waiting.shift();
      if (next) next(conn);
      else this.idle.push(conn);
    }
  }
}
