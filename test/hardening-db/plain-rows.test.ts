import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { Collaboration, CollaborationParticipant, LevelChange } from "../../server/src/collaborations/entities";
import { openDatabase } from "../../server/src/app/database";
import { hasPlainColumns, loadEntities } from "../../server/src/db/plain-rows";
import { whereIn } from "../../server/src/db/where-in";
import { Municipality } from "../../server/src/municipalities/entities";
import { loadSeed } from "../../seeds/load";
import { freshDatabase, type FreshDatabase } from "../helpers/database";

describe("the API loaders' entities from plain rows", () => {
  let database: FreshDatabase;
  let db: DataSource;
  beforeAll(async () => {
    database = await freshDatabase();
    db = await openDatabase({ url: database.url });
    await loadSeed(db);
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it("are read as plain rows for the entities of the collaborations page (integers and texts only)", () => {
    for (const entity of [Collaboration, CollaborationParticipant, LevelChange, Municipality]) expect(hasPlainColumns(db.getMetadata(entity))).toBe(true);
  });

  it("are the entities TypeORM builds: same class, same values, same order", async () => {
    const ids = (await db.getRepository(Collaboration).find()).map((c) => c.id);
    for (const entity of [CollaborationParticipant, LevelChange]) {
      const query = () => whereIn(db.getRepository<CollaborationParticipant | LevelChange>(entity).createQueryBuilder("e"), "e.collaborationId", ids).orderBy("e.collaborationId").addOrderBy("e.id");
      const viaTypeorm = await query().getMany();
      const plain = await loadEntities(query());
      expect(viaTypeorm.length).toBeGreaterThan(0);
      expect(plain.every((row) => row instanceof entity)).toBe(true);
      expect(plain.map((row) => ({ ...row }))).toEqual(viaTypeorm.map((row) => ({ ...row })));
    }
  });
});
