import type { MigrationInterface, QueryRunner } from "typeorm";

/** Every name-like column with its stored key (as common/names.ts makes them): table, key column, source column. */
const keys: [table: string, key: string, source: string][] = [
  ["municipality", "name_key", "name"],
  ["it_unit", "name_key", "name"],
  ["collaboration_body", "name_key", "name"],
  ["application", "name_key", "name"],
  ["application", "vendor_key", "vendor"],
  ["collaboration", "name_key", "name"],
  ["person", "name_key", "name"],
  ["agreement", "name_key", "name"],
  ["competence_network", "name_key", "name"],
  ["training_plan", "name_key", "name"],
  ["governance_document", "title_key", "title"],
];

/**
 * Sort and search keys for names (nameKey, below): Swedish order (å, ä, ö after z) and case- and accent-folded search
 * that are the same on SQLite (binary comparison) and PostgreSQL (`COLLATE "C"`). Backfilled here;
 * kept by NameKeySubscriber afterwards.
 */
export class NameKeys1795300000450 implements MigrationInterface {
  name = "NameKeys1795300000450";

  async up(q: QueryRunner): Promise<void> {
    const postgres = q.connection.options.type === "postgres";
    for (const [table, key, source] of keys) {
      const nullable = source === "vendor";
      const type = `varchar(400)${postgres ? ' COLLATE "C"' : ""}`;
      await q.query(`ALTER TABLE ${table} ADD COLUMN ${key} ${type}${nullable ? "" : " NOT NULL DEFAULT ''"}`);
      const rows: { id: number; value: string | null }[] = await q.query(`SELECT id, ${source} AS value FROM ${table}`);
      for (const row of rows) {
        await q.query(`UPDATE ${table} SET ${key} = ${postgres ? "$1" : "?"} WHERE id = ${postgres ? "$2" : "?"}`, [row.value === null ? null : nameKey(row.value), row.id]);
      }
      await q.query(`CREATE INDEX ix_${table}_${key} ON ${table} (${key})`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, key] of keys.toReversed()) {
      await q.query(`DROP INDEX ix_${table}_${key}`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN ${key}`);
    }
  }
}

// A frozen copy of common/names.ts's nameKey (as it stood when this copy was made): a migration must
// backfill the same keys forever, whatever the live function (which NameKeySubscriber uses for later
// writes) becomes; a change to that function comes with a migration of its own that re-keys the rows.

/**
 * Lower case with å → "{", ä/æ → "|", ö/ø → "}" (the code points after "z"), ü → "y", ß → "ss", every
 * other accent dropped, and a literal "{", "|" or "}" made "(", "/" or ")".
 */
function nameKey(name: string): string {
  return isPlain(name) ? name.toLowerCase().replace(/[åäö]/g, (c) => SWEDISH_KEYS[c]!) : foldedKey(name);
}

const SWEDISH_KEYS: Readonly<Record<string, string>> = { å: "{", ä: "|", ö: "}" };

/** ASCII below "{", å ä ö in either case and the en dash only: the full folding would change nothing else. */
function isPlain(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x7b) continue;
    if (c === 0xe5 || c === 0xe4 || c === 0xf6 || c === 0xc5 || c === 0xc4 || c === 0xd6 || c === 0x2013) continue;
    return false;
  }
  return true;
}

function foldedKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[{|}]/g, (c) => ({ "{": "(", "|": "/", "}": ")" })[c]!)
    .normalize("NFD")
    .replace(/a\u030a/g, "{")
    .replace(/a\u0308|æ/g, "|")
    .replace(/o\u0308|ø/g, "}")
    .replace(/u\u0308/g, "y")
    .replace(/ß/g, "ss")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
}
