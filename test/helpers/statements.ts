import type { DataSource } from "typeorm";
import { addSyntheticData, type SyntheticData } from "../../seeds/synthetic";
import { startServer, type TestServer } from "./server";

/** The large server's synthetic data beside the seed: 40 more municipalities, 93 more collaborations. */
export const LARGE_DATA = { municipalities: 40, collaborations: 93, participantsPerCollaboration: 5, historyPerCollaboration: 3 };

export interface StatementServers {
  /** The Dalsland seed: the small case every pin is first taken on. */
  seeded: TestServer;
  /** The seed plus LARGE_DATA plus what `more` writes: a pinned count must not grow on it. */
  large: TestServer;
  close(): Promise<void>;
}

/**
 * The two servers a statement-count test compares, started together: one on the seed, one with
 * many times the data (`more` adds a domain's own rows over the synthetic collaborations).
 */
export async function startStatementServers(more?: (db: DataSource, data: SyntheticData) => Promise<unknown>): Promise<StatementServers> {
  const [seeded, large] = await Promise.all([
    startServer(),
    startServer({
      prepare: async (db) => {
        const data = await addSyntheticData(db, LARGE_DATA);
        if (more) await more(db, data);
      },
    }),
  ]);
  return { seeded, large, close: async () => void (await Promise.all([seeded.close(), large.close()])) };
}
