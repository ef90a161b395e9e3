import { type EntityManager, IsNull } from "typeorm";
import { addDays, type LocalDate } from "../common/dates";
import { dayBefore } from "../common/period";
import { assertCanEditMunicipality } from "../access/viewer";
import { snapshot } from "../audit/diff";
import type { MutationScope } from "../core/mutation";
import { UserErrorCode } from "../core/user-error";
import { CollaborationBody, ItUnit, ItUnitKind, Membership, Municipality, MunicipalityFormerCode, PopulationFigure } from "./entities";
import { countyNamed, REFERENCE_POPULATION_YEAR, referenceList } from "./reference";
import type {
  CollaborationBodyCreateInput,
  ItUnitCreateInput,
  ItUnitUpdateInput,
  MembershipEndInput,
  MembershipStartInput,
  MunicipalityCodeChangeInput,
  MunicipalityCreateInput,
  MunicipalityPopulationSetInput,
  MunicipalityUpdateInput,
} from "./inputs";

const MAX_POPULATION = 10_000_000;

function checkYear(s: MutationScope, field: string, year: number): void {
  const thisYear = Number(s.ctx.today.slice(0, 4));
  s.integer(field, year, 1900, thisYear);
}

export async function createMunicipality(s: MutationScope, input: MunicipalityCreateInput): Promise<Municipality | null> {
  const code = input.code?.trim() ?? "";
  const list = referenceList();
  const known = list.municipalityByCode.get(code);
  if (!/^\d{4}$/.test(code)) s.fail("code", UserErrorCode.INVALID, "En kommunkod är fyra siffror, t.ex. 1460.");
  else if (await s.em.existsBy(Municipality, { code })) s.fail("code", UserErrorCode.DUPLICATE, `Det finns redan en kommun med koden ${code}.`);
  const unnamed = !known && !input.name?.trim();
  if (unnamed) s.fail("name", UserErrorCode.REQUIRED, `Kommunkoden ${code || "(tom)"} finns inte i referenslistan över Sveriges kommuner: ange kommunens namn.`);
  const name = s.text("name", input.name?.trim() ? input.name : known?.name, { required: !unnamed, max: 100 });
  const county = s.text("county", input.county ?? (known ? list.countyByCode.get(known.countyCode)!.name : null), { max: 100 });
  const countyCode = countyNamed(list, county)?.code ?? null;
  const populations = [...(input.populations ?? [])];
  if (known && populations.length === 0) populations.push({ year: REFERENCE_POPULATION_YEAR, population: known.population });
  const years = new Set<number>();
  populations.forEach((p, i) => {
    checkYear(s, `populations.${i}.year`, p.year);
    s.integer(`populations.${i}.population`, p.population, 0, MAX_POPULATION);
    if (years.has(p.year)) s.fail(`populations.${i}.year`, UserErrorCode.DUPLICATE, `Året ${p.year} anges två gånger.`);
    years.add(p.year);
  });
  if (s.failed) return null;
  const municipality = await s.save(Object.assign(new Municipality(), { code, name: name!, county, countyCode, codeValidFrom: null }), null);
  for (const p of populations) {
    await s.em.insert(PopulationFigure, { municipalityId: municipality.id, year: p.year, population: p.population });
  }
  return municipality;
}

export async function updateMunicipality(s: MutationScope, input: MunicipalityUpdateInput): Promise<Municipality | null> {
  const municipality = await s.find("id", input.id, Municipality);
  if (!municipality) return null;
  assertCanEditMunicipality(s.ctx.viewer, municipality.id);
  const before = snapshot(municipality);
  if (input.name !== undefined) municipality.name = s.text("name", input.name, { required: true, max: 100 })!;
  if (input.county !== undefined) {
    municipality.county = s.text("county", input.county, { max: 100 });
    municipality.countyCode = countyNamed(referenceList(), municipality.county)?.code ?? null;
  }
  if (s.failed) return null;
  return s.save(municipality, before);
}

/**
 * The municipality that has (or had) `code` on `date`: its current code from `codeValidFrom` on, or a
 * former code on the days it was valid. Null when no municipality had the code then.
 */
export async function municipalityByCodeOn(em: EntityManager, code: string, date: LocalDate): Promise<Municipality | null> {
  const current = await em.findOneBy(Municipality, { code });
  if (current && (current.codeValidFrom === null || current.codeValidFrom <= date)) return current;
  const former = await em.createQueryBuilder(MunicipalityFormerCode, "f").where("f.code = :code AND f.validTo >= :date AND (f.validFrom IS NULL OR f.validFrom <= :date)", { code, date }).getOne();
  return former ? em.findOneBy(Municipality, { id: former.municipalityId }) : null;
}

/**
 * SCB renumbered a municipality: the new code holds from `validFrom`, the old one becomes a former
 * code valid until the day before (a dated fact, so lookups by the old code on earlier dates still
 * find it). Admin only.
 */
export async function changeCode(s: MutationScope, input: MunicipalityCodeChangeInput): Promise<Municipality | null> {
  const municipality = await s.find("id", input.id, Municipality);
  const code = input.code?.trim() ?? "";
  if (!/^\d{4}$/.test(code)) s.fail("code", UserErrorCode.INVALID, "En kommunkod är fyra siffror, t.ex. 1460.");
  const validFrom = s.pastDate("validFrom", input.validFrom);
  if (!municipality || s.failed || !validFrom) return null;
  if (code === municipality.code) s.fail("code", UserErrorCode.UNCHANGED, `Kommunen har redan koden ${code}.`);
  else if (await s.em.existsBy(Municipality, { code })) s.fail("code", UserErrorCode.DUPLICATE, `En annan kommun har koden ${code}.`);
  const previous = await s.em.findOne(MunicipalityFormerCode, { where: { municipalityId: municipality.id }, order: { validTo: "DESC" } });
  const currentFrom = municipality.codeValidFrom ?? (previous ? addDays(previous.validTo, 1) : null);
  if (currentFrom !== null && validFrom <= currentFrom) {
    s.fail("validFrom", UserErrorCode.DATE_BEFORE_PREVIOUS, `Nuvarande kod ${municipality.code} gäller från ${currentFrom}; den nya koden måste gälla från ett senare datum.`);
  }
  if (s.failed) return null;
  await s.em.insert(MunicipalityFormerCode, { municipalityId: municipality.id, code: municipality.code, validFrom: currentFrom, validTo: dayBefore(validFrom) });
  const before = snapshot(municipality);
  municipality.code = code;
  municipality.codeValidFrom = validFrom;
  return s.save(municipality, before);
}

export async function setPopulation(s: MutationScope, input: MunicipalityPopulationSetInput): Promise<Municipality | null> {
  const municipality = await s.find("municipalityId", input.municipalityId, Municipality);
  if (!municipality) return null;
  assertCanEditMunicipality(s.ctx.viewer, municipality.id);
  checkYear(s, "year", input.year);
  s.integer("population", input.population, 0, MAX_POPULATION);
  if (s.failed) return null;
  const existing = await s.em.findOneBy(PopulationFigure, { municipalityId: municipality.id, year: input.year });
  const before = { [`population${input.year}`]: existing?.population ?? null };
  if (existing) await s.em.update(PopulationFigure, { id: existing.id }, { population: input.population });
  else await s.em.insert(PopulationFigure, { municipalityId: municipality.id, year: input.year, population: input.population });
  s.changes.push({
    objectId: municipality.globalId,
    objectType: Municipality.typeName,
    kind: "UPDATE",
    fields: { [`population${input.year}`]: { before: before[`population${input.year}`], after: input.population } },
  });
  return municipality;
}

export async function createItUnit(s: MutationScope, input: ItUnitCreateInput): Promise<ItUnit | null> {
  const municipality = await s.find("municipalityId", input.municipalityId, Municipality);
  if (municipality) assertCanEditMunicipality(s.ctx.viewer, municipality.id);
  const name = s.text("name", input.name, { required: true, max: 150 });
  if (municipality && name && (await s.em.existsBy(ItUnit, { municipalityId: municipality.id, name }))) {
    s.fail("name", UserErrorCode.DUPLICATE, "Kommunen har redan en IT-enhet med det namnet.");
  }
  if (s.failed || !municipality) return null;
  return s.save(Object.assign(new ItUnit(), { municipalityId: municipality.id, name: name!, kind: input.kind ?? ItUnitKind.ADMINISTRATION }), null);
}

export async function updateItUnit(s: MutationScope, input: ItUnitUpdateInput): Promise<ItUnit | null> {
  const unit = await s.find("id", input.id, ItUnit);
  if (!unit) return null;
  assertCanEditMunicipality(s.ctx.viewer, unit.municipalityId);
  const before = snapshot(unit);
  if (input.name !== undefined) unit.name = s.text("name", input.name, { required: true, max: 150 })!;
  if (input.kind !== undefined && input.kind !== null) unit.kind = input.kind;
  if (s.failed) return null;
  return s.save(unit, before);
}

export async function createCollaborationBody(s: MutationScope, input: CollaborationBodyCreateInput): Promise<CollaborationBody | null> {
  const name = s.text("name", input.name, { required: true, max: 200 });
  const shortName = s.text("shortName", input.shortName, { max: 30 });
  const description = s.text("description", input.description, { max: 5000 });
  if (name && (await s.em.existsBy(CollaborationBody, { name }))) s.fail("name", UserErrorCode.DUPLICATE, "Det finns redan ett samverkansorgan med det namnet.");
  if (s.failed) return null;
  return s.save(Object.assign(new CollaborationBody(), { name: name!, shortName, description }), null);
}

export async function startMembership(s: MutationScope, input: MembershipStartInput): Promise<Membership | null> {
  const body = await s.find("collaborationBodyId", input.collaborationBodyId, CollaborationBody);
  const municipality = await s.find("municipalityId", input.municipalityId, Municipality);
  const note = s.text("note", input.note, { max: 2000 });
  if (body && municipality) {
    const open = await s.em.existsBy(Membership, { collaborationBodyId: body.id, municipalityId: municipality.id, toDate: IsNull() });
    if (open) s.fail("municipalityId", UserErrorCode.CONFLICT, "Kommunen är redan medlem; avsluta det medlemskapet först.");
    const latest = await s.em.findOne(Membership, { where: { collaborationBodyId: body.id, municipalityId: municipality.id }, order: { toDate: "DESC" } });
    if (latest?.toDate && input.fromDate <= latest.toDate) {
      s.fail("fromDate", UserErrorCode.DATE_BEFORE_PREVIOUS, `Ett nytt medlemskap måste börja efter att det förra slutade (${latest.toDate}).`);
    }
  }
  if (s.failed) return null;
  return s.save(Object.assign(new Membership(), { collaborationBodyId: body!.id, municipalityId: municipality!.id, fromDate: input.fromDate, toDate: null, note }), null);
}

export async function endMembership(s: MutationScope, input: MembershipEndInput): Promise<Membership | null> {
  const membership = await s.find("id", input.id, Membership);
  if (!membership) return null;
  const before = snapshot(membership);
  if (membership.toDate) s.fail("id", UserErrorCode.CONFLICT, `Medlemskapet har redan upphört (${membership.toDate}).`);
  else if (input.toDate < membership.fromDate) s.fail("toDate", UserErrorCode.DATE_ORDER, `Medlemskapet började ${membership.fromDate}; det kan inte upphöra före det.`);
  const note = s.text("note", input.note, { max: 2000 });
  if (s.failed) return null;
  membership.toDate = input.toDate;
  if (note) membership.note = note;
  return s.save(membership, before);
}
