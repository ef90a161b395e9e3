import { Table, TableColumn, TableForeignKey, type MigrationInterface, type QueryRunner } from "typeorm";
import { col, fk, index } from "./columns";

/** Sweden's 21 counties (län) as SCB divides them, as of this migration (a copy: migrations import no live code). */
const COUNTIES: [code: string, name: string, shortName: string][] = [
  ["01", "Stockholms län", "Stockholm"],
  ["03", "Uppsala län", "Uppsala"],
  ["04", "Södermanlands län", "Södermanland"],
  ["05", "Östergötlands län", "Östergötland"],
  ["06", "Jönköpings län", "Jönköping"],
  ["07", "Kronobergs län", "Kronoberg"],
  ["08", "Kalmar län", "Kalmar"],
  ["09", "Gotlands län", "Gotland"],
  ["10", "Blekinge län", "Blekinge"],
  ["12", "Skåne län", "Skåne"],
  ["13", "Hallands län", "Halland"],
  ["14", "Västra Götalands län", "Västra Götaland"],
  ["17", "Värmlands län", "Värmland"],
  ["18", "Örebro län", "Örebro"],
  ["19", "Västmanlands län", "Västmanland"],
  ["20", "Dalarnas län", "Dalarna"],
  ["21", "Gävleborgs län", "Gävleborg"],
  ["22", "Västernorrlands län", "Västernorrland"],
  ["23", "Jämtlands län", "Jämtland"],
  ["24", "Västerbottens län", "Västerbotten"],
  ["25", "Norrbottens län", "Norrbotten"],
];

/**
 * Counties as data: the county table with Sweden's 21 counties, and each municipality's county code
 * (filled from its county name where that names one of them). A municipality's former codes
 * (tidigare kommunkoder, when SCB renumbers) with the days they were valid, and the first day of
 * its current code.
 */
export class CountiesAndCodes1795300002650 implements MigrationInterface {
  name = "CountiesAndCodes1795300002650";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "county",
        columns: [{ ...col.varchar("code", 2), isPrimary: true }, col.varchar("name", 100), col.varchar("short_name", 100)],
      }),
    );
    // Constants without quotes, so one literal statement serves both drivers' placeholder styles.
    await q.query(`INSERT INTO county (code, name, short_name) VALUES ${COUNTIES.map((county) => `(${county.map((value) => `'${value}'`).join(", ")})`).join(", ")}`);
    await q.addColumns("municipality", [new TableColumn(col.varchar("county_code", 2, true)), new TableColumn(col.date("code_valid_from", true))]);
    await q.createForeignKey("municipality", new TableForeignKey({ columnNames: ["county_code"], referencedTableName: "county", referencedColumnNames: ["code"], onDelete: "RESTRICT" }));
    await q.createIndex("municipality", index("municipality", ["county_code"]));
    await q.query(`UPDATE municipality SET county_code = (SELECT c.code FROM county c WHERE c.name = municipality.county OR c.short_name = municipality.county) WHERE county IS NOT NULL`);
    await q.createTable(
      new Table({
        name: "municipality_former_code",
        columns: [col.id(), col.int("municipality_id"), col.varchar("code", 4), col.date("valid_from", true), col.date("valid_to")],
        foreignKeys: [fk("municipality_id", "municipality", "CASCADE")],
        indices: [index("municipality_former_code", ["municipality_id"]), index("municipality_former_code", ["code"])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("municipality_former_code");
    await q.dropIndex("municipality", "ix_municipality_county_code");
    const table = await q.getTable("municipality");
    const foreignKey = table?.foreignKeys.find((key) => key.columnNames.includes("county_code"));
    if (foreignKey) await q.dropForeignKey("municipality", foreignKey);
    await q.dropColumns("municipality", ["county_code", "code_valid_from"]);
    await q.dropTable("county");
  }
}
