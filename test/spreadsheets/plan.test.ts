import { describe, expect, it } from "vitest";
import { ApplicationCategory, LifecyclePhase } from "../../server/src/applications/entities";
import { ImportAction, ImportMatch, type ImportState, mapHeaders, planImport } from "../../server/src/spreadsheets/plan";
import { readTable, SheetFormat, writeTable } from "../../server/src/spreadsheets/sheet";
import { CsvForm, kronorCell, writeCsv } from "../../server/src/common/csv";
import { CATEGORY_LABELS, enumOf, oreOf } from "../../server/src/spreadsheets/values";

describe("cell values", () => {
  it("reads kronor as öre in the ways people write them", () => {
    expect(oreOf("12 345,50")).toBe(1_234_550);
    expect(oreOf("12345.5")).toBe(1_234_550);
    expect(oreOf("12\u00a0345 kr")).toBe(1_234_500);
    expect(oreOf(420000)).toBe(42_000_000);
    expect(oreOf("-5,25")).toBe(-525);
    expect(oreOf("tolv kronor")).toBeUndefined();
    expect(oreOf("1,234,567")).toBeUndefined();
  });

  it("writes CSV in the Swedish form by default and the plain form on request", () => {
    const rows = [
      ["Produkt", "Årskostnad (kr)", "Andel"],
      ["Raindance; CGI", kronorCell(42_000_050), 0.25],
      ['Säg "hej"', kronorCell(-5), null],
    ];
    expect(writeCsv(rows)).toBe('\ufeffProdukt;Årskostnad (kr);Andel\r\n"Raindance; CGI";420000,50;0,25\r\n"Säg ""hej""";-0,05;\r\n');
    expect(writeCsv(rows, CsvForm.PLAIN)).toBe('Produkt,Årskostnad (kr),Andel\r\nRaindance; CGI,420000.50,0.25\r\n"Säg ""hej""",-0.05,\r\n');
    // What the writer wrote reads back as the same amounts.
    expect(oreOf("420000,50")).toBe(42_000_050);
    expect(oreOf("-0,05")).toBe(-5);
  });

  it("names enum values by Swedish label or code, whatever the case and accents", () => {
    expect(enumOf(CATEGORY_LABELS, "lön/pa")).toBe("PAYROLL_HR");
    expect(enumOf(CATEGORY_LABELS, "ÖVRIGT")).toBe("OTHER");
    expect(enumOf(CATEGORY_LABELS, "e_archive")).toBe("E_ARCHIVE");
    expect(enumOf(CATEGORY_LABELS, "Ovrigt")).toBeUndefined();
  });

  it("maps Swedish and English headers, and reports a missing product column and a repeated one", () => {
    expect([...mapHeaders(["PRODUKT", "vendor", "Årskostnad (kr)", "Anteckning"]).columns]).toEqual([
      ["product", 0],
      ["vendor", 1],
      ["annualCost", 2],
    ]);
    expect(mapHeaders(["Leverantör"]).problems.map((p) => p.code)).toEqual(["REQUIRED"]);
    expect(mapHeaders(["Produkt", "Product"]).problems.map((p) => `${p.column}:${p.code}`)).toEqual(["Product:DUPLICATE"]);
  });
});

describe("the plan", () => {
  const state: ImportState = {
    today: "2026-06-15",
    applications: [{ id: 1, name: "Ärendesystem", vendor: "Öst AB", category: ApplicationCategory.RECORDS }],
    usages: [
      {
        id: 10,
        applicationId: 1,
        externalKey: "K1",
        lifecyclePhase: LifecyclePhase.ACTIVE,
        functionalFit: 3,
        technicalFit: 3,
        userCount: 10,
        annualCostSek: 1000,
        inUseSince: "2020-01-01",
      },
    ],
    people: [
      { id: 5, name: "Anna Ek", email: "anna@example.se" },
      { id: 6, name: "Per Lind", email: null },
      { id: 7, name: "Per Lind", email: "per.lind@example.se" },
    ],
    systemOwners: new Map([[10, { roleId: 50, personId: 5 }]]),
  };
  const plan = (lines: string[]) => planImport({ headers: lines[0].split(";"), rows: lines.slice(1).map((line, i) => ({ rowNumber: i + 2, cells: line.split(";").map((c) => c || null) })) }, state);

  it("compares only the columns the file has, and leaves the rest", async () => {
    const result = plan(["Produkt;Leverantör;Antal användare", "ÄRENDESYSTEM;öst ab;10"]);
    expect(result.rows[0]).toMatchObject({ action: ImportAction.UNCHANGED, match: ImportMatch.NAME_AND_VENDOR, usageId: 10, values: {} });
  });

  it("clears a value on an empty cell, and shows the change in the file's terms", () => {
    const result = plan(["Extern nyckel;Produkt;Årskostnad (kr);Systemägare", "K1;Ärendesystem;;per.lind@example.se"]);
    expect(result.rows[0]).toMatchObject({ match: ImportMatch.EXTERNAL_KEY, action: ImportAction.UPDATE, values: { annualCostOre: null }, systemOwner: { personId: 7, endRoleId: 50 } });
    expect(result.rows[0].changes).toEqual([
      { column: "annualCost", before: "1\u00a0000,00\u00a0kr", after: null },
      { column: "systemOwner", before: "Anna Ek", after: "Per Lind" },
    ]);
  });

  it("asks for an e-mail address when a name is ambiguous, and refuses öre and a second row of the same product", () => {
    const result = plan(["Produkt;Leverantör;Systemägare;Årskostnad (kr)", "Ärendesystem;Öst AB;Per Lind;100,50", "Ärendesystem;Öst AB;;"]);
    expect(result.problems.map((p) => `${p.row}:${p.column}:${p.code}`)).toEqual(["2:Årskostnad (kr):INVALID", "2:Systemägare:INVALID", "3:Produkt:DUPLICATE"]);
  });
});

describe("files", () => {
  it("writes and reads back the same table as CSV and as .xlsx", async () => {
    const table = {
      name: "Test",
      columns: [
        { header: "Namn", type: "text" as const },
        { header: "Antal", type: "integer" as const },
        { header: "Kostnad (kr)", type: "kronor" as const },
        { header: "Datum", type: "date" as const },
      ],
      rows: [
        ['Åmål, "kommun"', 3, 123_456, "2026-06-15"],
        [null, null, null, null],
        ["Dals-Ed", 0, 5, "1999-12-31"],
      ],
    };
    const csv = await readTable(SheetFormat.CSV, await writeTable(SheetFormat.CSV, table));
    expect(csv).toEqual({
      headers: ["Namn", "Antal", "Kostnad (kr)", "Datum"],
      rows: [
        { rowNumber: 2, cells: ['Åmål, "kommun"', "3", "1234,56", "2026-06-15"] },
        { rowNumber: 4, cells: ["Dals-Ed", "0", "0,05", "1999-12-31"] },
      ],
    });
    const plain = await readTable(SheetFormat.CSV, await writeTable(SheetFormat.CSV, table, CsvForm.PLAIN));
    expect(plain.rows.map((r) => r.cells[2])).toEqual(["1234.56", "0.05"]);
    const xlsx = await readTable(SheetFormat.XLSX, await writeTable(SheetFormat.XLSX, table));
    expect(xlsx.rows).toEqual([
      { rowNumber: 2, cells: ['Åmål, "kommun"', 3, 1234.56, "2026-06-15"] },
      { rowNumber: 4, cells: ["Dals-Ed", 0, 0.05, "1999-12-31"] },
    ]);
  });

  it("reads semicolon-separated CSV as Swedish Excel saves it", async () => {
    const read = await readTable(SheetFormat.CSV, Buffer.from("\ufeffProdukt;Årskostnad (kr)\r\nRaindance;420 000,00\r\n"));
    expect(read).toEqual({ headers: ["Produkt", "Årskostnad (kr)"], rows: [{ rowNumber: 2, cells: ["Raindance", "420 000,00"] }] });
  });
});
