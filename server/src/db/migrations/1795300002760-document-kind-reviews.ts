import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";

type Range = [min: number, max: number, fallback: number];

/** Review intervals in months the kinds had in code (kept here, not imported: a migration must not change with live code). */
const RANGES: Record<string, Range> = {
  IT_POLICY: [12, 60, 60],
  IT_INSTRUCTIONS: [36, 60, 36],
  INFOSEC_POLICY: [12, 60, 48],
  STRATEGY: [12, 60, 48],
  GUIDELINES: [12, 60, 36],
  IMPLEMENTATION_GUIDE: [12, 60, 36],
  ACTION_PLAN: [6, 36, 12],
  MAINTENANCE_PLAN: [6, 24, 12],
  CONTINUITY_PLAN: [6, 36, 12],
  ROUTINE: [6, 60, 24],
};
/** What the code gave any other kind (OTHER). */
const DEFAULT_RANGE: Range = [1, 120, 36];

/** Document kinds the source documents name beside Luleå's list. */
const NEW_KINDS: [code: string, name: string, description: string][] = [
  ["ACTION_PLAN", "Handlingsplan", "Projekt och åtgärder som realiserar en strategi (Luleå, Norsjö)."],
  ["MAINTENANCE_PLAN", "Systemförvaltningsplan", "Verksamhetens plan för förvaltningen av ett system: prioriterar projekt och aktiviteter (Norsjö)."],
  ["CONTINUITY_PLAN", "Kontinuitetsplan", "Kontinuitetsplan och återställningsprocedurer för kritiska system och data; granskas regelbundet (riktlinjer för roller och ansvar)."],
  ["ROUTINE", "Rutin", "Rutiner och regler för IT-system och IT-plattform (Norrköping)."],
];

/**
 * Governance-document kinds as a vocabulary in use: each GOVERNANCE_DOCUMENT_KIND term carries its
 * review interval (revideringsintervall: least, most, default months), which the code held for the
 * three enum kinds; the kinds the source documents name beside Luleå's are added before OTHER.
 * Stored documents keep their codes, every one of which names a term since the vocabularies migration.
 */
export class DocumentKindReviews1795300002760 implements MigrationInterface {
  name = "DocumentKindReviews1795300002760";

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns("vocabulary_term", [
      new TableColumn({ name: "review_min_months", type: "integer", isNullable: true }),
      new TableColumn({ name: "review_max_months", type: "integer", isNullable: true }),
      new TableColumn({ name: "review_default_months", type: "integer", isNullable: true }),
    ]);
    const postgres = q.connection.options.type === "postgres";
    const p = (i: number) => (postgres ? `$${i}` : "?");
    const terms: { code: string; sort_order: number }[] = await q.query(`SELECT code, sort_order FROM vocabulary_term WHERE vocabulary = ${p(1)}`, ["GOVERNANCE_DOCUMENT_KIND"]);
    const known = new Set(terms.map((t) => t.code));
    const other = terms.find((t) => t.code === "OTHER");
    const before = other ? Number(other.sort_order) : Math.max(0, ...terms.map((t) => Number(t.sort_order))) + 10;
    const added = NEW_KINDS.filter(([code]) => !known.has(code));
    for (const [i, [code, name, description]] of added.entries()) {
      // Between the last kind before OTHER and OTHER (ties fall back to the code's order).
      const sortOrder = before - added.length + i;
      await q.query(`INSERT INTO vocabulary_term (vocabulary, code, name, description, sort_order) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)})`, [
        "GOVERNANCE_DOCUMENT_KIND",
        code,
        name,
        description,
        sortOrder,
      ]);
    }
    for (const code of [...known, ...added.map(([c]) => c)]) {
      const [min, max, fallback] = RANGES[code] ?? DEFAULT_RANGE;
      await q.query(`UPDATE vocabulary_term SET review_min_months = ${p(1)}, review_max_months = ${p(2)}, review_default_months = ${p(3)} WHERE vocabulary = ${p(4)} AND code = ${p(5)}`, [
        min,
        max,
        fallback,
        "GOVERNANCE_DOCUMENT_KIND",
        code,
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    const postgres = q.connection.options.type === "postgres";
    const p = (i: number) => (postgres ? `$${i}` : "?");
    const codes = NEW_KINDS.map(([code]) => code);
    await q.query(`DELETE FROM vocabulary_term WHERE vocabulary = ${p(1)} AND code IN (${codes.map((_, i) => p(i + 2)).join(", ")}) AND code NOT IN (SELECT DISTINCT kind FROM governance_document)`, [
      "GOVERNANCE_DOCUMENT_KIND",
      ...codes,
    ]);
    for (const name of ["review_default_months", "review_max_months", "review_min_months"]) await q.dropColumn("vocabulary_term", name);
  }
}
