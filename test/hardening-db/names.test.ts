import { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareNames, containsKeyPattern, nameKey } from "../../server/src/common/names";
import { createDataSource, openDatabase } from "../../server/src/app/database";
import { migrations } from "../../server/src/db/migrations";
import { freshDatabase } from "../helpers/database";
import { ok, type TestServer } from "../helpers/server";
import { type Kit, type Municipality, startKit, graphql } from "../kit";

const swedish = new Intl.Collator("sv");

describe("the name key (one Swedish order, byte-comparable)", () => {
  it("orders like Swedish collation: z < å < ä < ö, ü as y, æ as ä, ø as ö, case and other accents folded", () => {
    const names = [
      "Örebro",
      "Åmål",
      "zeta",
      "Ängelholm",
      "Ödeshög",
      "Älmhult",
      "Zürich",
      "Ybbs",
      "Ærø",
      "Østby",
      "Émile",
      "Emil",
      "eva",
      "Dals-Ed",
      "dals ed",
      "Dalsland",
      "Årjäng",
      "Bengt 10",
      "Bengt 2",
      "GIS-samverkan",
      "Gemensamt PA- och lönesystem",
    ];
    const byKey = [...names].sort(compareNames);
    expect(byKey).toEqual([...names].sort(swedish.compare));
    expect(byKey.slice(-8)).toEqual(["Åmål", "Årjäng", "Älmhult", "Ängelholm", "Ærø", "Ödeshög", "Örebro", "Østby"]);
  });

  it("gives plain names (ASCII, å ä ö, the en dash) the same key as the full folding", () => {
    expect(nameKey("Åmål – Procapita VoO")).toBe("{m{l – procapita voo");
    expect(nameKey("ÄLVDALEN Öst")).toBe("|lvdalen }st");
    expect(nameKey("Dals-Ed 2 (GIS)")).toBe("dals-ed 2 (gis)");
    // The same names with a character only the full folding handles: only that character's key differs.
    expect(nameKey("Åmål – Procapita VoO é")).toBe("{m{l – procapita voo e");
    expect(nameKey("ÄLVDALEN Öst ü")).toBe("|lvdalen }st y");
  });

  it("keeps a literal {, | or } from passing for å, ä or ö", () => {
    expect(nameKey("{a}")).not.toBe(nameKey("åaö"));
    expect(compareNames("Zeta", "{x}")).toBeGreaterThan(0);
  });

  it("escapes LIKE's wildcards and its escape character", () => {
    expect(containsKeyPattern("100%_\\")).toBe("%100\\%\\_\\\\%");
    expect(containsKeyPattern("ÅMÅL")).toBe("%{m{l%");
  });
});

let kit: Kit;
let server: TestServer;
let mellerud: Municipality;
/** Municipalities of a real region, built with the kit, beside those the tests add by name and code. */
const REGION = ["Bengtsfors", "Dals-Ed", "Färgelanda", "Mellerud", "Säffle", "Åmål", "Årjäng"];
const ADDED = [
  ["Ängelholm", "1292"],
  ["Örebro", "1880"],
  ["Zeta", "9001"],
  ["Ödeshög", "0509"],
  ["Älmhult", "0765"],
];

async function allMunicipalities(pageSize: number): Promise<string[]> {
  const names: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = ok(
      await server.gql(graphql(`query NamesMunicipalities($first: Int, $after: String) { municipalities(first: $first, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }`), {
        first: pageSize,
        after,
      }),
    ).municipalities;
    names.push(...page.nodes.map((n: { name: string }) => n.name));
    if (!page.pageInfo.hasNextPage) return names;
    after = page.pageInfo.endCursor;
  }
}

const search = async (field: "municipalities" | "applications" | "people", text: string) => {
  const response = await server.gql(`query($s: String) { ${field}(search: $s, first: 100) { nodes { name } } }`, { s: text });
  return ok(response)[field].nodes.map((n: { name: string }) => n.name);
};

beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  for (const [name, code] of ADDED) {
    const result = ok(
      await server.gql(graphql(`mutation NamesMunicipalityCreate($input: MunicipalityCreateInput!) { municipalityCreate(input: $input) { userErrors { message } } }`), { input: { name, code } }),
    );
    expect(result.municipalityCreate!.userErrors).toEqual([]);
  }
  for (const name of REGION) {
    const made = await kit.municipality({ name, code: String(8000 + REGION.indexOf(name)) });
    if (name === "Mellerud") mellerud = made;
  }
  for (const name of ["Åsa Öberg", "Per Åkesson", "Anna Zetterlund", "Bo Ek", "Örjan Ås"]) await kit.person({ municipality: mellerud, name });
  for (const [name, vendor] of [
    ["Moln_tjänst 100%", "Ålands Data"],
    ["Molnetjänst 1000", null],
  ] as const) {
    const created = ok(
      await server.gql(graphql(`mutation NamesApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { userErrors { message } } }`), {
        input: { name, vendor, category: "OTHER", scope: "COMMON" },
      }),
    );
    expect(created.applicationCreate!.userErrors).toEqual([]);
  }
});

afterAll(() => kit?.close());

describe("one order for names on every database", () => {
  it("lists municipalities z < å < ä < ö, the same on every page size (cursors follow the key)", async () => {
    const expected = ["Bengtsfors", "Dals-Ed", "Färgelanda", "Mellerud", "Säffle", "Zeta", "Åmål", "Årjäng", "Älmhult", "Ängelholm", "Ödeshög", "Örebro"];
    expect(await allMunicipalities(100)).toEqual(expected);
    expect(await allMunicipalities(5)).toEqual(expected);
    expect(await allMunicipalities(1)).toEqual(expected);
    expect(expected).toEqual([...expected].sort(swedish.compare));
  });

  it("orders people by name the same way, in a connection and under a municipality", async () => {
    const people = ok(await server.gql(graphql(`query NamesMunicipality($code: String!) { municipality(code: $code) { people { name } } }`), { code: mellerud.code })).municipality!.people.map(
      (p: { name: string }) => p.name,
    );
    expect(people).toHaveLength(5);
    expect(people).toEqual([...people].sort(swedish.compare));
    expect(people.indexOf("Anna Zetterlund")).toBeLessThan(people.indexOf("Åsa Öberg"));
    const all = await search("people", "");
    expect(all).toEqual([...all].sort(swedish.compare));
  });

  it("keeps the key in step when a name changes", async () => {
    const zeta = ok(await server.gql(graphql(`query NamesMunicipality2 { municipality(code: "9001") { id } }`))).municipality!.id;
    const renamed = ok(await server.gql(graphql(`mutation NamesMunicipalityUpdate($id: ID!) { municipalityUpdate(input: { id: $id, name: "Östra Zeta" }) { userErrors { message } } }`), { id: zeta }));
    expect(renamed.municipalityUpdate!.userErrors).toEqual([]);
    expect((await allMunicipalities(100)).slice(-3)).toEqual(["Ödeshög", "Örebro", "Östra Zeta"]);
    expect(await search("municipalities", "östra")).toEqual(["Östra Zeta"]);
    expect(await search("municipalities", "zeta")).toEqual(["Östra Zeta"]);
  });
});

describe("search", () => {
  it("finds Swedish letters whatever their case, and keeps å, ä, ö apart from a and o", async () => {
    expect(await search("municipalities", "Åmål")).toEqual(["Åmål"]);
    expect(await search("municipalities", "åMÅL")).toEqual(["Åmål"]);
    expect(await search("municipalities", "ÅRJÄNG")).toEqual(["Årjäng"]);
    expect(await search("municipalities", "äng")).toEqual(["Årjäng", "Ängelholm"]);
    expect(await search("municipalities", "amal")).toEqual([]);
    expect(await search("people", "åsa ÖBERG")).toEqual(["Åsa Öberg"]);
    expect(await search("applications", "ÅLANDS")).toEqual(["Moln_tjänst 100%"]);
  });

  it("matches % and _ literally, never as wildcards", async () => {
    expect(await search("municipalities", "%")).toEqual([]);
    expect(await search("municipalities", "_")).toEqual([]);
    expect(await search("applications", "100%")).toEqual(["Moln_tjänst 100%"]);
    expect(await search("applications", "n_t")).toEqual(["Moln_tjänst 100%"]);
    expect(await search("applications", "moln")).toEqual(["Moln_tjänst 100%", "Molnetjänst 1000"]);
    expect(await search("applications", "\\")).toEqual([]);
    expect(await search("people", "' OR 1=1 --")).toEqual([]);
  });

  it("answers BAD_USER_INPUT for a search over 100 characters, on every searchable list, and says so in the schema", async () => {
    for (const field of ["municipalities", "applications", "people"] as const) {
      expect(await search(field, "å".repeat(100))).toEqual([]);
      for (const text of ["x".repeat(101), "Å".repeat(60_000)]) {
        const response = await server.gql(`query($s: String) { ${field}(search: $s) { totalCount } }`, { s: text });
        expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "search" });
        expect(response.errors?.[0].message).toContain("100");
      }
    }
    const fields = ok(await server.gql(graphql(`query Names__type { __type(name: "Query") { fields { name args { name description } } } }`))).__type!.fields;
    for (const name of ["municipalities", "applications", "people"]) {
      const arg = fields!.find((f: any) => f.name === name)!.args.find((a: any) => a.name === "search");
      expect(arg!.description).toContain("at most 100 characters");
    }
  });
});

describe("the name-key migration", () => {
  it("backfills the keys of rows written before it", async () => {
    const database = await freshDatabase();
    try {
      const base = createDataSource({ url: database.url });
      const before = new DataSource({ ...base.options, migrations: migrations.filter((m) => !m.name.startsWith("NameKeys")) } as typeof base.options);
      await before.initialize();
      await before.runMigrations({ transaction: "each" });
      await before.query(`INSERT INTO municipality (code, name, county) VALUES ('1492', 'Åmål', NULL), ('1780', 'Karlstad', NULL)`);
      await before.query(`INSERT INTO application (name, vendor, category, scope) VALUES ('Ärendesystem', 'Öst AB', 'OTHER', 'COMMON')`);
      await before.destroy();

      const db = await openDatabase({ url: database.url });
      try {
        expect(await db.query(`SELECT name, name_key FROM municipality ORDER BY name_key`)).toEqual([
          { name: "Karlstad", name_key: "karlstad" },
          { name: "Åmål", name_key: "{m{l" },
        ]);
        expect(await db.query(`SELECT name_key, vendor_key FROM application`)).toEqual([{ name_key: "|rendesystem", vendor_key: "}st ab" }]);
      } finally {
        await db.destroy();
      }
    } finally {
      await database.drop();
    }
  });
});
