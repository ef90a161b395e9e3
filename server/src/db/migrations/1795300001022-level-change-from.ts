import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Each level change's `from_level_id` becomes the level of the change before it (by date, then the
 * order recorded): a back-dated correction recorded before this release left the next change
 * reading from the level stored when that change was recorded. Data only; no schema change.
 */
export class LevelChangeFrom1795300001022 implements MigrationInterface {
  name = "LevelChangeFrom1795300001022";

  async up(q: QueryRunner): Promise<void> {
    const rows: { id: number; collaboration_id: number; from_level_id: number | null; to_level_id: number }[] = await q.query(
      "SELECT id, collaboration_id, from_level_id, to_level_id FROM collaboration_level_change ORDER BY collaboration_id, changed_on, recorded_at, id",
    );
    const postgres = q.connection.options.type === "postgres";
    let previous: { collaboration_id: number; to_level_id: number } | null = null;
    for (const row of rows) {
      const from = previous && Number(previous.collaboration_id) === Number(row.collaboration_id) ? Number(previous.to_level_id) : null;
      if ((row.from_level_id === null ? null : Number(row.from_level_id)) !== from) {
        await q.query(`UPDATE collaboration_level_change SET from_level_id = ${postgres ? "$1" : "?"} WHERE id = ${postgres ? "$2" : "?"}`, [from, row.id]);
      }
      previous = row;
    }
  }

  async down(): Promise<void> {
    // The stored levels before were a fault, not a state to return to.
  }
}
