/**
 * Need registrations (behovsanmälan): register a need, answer it on a date (through the facts the
 * recommendations read), record the option chosen and tell the other members of the body.
 */
import type { DataSource } from "typeorm";
import { assertCanEditMunicipality } from "../access/viewer";
import { snapshot } from "../audit/diff";
import { isLocalDate, type LocalDate } from "../common/dates";
import { coversSql } from "../common/period";
import type { EvaluationSource } from "../evaluations/evaluation";
import { decodeIdOf } from "../core/global-id";
import type { MutationScope } from "../core/mutation";
import { UserErrorCode } from "../core/user-error";
import { Membership, Municipality } from "../municipalities/entities";
import { publishEvent, WebhookEventType } from "../reminders/events";
import { NeedRegistration } from "./entities";
import type { NeedChooseInput, NeedRegisterInput } from "./inputs";
import { loadRecommendationFacts } from "./load-facts";
import { answerNeed, type NeedAnswer } from "./needs";
import { CATEGORY_NAMES } from "./explain";
import { VocabularyTerm } from "../vocabularies/entities";
import { Vocabulary } from "../vocabularies/rules";
import { termCodeOf } from "../vocabularies/service";

const MAX_DESCRIPTION = 2000;
const MAX_BUDGET_KRONOR = 2_000_000_000;

/** The municipalities that share a collaboration body with `municipalityId` on `asOf`, itself included. */
export async function bodyMembersOf(db: DataSource, municipalityId: number, asOf: LocalDate): Promise<Set<number>> {
  const rows = await db
    .getRepository(Membership)
    .createQueryBuilder("m")
    .where(coversSql("m", "from_date", "to_date", "on"), { on: asOf })
    .getMany();
  const bodies = new Set(rows.filter((r) => r.municipalityId === municipalityId).map((r) => r.collaborationBodyId));
  return new Set([municipalityId, ...rows.filter((r) => bodies.has(r.collaborationBodyId)).map((r) => r.municipalityId)]);
}

/** The answer to a need on `asOf` (default the day it was registered). */
export async function needAnswer(source: EvaluationSource, need: NeedRegistration, asOf: LocalDate): Promise<NeedAnswer> {
  const [facts, members] = await Promise.all([loadRecommendationFacts(source, asOf), bodyMembersOf(source.facts(asOf).db, need.municipalityId, asOf)]);
  // A category added to the vocabulary since the enum is named by its term.
  const term = need.category in CATEGORY_NAMES ? null : await source.facts(asOf).db.getRepository(VocabularyTerm).findOneBy({ vocabulary: Vocabulary.APPLICATION_CATEGORY, code: need.category });
  return answerNeed(facts, { municipalityId: need.municipalityId, category: need.category, areaName: term?.name.toLowerCase(), neededBy: need.neededBy, budgetFrameOre: need.budgetFrameOre }, members);
}

export async function registerNeed(s: MutationScope, input: NeedRegisterInput): Promise<NeedRegistration | null> {
  const municipality = await s.find("municipalityId", input.municipalityId, Municipality);
  if (!municipality) return null;
  assertCanEditMunicipality(s.ctx.viewer, municipality.id);
  const description = s.text("description", input.description, { required: true, max: MAX_DESCRIPTION });
  if (!isLocalDate(input.neededBy)) s.fail("neededBy", UserErrorCode.INVALID, "Inte ett giltigt datum (ÅÅÅÅ-MM-DD).");
  else if (input.neededBy < s.ctx.today) s.fail("neededBy", UserErrorCode.OUT_OF_RANGE, `Behovet kan inte ha ett datum före i dag (${s.ctx.today}).`);
  let budgetFrameKronor: number | null = null;
  const ore = s.integer("budgetFrameOre", input.budgetFrameOre, 0, MAX_BUDGET_KRONOR * 100);
  if (ore !== null) {
    if (ore % 100 !== 0) s.fail("budgetFrameOre", UserErrorCode.INVALID, "Budgetramen anges i hela kronor: en multipel av 100 öre.");
    budgetFrameKronor = Math.trunc(ore / 100);
  }
  // The business area: today's enum value or a code of the APPLICATION_CATEGORY vocabulary.
  const category = await termCodeOf(s, Vocabulary.APPLICATION_CATEGORY, { enumField: "category", enumValue: input.category, codeField: "categoryCode", code: input.categoryCode }, true);
  if (s.failed || !category) return null;
  const need = Object.assign(new NeedRegistration(), {
    municipalityId: municipality.id,
    category,
    neededBy: input.neededBy,
    description: description!,
    budgetFrameKronor,
    registeredOn: s.ctx.today,
    registeredAt: s.ctx.now.toISOString(),
    registeredBy: s.ctx.viewer?.tokenName ?? "system",
    choiceKey: null,
    choiceKind: null,
    choiceCollaborationId: null,
    choicePartnerIds: null,
    choiceOption: null,
    choiceReason: null,
    chosenOn: null,
    chosenAt: null,
    chosenBy: null,
  });
  const saved = await s.save(need, null);
  await publishEvent(s, WebhookEventType.NEED_REGISTERED, {
    need: { id: saved.globalId, category: saved.category, neededBy: saved.neededBy, description: saved.description, budgetFrameOre: saved.budgetFrameOre, registeredOn: saved.registeredOn },
    municipality: { code: municipality.code, name: municipality.name },
  });
  return saved;
}

/** The need an input names, before the transaction (its answer on today is made from it); null when there is none. */
export async function needOf(db: DataSource, globalId: string): Promise<NeedRegistration | null> {
  const id = decodeIdOf(globalId, NeedRegistration.typeName);
  return id === null ? null : db.getRepository(NeedRegistration).findOneBy({ id });
}

/**
 * Records the option chosen for a need, among those of its answer on today (`answer`, made before
 * the transaction), and tells the other members of the municipality's collaboration bodies (a
 * NEED_CHOICE_RECORDED webhook event, and their next digest).
 */
export async function chooseNeedOption(s: MutationScope, input: NeedChooseInput, answer: NeedAnswer | null, members: ReadonlySet<number>): Promise<NeedRegistration | null> {
  const need = await s.find("needId", input.needId, NeedRegistration);
  if (!need || !answer) return null;
  assertCanEditMunicipality(s.ctx.viewer, need.municipalityId);
  if (need.choiceKey !== null) {
    s.fail("needId", UserErrorCode.CONFLICT, `Ett val är redan registrerat för behovet (${need.chosenOn}).`);
    return null;
  }
  const option = answer.options.find((o) => o.key === input.optionKey);
  if (!option) s.fail("optionKey", UserErrorCode.NOT_FOUND, `Behovet har inget sådant alternativ den ${answer.asOf}.`);
  const reason = s.text("reason", input.reason, { required: true, max: MAX_DESCRIPTION });
  if (s.failed || !option) return null;
  const before = snapshot(need);
  Object.assign(need, {
    choiceKey: option.key,
    choiceKind: option.kind,
    choiceCollaborationId: option.collaborationId,
    choicePartnerIds: JSON.stringify(option.partnerIds),
    choiceOption: JSON.stringify(option),
    choiceReason: reason,
    chosenOn: s.ctx.today,
    chosenAt: s.ctx.now.toISOString(),
    chosenBy: s.ctx.viewer?.tokenName ?? "system",
  });
  const saved = await s.save(need, before);
  const municipalities = await s.em.getRepository(Municipality).find();
  const named = (ids: Iterable<number>) =>
    [...ids].flatMap((id) => {
      const m = municipalities.find((x) => x.id === id);
      return m ? [{ code: m.code, name: m.name }] : [];
    });
  await publishEvent(s, WebhookEventType.NEED_CHOICE_RECORDED, {
    need: { id: saved.globalId, category: saved.category, neededBy: saved.neededBy, description: saved.description },
    municipality: named([need.municipalityId])[0],
    choice: {
      key: option.key,
      kind: option.kind,
      summary: option.summary,
      partners: named(option.partnerIds),
      reason,
      chosenOn: saved.chosenOn,
      window: option.window,
      annualCostOre: option.annualCostOre,
    },
    notified: named([...members].filter((id) => id !== need.municipalityId)),
  });
  return saved;
}
