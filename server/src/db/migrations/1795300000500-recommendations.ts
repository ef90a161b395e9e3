import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { col, fk, index } from "./columns";

/** The trigger settings' defaults as this migration wrote them (a copy: a migration never changes with today's code). */
const DEFAULT_TRIGGER_SETTINGS = {
  agreementHorizonMonths: 24,
  agreementUrgentMonths: 12,
  poorFitThreshold: 2,
  competenceRiskMinScore: 60,
  competenceHorizonMonths: 12,
  sameApplicationMinMunicipalities: 2,
  jointLevel: 3,
  weightAgreementExpiring: 30,
  weightPoorApplication: 25,
  weightCompetenceRisk: 20,
  weightSameApplication: 25,
  transitionWindowDays: 28,
} as const;

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

/** Change freezes per municipality, the trigger settings (one row, with the documented defaults) and decisions on candidates. */
export class Recommendations1795300000500 implements MigrationInterface {
  name = "Recommendations1795300000500";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "change_freeze",
        columns: [
          col.id(),
          col.int("municipality_id"),
          col.varchar("name", 150),
          col.varchar("kind", 20),
          col.varchar("category", 30, true),
          col.int("from_week", true),
          col.int("to_week", true),
          col.varchar("from_month_day", 5, true),
          col.varchar("to_month_day", 5, true),
          col.date("from_date", true),
          col.date("to_date", true),
          col.text("note"),
        ],
        foreignKeys: [fk("municipality_id", "municipality", "CASCADE")],
        indices: [index("change_freeze", ["municipality_id"])],
      }),
    );
    const settings = Object.keys(DEFAULT_TRIGGER_SETTINGS) as (keyof typeof DEFAULT_TRIGGER_SETTINGS)[];
    await q.createTable(new Table({ name: "trigger_settings", columns: [col.id(), ...settings.map((s) => col.int(snake(s)))] }));
    // Whole numbers from a constant, so literal SQL is safe and the same on every driver.
    await q.query(`INSERT INTO trigger_settings (${settings.map(snake).join(", ")}) VALUES (${settings.map((s) => String(DEFAULT_TRIGGER_SETTINGS[s])).join(", ")})`);
    await q.createTable(
      new Table({
        name: "recommendation_decision",
        columns: [
          col.id(),
          col.text("candidate_key", false),
          col.varchar("subject", 60),
          col.text("participant_ids", false),
          col.text("fingerprint", false),
          col.varchar("status", 10),
          col.date("deferred_until", true),
          col.text("reason", false),
          col.text("summary", false),
          col.date("decided_on"),
          col.instant("decided_at"),
          col.varchar("decided_by", 100),
          col.int("municipality_id", true),
        ],
        foreignKeys: [fk("municipality_id", "municipality", "SET NULL")],
        indices: [index("recommendation_decision", ["subject"]), index("recommendation_decision", ["decided_on"])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("recommendation_decision");
    await q.dropTable("trigger_settings");
    await q.dropTable("change_freeze");
  }
}
