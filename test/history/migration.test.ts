import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDataSource, openDatabase } from "../../server/src/app/database";
import { migrations } from "../../server/src/db/migrations";
import { DatedFacts1795300000300 } from "../../server/src/db/migrations/1795300000300-dated-facts";
import { FactVersion } from "../../server/src/history/entities";

const dir = mkdtempSync(join(tmpdir(), "samverkan-migration-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The migrations the previous release shipped: everything before dated history. */
const BEFORE_HISTORY = migrations.slice(0, migrations.indexOf(DatedFacts1795300000300));

describe("a database created before dated history", () => {
  it("migrates forward, gets its first versions from today's rows, and answers as before for today", async () => {
    const file = join(dir, "old.db");
    const old = createDataSource({ url: file });
    old.setOptions({ migrations: BEFORE_HISTORY });
    await old.initialize();
    await old.runMigrations({ transaction: "each" });
    // Rows as the previous release wrote them (plain SQL: today's entities have more columns).
    await old.query(`INSERT INTO collaboration_level (id, ordinal, name, description) VALUES (1, 1, 'Erfarenhetsutbyte', 'x'), (2, 3, 'Gemensam drift', 'x')`);
    await old.query(`INSERT INTO municipality (id, code, name, county) VALUES (1, '1460', 'Bengtsfors', 'Västra Götaland'), (2, '1461', 'Mellerud', 'Västra Götaland')`);
    await old.query(`INSERT INTO it_unit (id, municipality_id, name, kind) VALUES (1, 1, 'IT-enheten Bengtsfors', 'ADMINISTRATION')`);
    await old.query(`INSERT INTO application (id, name, vendor, category, scope, description) VALUES (1, 'Raindance', 'CGI', 'FINANCE', 'COMMON', NULL)`);
    await old.query(
      `INSERT INTO collaboration (id, name, application_id, host_municipality_id, operator_it_unit_id, collaboration_body_id, level_id, started_on, description) VALUES (1, 'Gemensamt ekonomisystem', 1, 1, 1, NULL, 2, '2006-01-01', NULL)`,
    );
    await old.query(`INSERT INTO collaboration_participant (collaboration_id, municipality_id, joined_on, left_on) VALUES (1, 1, '2006-01-01', NULL), (1, 2, '2006-01-01', NULL)`);
    await old.query(
      `INSERT INTO collaboration_level_change (collaboration_id, from_level_id, to_level_id, changed_on, decision_reference, reason, recorded_at) VALUES (1, NULL, 1, '2006-01-01', NULL, NULL, '2020-01-01T00:00:00.000Z'), (1, 1, 2, '2010-01-01', 'DKF 2009/1', NULL, '2020-01-01T00:00:00.000Z')`,
    );
    await old.query(
      `INSERT INTO application_usage (municipality_id, application_id, it_unit_id, in_use_since, lifecycle_phase, functional_fit, technical_fit, user_count, annual_cost_sek, note) VALUES (1, 1, NULL, '2006-01-01', 'ACTIVE', 3, 3, 40, 100000, NULL)`,
    );
    await old.query(
      `INSERT INTO agreement (id, kind, name, start_date, end_date, notice_period_amount, notice_period_unit, renewal_kind, renewal_term_months, max_extensions, express_extensions) VALUES (1, 'DRIFTAVTAL', 'Driftavtal ekonomi', '2020-01-01', '2027-12-31', 6, 'MONTHS', 'NONE', NULL, NULL, 0)`,
    );
    await old.query(`INSERT INTO agreement_party (agreement_id, municipality_id, it_unit_id) VALUES (1, 1, NULL), (1, NULL, 1)`);
    await old.query(`INSERT INTO agreement_collaboration (agreement_id, collaboration_id) VALUES (1, 1)`);
    await old.destroy();

    const db = await openDatabase({ url: file });
    try {
      const versions = await db.getRepository(FactVersion).find({ order: { subjectType: "ASC" } });
      expect(versions.map((v) => `${v.subjectType}:${v.validFrom}:${v.validTo}`)).toEqual(["Agreement:2020-01-01:null", "ApplicationUsage:2006-01-01:null", "Collaboration:2006-01-01:null"]);
      expect(JSON.parse(versions[0].facts)).toMatchObject({ endDate: "2027-12-31", noticePeriodAmount: 6 });
      const links = await db.query(`SELECT valid_from, valid_to FROM agreement_collaboration`);
      expect(links).toEqual([{ valid_from: "2020-01-01", valid_to: null }]);
      // Migrating again is a no-op.
      await db.runMigrations({ transaction: "each" });
      expect(await db.getRepository(FactVersion).count()).toBe(3);
    } finally {
      await db.destroy();
    }
  });
});
