import type { EntityManager } from "typeorm";
import { dayBefore } from "../common/period";
import { FactVersion } from "./entities";
import { initialVersions, versionedSubjects } from "./subjects";

const CHUNK = 400;

/**
 * Gives every versioned subject that has no version yet its initial versions, from its current row
 * (see `initialVersions`). Used by the migration that introduced history, by the seeds and by the
 * synthetic-data generators, so all three start history the same way. Reads columns by name with
 * plain SQL, so it does not depend on today's entity classes.
 */
export async function backfillVersions(em: EntityManager, recordedAt: string): Promise<number> {
  let written = 0;
  for (const subject of versionedSubjects) {
    const columns = Object.values(subject.fields).map((column) => `t.${column} AS ${column}`);
    const start = subject.startColumn ? `t.${subject.startColumn}` : "NULL";
    const rows: Record<string, unknown>[] = await em.query(
      `SELECT t.id AS id, ${start} AS start_on, ${columns.join(", ")} FROM ${subject.table} t` +
        ` WHERE NOT EXISTS (SELECT 1 FROM fact_version v WHERE v.subject_type = '${subject.typeName}' AND v.subject_id = t.id) ORDER BY t.id`,
    );
    const versions: Partial<FactVersion>[] = [];
    for (const row of rows) {
      const facts = Object.fromEntries(Object.entries(subject.fields).map(([field, column]) => [field, normalise(row[column])]));
      const list = initialVersions(subject, (row.start_on as string | null) ?? null, facts);
      for (const [i, version] of list.entries()) {
        versions.push({
          subjectType: subject.typeName,
          subjectId: Number(row.id),
          validFrom: version.from,
          validTo: i + 1 < list.length ? dayBefore(list[i + 1].from) : null,
          facts: JSON.stringify(version.facts),
          recordedAt,
          correctionReason: null,
        });
      }
    }
    for (let i = 0; i < versions.length; i += CHUNK) {
      await em
        .createQueryBuilder()
        .insert()
        .into(FactVersion)
        .values(versions.slice(i, i + CHUNK))
        .execute();
    }
    written += versions.length;
  }
  return written;
}

/** PostgreSQL returns integers of COUNT/BIGINT as strings; our columns are integer or text. */
function normalise(value: unknown): unknown {
  return value === undefined ? null : value;
}
