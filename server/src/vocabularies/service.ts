import type { DataSource, EntityManager } from "typeorm";
import { snapshot } from "../audit/diff";
import type { MutationScope } from "../core/mutation";
import { UserErrorCode } from "../core/user-error";
import { VocabularyTerm } from "./entities";
import { DEFAULT_REVIEW_RANGE, isTermCode, ROLE_TARGET_NAMES, type RoleTarget, reviewRangeProblem, type Vocabulary } from "./rules";

export interface VocabularyTermCreateFields {
  vocabulary: Vocabulary;
  code: string;
  name: string;
  description?: string | null;
  sortOrder?: number | null;
  roleTargets?: string[] | null;
  singleHolder?: boolean | null;
  reviewMinMonths?: number | null;
  reviewMaxMonths?: number | null;
  reviewDefaultMonths?: number | null;
}

type ReviewFields = Pick<VocabularyTermCreateFields, "reviewMinMonths" | "reviewMaxMonths" | "reviewDefaultMonths">;
const REVIEW_FIELDS = ["reviewMinMonths", "reviewMaxMonths", "reviewDefaultMonths"] as const;

/** A vocabulary's terms, in order (one statement). */
export function termsOf(db: DataSource | EntityManager, vocabulary: Vocabulary): Promise<VocabularyTerm[]> {
  return db.getRepository(VocabularyTerm).find({ where: { vocabulary }, order: { sortOrder: "ASC", code: "ASC" } });
}

/** The term `code` names in `vocabulary`; a Swedish user error on `field` when there is none. */
export async function requireTerm(s: MutationScope, field: string, vocabulary: Vocabulary, code: string): Promise<VocabularyTerm | null> {
  const term = await s.em.getRepository(VocabularyTerm).findOneBy({ vocabulary, code });
  if (!term) {
    const known = (await termsOf(s.em, vocabulary)).map((t) => t.code).join(", ");
    s.fail(field, UserErrorCode.NOT_FOUND, `Okänd kod ”${code}” i vokabulären ${vocabulary}; giltiga: ${known}.`);
  }
  return term;
}

function applyRoleFields(s: MutationScope, term: VocabularyTerm, input: { roleTargets?: string[] | null; singleHolder?: boolean | null }, creating: boolean): void {
  const role = term.vocabulary === "ROLE_KIND";
  if (!role) {
    if (input.roleTargets != null) s.fail("roleTargets", UserErrorCode.INVALID, "Bara rolltyper har mål (roleTargets).");
    if (input.singleHolder != null) s.fail("singleHolder", UserErrorCode.INVALID, "Bara rolltyper har singleHolder.");
    return;
  }
  if (input.roleTargets !== undefined && input.roleTargets !== null) {
    const unknown = input.roleTargets.filter((t) => !ROLE_TARGET_NAMES.includes(t as RoleTarget));
    if (unknown.length) s.fail("roleTargets", UserErrorCode.INVALID, `Okända mål: ${unknown.join(", ")}; giltiga: ${ROLE_TARGET_NAMES.join(", ")}.`);
    else if (input.roleTargets.length === 0) s.fail("roleTargets", UserErrorCode.REQUIRED, "En rolltyp behöver minst ett mål.");
    else term.roleTargetList = [...new Set(input.roleTargets)].join(",");
  } else if (creating) s.fail("roleTargets", UserErrorCode.REQUIRED, `En rolltyp behöver sina mål (${ROLE_TARGET_NAMES.join(", ")}).`);
  if (input.singleHolder !== undefined && input.singleHolder !== null) term.singleHolderFlag = input.singleHolder ? 1 : 0;
  else if (creating) term.singleHolderFlag = 0;
}

/** A governance-document kind's review interval: given fields change, others keep their value (the default range for a new kind). */
function applyReviewFields(s: MutationScope, term: VocabularyTerm, input: ReviewFields, creating: boolean): void {
  const given = REVIEW_FIELDS.filter((f) => input[f] !== undefined && input[f] !== null);
  if (term.vocabulary !== "GOVERNANCE_DOCUMENT_KIND") {
    for (const f of given) s.fail(f, UserErrorCode.INVALID, "Bara styrdokumenttyper har revideringsintervall.");
    return;
  }
  const range = {
    min: input.reviewMinMonths ?? term.reviewMinMonths ?? DEFAULT_REVIEW_RANGE.min,
    max: input.reviewMaxMonths ?? term.reviewMaxMonths ?? DEFAULT_REVIEW_RANGE.max,
    default: input.reviewDefaultMonths ?? term.reviewDefaultMonths ?? DEFAULT_REVIEW_RANGE.default,
  };
  if (!creating && given.length === 0) return;
  const problem = reviewRangeProblem(range);
  if (problem) s.fail(given.at(-1) ?? "reviewDefaultMonths", UserErrorCode.INVALID, problem);
  else Object.assign(term, { reviewMinMonths: range.min, reviewMaxMonths: range.max, reviewDefaultMonths: range.default });
}

export async function createTerm(s: MutationScope, input: VocabularyTermCreateFields): Promise<VocabularyTerm | null> {
  const code = input.code?.trim() ?? "";
  if (!isTermCode(code)) s.fail("code", UserErrorCode.INVALID, "En kod består av versaler A–Z, siffror och understreck, 2–20 tecken, och börjar med en bokstav (t.ex. E_POST).");
  else if (await s.em.getRepository(VocabularyTerm).findOneBy({ vocabulary: input.vocabulary, code })) s.fail("code", UserErrorCode.DUPLICATE, `Koden ${code} finns redan i vokabulären.`);
  const term = Object.assign(new VocabularyTerm(), {
    vocabulary: input.vocabulary,
    code,
    roleTargetList: null,
    singleHolderFlag: null,
    reviewMinMonths: null,
    reviewMaxMonths: null,
    reviewDefaultMonths: null,
  });
  term.name = s.text("name", input.name, { required: true, max: 100 })!;
  term.description = s.text("description", input.description, { max: 2000 });
  const last = (await termsOf(s.em, input.vocabulary)).at(-1);
  term.sortOrder = s.integer("sortOrder", input.sortOrder, 0, 100_000) ?? (last ? last.sortOrder + 10 : 10);
  applyRoleFields(s, term, input, true);
  applyReviewFields(s, term, input, true);
  return s.failed ? null : s.save(term, null);
}

export async function updateTerm(
  s: MutationScope,
  input: { id: string; name?: string | null; description?: string | null; sortOrder?: number | null; roleTargets?: string[] | null; singleHolder?: boolean | null } & ReviewFields,
): Promise<VocabularyTerm | null> {
  const term = await s.find("id", input.id, VocabularyTerm);
  if (!term) return null;
  const before = snapshot(term);
  if (input.name !== undefined) term.name = s.text("name", input.name, { required: true, max: 100 })!;
  if (input.description !== undefined) term.description = s.text("description", input.description, { max: 2000 });
  if (input.sortOrder !== undefined && input.sortOrder !== null) term.sortOrder = s.integer("sortOrder", input.sortOrder, 0, 100_000)!;
  applyRoleFields(s, term, input, false);
  applyReviewFields(s, term, input, false);
  if (!s.failed && JSON.stringify(snapshot(term)) === JSON.stringify(before)) s.fail(null, UserErrorCode.UNCHANGED, "Inget skulle ändras.");
  return s.failed ? null : s.save(term, before);
}

/**
 * The code an input gives for a vocabulary term, either as today's enum value (`enumField`) or as a
 * code of the vocabulary (`codeField`, for terms added since): checked against the vocabulary.
 * Undefined when neither is given (a REQUIRED error first when `required`), null when refused.
 */
export async function termCodeOf(
  s: MutationScope,
  vocabulary: Vocabulary,
  given: { enumField: string; enumValue: string | null | undefined; codeField: string; code: string | null | undefined },
  required: boolean,
): Promise<string | null | undefined> {
  const hasEnum = given.enumValue !== null && given.enumValue !== undefined;
  const hasCode = given.code !== null && given.code !== undefined;
  if (hasEnum && hasCode) {
    s.fail(given.codeField, UserErrorCode.INVALID, `Ange ${given.enumField} eller ${given.codeField}, inte båda.`);
    return null;
  }
  if (!hasEnum && !hasCode) {
    if (required) s.fail(given.codeField, UserErrorCode.REQUIRED, `Ange ${given.enumField} (dagens koder) eller ${given.codeField} (en kod ur vokabulären).`);
    return required ? null : undefined;
  }
  const code = hasEnum ? given.enumValue! : given.code!.trim();
  const term = await requireTerm(s, hasEnum ? given.enumField : given.codeField, vocabulary, code);
  return term ? term.code : null;
}
