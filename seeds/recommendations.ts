import type { EntityManager } from "typeorm";
import type { ApplicationCategory } from "../server/src/applications/entities";
import { ChangeFreeze, FreezeKind } from "../server/src/recommendations/entities";
import { isMonthDay } from "../server/src/recommendations/freezes";
import { lookup, readOptionalSeedFile, type SeedRefs } from "./refs";

interface SeedFreeze {
  name: string;
  kind: FreezeKind;
  category?: ApplicationCategory;
  fromWeek?: number;
  toWeek?: number;
  from?: string;
  to?: string;
  fromDate?: string;
  toDate?: string;
  note?: string;
}

interface SeedFreezeFile {
  /** Municipality codes that get every recurring freeze. */
  municipalities: string[];
  recurring: SeedFreeze[];
  /** One-off periods of one municipality. */
  announced: (SeedFreeze & { municipality: string })[];
}

function row(municipalityId: number, f: SeedFreeze): ChangeFreeze {
  if ((f.from && !isMonthDay(f.from)) || (f.to && !isMonthDay(f.to))) throw new Error(`Seed freeze "${f.name}": not MM-DD.`);
  return Object.assign(new ChangeFreeze(), {
    municipalityId,
    name: f.name,
    kind: f.kind,
    category: f.category ?? null,
    fromWeek: f.fromWeek ?? null,
    toWeek: f.toWeek ?? null,
    fromMonthDay: f.from ?? null,
    toMonthDay: f.to ?? null,
    fromDate: f.fromDate ?? null,
    toDate: f.toDate ?? null,
    note: f.note ?? null,
  });
}

/** change-freezes.json: the recurring freezes for each listed municipality, and announced one-off periods. */
export async function writeChangeFreezes(em: EntityManager, refs: SeedRefs): Promise<void> {
  const file = readOptionalSeedFile<SeedFreezeFile>(refs.dir, "change-freezes.json");
  if (!file) return;
  const rows: ChangeFreeze[] = [];
  for (const code of file.municipalities) {
    const municipality = lookup(refs.municipalities, code, "municipality");
    for (const f of file.recurring) rows.push(row(municipality.id, f));
  }
  for (const f of file.announced) rows.push(row(lookup(refs.municipalities, f.municipality, "municipality").id, f));
  await em.save(rows);
}
