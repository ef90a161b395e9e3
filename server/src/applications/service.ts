import { termCodeOf } from "../vocabularies/service";
import { Vocabulary } from "../vocabularies/rules";
import { assertCanEditMunicipality } from "../access/viewer";
import { snapshot } from "../audit/diff";
import type { MutationScope } from "../core/mutation";
import { UserErrorCode } from "../core/user-error";
import { isLocalDate } from "../common/dates";
import { ItUnit, Municipality } from "../municipalities/entities";
import { recordFacts } from "../history/record";
import { USAGE_FACTS } from "../history/subjects";
import { Application, type ApplicationCategory, ApplicationUsage, LifecyclePhase } from "./entities";
import type { ApplicationCreateInput, ApplicationUpdateInput, ApplicationUsageCreateInput, ApplicationUsageUpdateInput } from "./inputs";

const MAX_USERS = 1_000_000;
const MAX_ANNUAL_COST_SEK = 2_000_000_000;

async function checkUnique(s: MutationScope, name: string | null, vendor: string | null, exceptId?: number): Promise<void> {
  if (!name) return;
  const qb = s.em
    .getRepository(Application)
    .createQueryBuilder("a")
    .where("LOWER(a.name) = :name", { name: name.toLowerCase() })
    .andWhere(vendor ? "LOWER(a.vendor) = :vendor" : "a.vendor IS NULL", { vendor: vendor?.toLowerCase() });
  if (exceptId) qb.andWhere("a.id <> :id", { id: exceptId });
  if (await qb.getExists()) s.fail("name", UserErrorCode.DUPLICATE, "Det finns redan en applikation med detta namn och denna leverantör.");
}

export async function createApplication(s: MutationScope, input: ApplicationCreateInput): Promise<Application | null> {
  const name = s.text("name", input.name, { required: true, max: 150 });
  const vendor = s.text("vendor", input.vendor, { max: 150 });
  const description = s.text("description", input.description, { max: 5000 });
  const category = await termCodeOf(s, Vocabulary.APPLICATION_CATEGORY, { enumField: "category", enumValue: input.category, codeField: "categoryCode", code: input.categoryCode }, true);
  await checkUnique(s, name, vendor);
  if (s.failed) return null;
  return s.save(Object.assign(new Application(), { name: name!, vendor, category: category as ApplicationCategory, scope: input.scope, description }), null);
}

export async function updateApplication(s: MutationScope, input: ApplicationUpdateInput): Promise<Application | null> {
  const application = await s.find("id", input.id, Application);
  if (!application) return null;
  const before = snapshot(application);
  if (input.name !== undefined) application.name = s.text("name", input.name, { required: true, max: 150 })!;
  if (input.vendor !== undefined) application.vendor = s.text("vendor", input.vendor, { max: 150 });
  if (input.description !== undefined) application.description = s.text("description", input.description, { max: 5000 });
  const category = await termCodeOf(s, Vocabulary.APPLICATION_CATEGORY, { enumField: "category", enumValue: input.category, codeField: "categoryCode", code: input.categoryCode }, false);
  if (category) application.category = category as ApplicationCategory;
  if (input.scope) application.scope = input.scope;
  await checkUnique(s, application.name, application.vendor, application.id);
  if (s.failed) return null;
  return s.save(application, before);
}

/** Validates the optional facts shared by create and update: undated ones are set on `usage`, dated ones (versioned) returned. */
async function usageFields(s: MutationScope, usage: ApplicationUsage, input: ApplicationUsageCreateInput | ApplicationUsageUpdateInput): Promise<Partial<ApplicationUsage>> {
  const facts: Partial<ApplicationUsage> = {};
  if (input.itUnitId !== undefined) {
    const unit = await s.find("itUnitId", input.itUnitId, ItUnit);
    if (unit && unit.municipalityId !== usage.municipalityId) s.fail("itUnitId", UserErrorCode.INVALID, "IT-enheten hör till en annan kommun.");
    facts.itUnitId = unit?.id ?? null;
  }
  if (input.inUseSince !== undefined) usage.inUseSince = s.pastDate("inUseSince", input.inUseSince);
  if (input.functionalFit !== undefined) facts.functionalFit = s.integer("functionalFit", input.functionalFit, 1, 4);
  if (input.technicalFit !== undefined) facts.technicalFit = s.integer("technicalFit", input.technicalFit, 1, 4);
  if (input.userCount !== undefined) facts.userCount = s.integer("userCount", input.userCount, 0, MAX_USERS);
  const annualCost = s.annualCost(input, MAX_ANNUAL_COST_SEK);
  if (annualCost !== undefined) facts.annualCostSek = annualCost;
  if (input.note !== undefined) usage.note = s.text("note", input.note, { max: 5000 });
  if (input.lifecyclePhase) facts.lifecyclePhase = input.lifecyclePhase;
  return facts;
}

/** The start a new usage is on record from when it was in use before today (a late registration); null otherwise. */
function lateStart(s: MutationScope, inUseSince: string | null): string | null {
  return inUseSince !== null && isLocalDate(inUseSince as string) && inUseSince < s.ctx.today ? inUseSince : null;
}

export async function createUsage(s: MutationScope, input: ApplicationUsageCreateInput): Promise<ApplicationUsage | null> {
  const municipality = await s.find("municipalityId", input.municipalityId, Municipality);
  if (municipality) assertCanEditMunicipality(s.ctx.viewer, municipality.id);
  const application = await s.find("applicationId", input.applicationId, Application);
  if (municipality && application && (await s.em.existsBy(ApplicationUsage, { municipalityId: municipality.id, applicationId: application.id }))) {
    s.fail("applicationId", UserErrorCode.DUPLICATE, "Kommunens användning av applikationen är redan registrerad; uppdatera den i stället.");
  }
  if (!municipality || !application) return null;
  const usage = Object.assign(new ApplicationUsage(), {
    municipalityId: municipality.id,
    applicationId: application.id,
    itUnitId: null,
    inUseSince: null,
    lifecyclePhase: LifecyclePhase.ACTIVE,
    functionalFit: null,
    technicalFit: null,
    userCount: null,
    annualCostSek: null,
    note: null,
  });
  const facts = await usageFields(s, usage, input);
  const on = s.registeredFrom("effectiveFrom", input.effectiveFrom ?? lateStart(s, usage.inUseSince), input.correctionReason);
  if (s.failed) return null;
  return recordFacts(s, USAGE_FACTS, Object.assign(usage, facts), {}, on, null);
}

export async function updateUsage(s: MutationScope, input: ApplicationUsageUpdateInput): Promise<ApplicationUsage | null> {
  const usage = await s.find("id", input.id, ApplicationUsage);
  if (!usage) return null;
  assertCanEditMunicipality(s.ctx.viewer, usage.municipalityId);
  const before = snapshot(usage);
  const facts = await usageFields(s, usage, input);
  const on = s.effectiveFrom("effectiveFrom", input.effectiveFrom, input.correctionReason);
  if (s.failed) return null;
  return recordFacts(s, USAGE_FACTS, usage, facts, on, before);
}
