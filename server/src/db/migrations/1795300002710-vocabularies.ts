import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { col, index } from "./columns";

type Seed = [code: string, name: string, description: string, roleTargets?: string, singleHolder?: number];

const SYSTEM = "applicationUsage,collaboration";

/** Today's role kinds, then those the source documents name (kept here, not imported: a migration must not change with live code). */
const ROLE_KINDS: Seed[] = [
  ["SYSTEMAGARE", "Systemägare", "Äger systemet från beslut om införande till avveckling; budgeterar, tecknar drift- och leverantörsavtal, utser systemansvarig.", SYSTEM, 1],
  ["SYSTEMANSVARIG", "Systemansvarig", "Kan och använder systemet dagligen, administrerar behörigheter, utbildar användare, samlar ändringsönskemål.", SYSTEM, 0],
  ["SYSTEMFORVALTARE", "Systemförvaltare", "Förvaltar systemet (underhåll och utveckling) åt systemägaren.", SYSTEM, 0],
  ["SYSTEMADMINISTRATOR", "Systemadministratör", "Administrerar systemet (användare, inställningar).", SYSTEM, 0],
  ["SYSTEMTEKNIKER", "Systemtekniker", "Den tekniska driften av systemet (servrar, integrationer, uppgraderingar).", SYSTEM, 0],
  ["IT_CHEF", "IT-chef", "Leder en IT-enhet.", "itUnit", 1],
  ["IT_CHEFSGRUPPEN", "Ledamot i IT-chefsgruppen", "På en IT-enhet dess företrädare i gruppen; på en samverkan den ledamot som ansvarar för det gemensamma systemet.", "itUnit,collaboration", 0],
  ["FORVALTNINGSCHEF", "Förvaltningschef", "Leder en förvaltning; beslutar om verksamhetens system och deltar i samordningen av inköp.", "itUnit,collaboration", 0],
  ["INFOSAK_ANSVARIG", "Informationssäkerhetsansvarig", "Ansvarar för informationssäkerheten (KLASSA, riskbedömningar, incidenter).", "applicationUsage,collaboration,itUnit", 0],
  ["IT_SAMORDNARE", "IT-samordnare", "Samordnar IT-frågor i en förvaltning eller mellan kommuner.", "itUnit,collaboration", 0],
  ["OBJEKTAGARE", "Objektägare", "Äger ett förvaltningsobjekt (pm3): beslutar om förvaltningsplan och budget.", SYSTEM, 1],
];

const DOCUMENT_KINDS: Seed[] = [
  ["IT_POLICY", "IT-policy", "T.ex. IT-policy med strategier Dalsland: revideras minst vart femte år."],
  ["IT_INSTRUCTIONS", "IT-instruktioner", "En kommuns IT-instruktioner: revideras vart tredje till femte år."],
  ["INFOSEC_POLICY", "Informationssäkerhetspolicy", "Policy för informationssäkerhet (Luleå)."],
  ["STRATEGY", "Strategi", "En strategi, t.ex. för digitalisering eller IT (Luleå)."],
  ["GUIDELINES", "Riktlinjer", "Riktlinjer, t.ex. för roller och förändringsstopp (Luleå)."],
  ["IMPLEMENTATION_GUIDE", "Tillämpningsanvisningar", "Anvisningar för hur en policy eller riktlinje tillämpas (Luleå)."],
  ["OTHER", "Övrigt styrdokument", "Ett annat styrdokument (rutin m.m.)."],
];

const CATEGORIES: Seed[] = [
  ["FINANCE", "Ekonomi", "Ekonomisystem."],
  ["PAYROLL_HR", "Lön/PA", "Lön och personaladministration."],
  ["GIS", "GIS", "Geografiska informationssystem och kartor."],
  ["BUILDING_PERMITS", "Bygg", "Bygglov och tillsyn."],
  ["SCHOOL", "Skola", "Skoladministration och utbildning."],
  ["CARE", "Omsorg", "Vård och omsorg."],
  ["LIBRARY", "Bibliotek", "Bibliotekssystem."],
  ["TELEPHONY", "Telefoni", "Telefoni och växel."],
  ["HELPDESK", "Helpdesk", "Helpdesk och IT-tjänstehantering."],
  ["E_ARCHIVE", "E-arkiv", "Digitalt arkiv."],
  ["RECORDS", "Diarium", "Diarium och ärendehantering."],
  ["INFORMATION", "Information", "Webb, intranät och informationsspridning."],
  ["E_MAIL", "E-post", "E-post (kommungemensamt system, Norrköping)."],
  ["POPULATION_REGISTER", "Befolkningsregister", "Befolkningsregister (kommungemensamt system, Norrköping)."],
  ["PROPERTY_REGISTER", "Fastighetsregister", "Fastighetsregister (kommungemensamt system, Norrköping)."],
  ["IT_PLATFORM", "IT-plattform", "Gemensam IT-plattform (kommungemensamt system, Norrköping)."],
  ["OTHER", "Övrigt", "Allt annat."],
];

/**
 * Vocabularies as data (vokabulärer): role kinds, governance-document kinds and application
 * categories become rows (code, Swedish name, description, order), seeded with the values the
 * enums had and those the source documents name. Existing data keeps its codes; any code found in
 * the data that the lists lack is added, so every stored value names a term.
 */
export class Vocabularies1795300002710 implements MigrationInterface {
  name = "Vocabularies1795300002710";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "vocabulary_term",
        columns: [
          col.id(),
          col.varchar("vocabulary", 30),
          col.varchar("code", 20),
          col.varchar("name", 100),
          col.text("description"),
          col.int("sort_order"),
          col.varchar("role_target_list", 100, true),
          col.int("single_holder_flag", true),
        ],
        indices: [index("vocabulary_term", ["vocabulary", "code"], true)],
      }),
    );
    const rows: Record<string, unknown>[] = [];
    const add = async (vocabulary: string, seeds: Seed[], table: string, column: string, role: boolean) => {
      const codes = new Set(seeds.map((s) => s[0]));
      const found: { code: string }[] = await q.query(`SELECT DISTINCT ${column} AS code FROM ${table}`);
      const extra: Seed[] = found
        .map((f) => f.code)
        .filter((code) => code && !codes.has(code))
        .sort()
        .map((code) => [code, code, "", role ? SYSTEM : undefined, role ? 0 : undefined]);
      for (const [i, [code, name, description, targets, single]] of [...seeds, ...extra].entries()) {
        rows.push({
          vocabulary,
          code,
          name,
          description: description || null,
          sort_order: (i + 1) * 10,
          role_target_list: role ? (targets ?? SYSTEM) : null,
          single_holder_flag: role ? (single ?? 0) : null,
        });
      }
    };
    await add("ROLE_KIND", ROLE_KINDS, "role_assignment", "kind", true);
    await add("GOVERNANCE_DOCUMENT_KIND", DOCUMENT_KINDS, "governance_document", "kind", false);
    await add("APPLICATION_CATEGORY", CATEGORIES, "application", "category", false);
    const postgres = q.connection.options.type === "postgres";
    const columns = ["vocabulary", "code", "name", "description", "sort_order", "role_target_list", "single_holder_flag"];
    const placeholders = columns.map((_, i) => (postgres ? `$${i + 1}` : "?")).join(", ");
    for (const row of rows)
      await q.query(
        `INSERT INTO vocabulary_term (${columns.join(", ")}) VALUES (${placeholders})`,
        columns.map((c) => row[c]),
      );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("vocabulary_term");
  }
}
