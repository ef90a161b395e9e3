import { assertCanEditMunicipality, forbidden, isAdmin } from "../access/viewer";
import { snapshot } from "../audit/diff";
import type { MutationScope } from "../core/mutation";
import { UserErrorCode } from "../core/user-error";
import { CollaborationBody, Municipality } from "../municipalities/entities";
import { GovernanceDocument } from "./entities";
import type { GovernanceDocumentCreateInput, GovernanceDocumentUpdateInput } from "./inputs";
import { recordFacts } from "../history/record";
import { isLocalDate } from "../common/dates";
import { GOVERNANCE_DOCUMENT_FACTS } from "../history/subjects";
import { VocabularyTerm } from "../vocabularies/entities";
import { type ReviewRange, reviewRangeOf, Vocabulary } from "../vocabularies/rules";
import { termCodeOf } from "../vocabularies/service";

const URL = /^https?:\/\/\S+$/i;

/** Editors keep their own municipality's documents; shared ones (no municipality) are the admins'. */
function assertCanEditDocument(s: MutationScope, municipalityId: number | null): void {
  if (municipalityId !== null) assertCanEditMunicipality(s.ctx.viewer, municipalityId);
  else if (!isAdmin(s.ctx.viewer)) throw forbidden("Bara en administratör får ändra ett dokument som inte hör till någon kommun.");
}

/** The review interval a kind allows, from its term in the GOVERNANCE_DOCUMENT_KIND vocabulary. */
async function reviewRange(s: MutationScope, kind: string): Promise<ReviewRange> {
  return reviewRangeOf(await s.em.getRepository(VocabularyTerm).findOneBy({ vocabulary: Vocabulary.GOVERNANCE_DOCUMENT_KIND, code: kind }));
}

function applyFields(s: MutationScope, doc: GovernanceDocument, input: GovernanceDocumentCreateInput | GovernanceDocumentUpdateInput, range: ReviewRange): void {
  if (input.title !== undefined) doc.title = s.text("title", input.title, { required: true, max: 200 })!;
  if (input.lastReviewedOn !== undefined) doc.lastReviewedOn = s.pastDate("lastReviewedOn", input.lastReviewedOn);
  if (input.decisionReference !== undefined) doc.decisionReference = s.text("decisionReference", input.decisionReference, { max: 100 });
  if (input.documentUrl !== undefined) {
    doc.documentUrl = s.text("documentUrl", input.documentUrl, { max: 500 });
    if (doc.documentUrl && !URL.test(doc.documentUrl)) s.fail("documentUrl", UserErrorCode.INVALID, "Inte en http- eller https-adress.");
  }
  if (input.reviewIntervalMonths !== undefined && input.reviewIntervalMonths !== null) doc.reviewIntervalMonths = s.integer("reviewIntervalMonths", input.reviewIntervalMonths, range.min, range.max)!;
  if (doc.lastReviewedOn !== null && doc.lastReviewedOn < doc.adoptedOn) s.fail("lastReviewedOn", UserErrorCode.DATE_ORDER, `Dokumentet antogs ${doc.adoptedOn}.`);
}

export async function createDocument(s: MutationScope, input: GovernanceDocumentCreateInput): Promise<GovernanceDocument | null> {
  const municipality = await s.find("municipalityId", input.municipalityId, Municipality);
  const body = await s.find("collaborationBodyId", input.collaborationBodyId, CollaborationBody);
  if (input.municipalityId && !municipality) return null;
  assertCanEditDocument(s, municipality?.id ?? null);
  // The kind: today's enum value or a code of the GOVERNANCE_DOCUMENT_KIND vocabulary; its term gives the review interval.
  const kind = await termCodeOf(s, Vocabulary.GOVERNANCE_DOCUMENT_KIND, { enumField: "kind", enumValue: input.kind, codeField: "kindCode", code: input.kindCode }, true);
  if (!kind) return null;
  const range = await reviewRange(s, kind);
  const doc = Object.assign(new GovernanceDocument(), {
    kind,
    title: "",
    municipalityId: municipality?.id ?? null,
    collaborationBodyId: body?.id ?? null,
    adoptedOn: s.pastDate("adoptedOn", input.adoptedOn) ?? input.adoptedOn,
    lastReviewedOn: null,
    reviewIntervalMonths: range.default,
    retiredOn: null,
    decisionReference: null,
    documentUrl: null,
  });
  applyFields(s, doc, input, range);
  // Registered late, a document is on record from its adoption; a review given shows from its own day.
  const adopted = doc.adoptedOn <= s.ctx.today && isLocalDate(doc.adoptedOn) ? doc.adoptedOn : null;
  const on = s.registeredFrom("effectiveFrom", input.effectiveFrom ?? adopted, input.correctionReason);
  if (s.failed) return null;
  const reviewedOn = (doc as GovernanceDocument).lastReviewedOn;
  if (reviewedOn === null || reviewedOn <= on) return recordFacts(s, GOVERNANCE_DOCUMENT_FACTS, doc, {}, on, null);
  const saved = await recordFacts(s, GOVERNANCE_DOCUMENT_FACTS, Object.assign(doc, { lastReviewedOn: null }), {}, on, null);
  return recordFacts(s, GOVERNANCE_DOCUMENT_FACTS, saved, { lastReviewedOn: reviewedOn }, reviewedOn, snapshot(saved));
}

export async function updateDocument(s: MutationScope, input: GovernanceDocumentUpdateInput): Promise<GovernanceDocument | null> {
  const doc = await s.find("id", input.id, GovernanceDocument);
  if (!doc) return null;
  assertCanEditDocument(s, doc.municipalityId);
  const before = snapshot(doc);
  const was = { lastReviewedOn: doc.lastReviewedOn, retiredOn: doc.retiredOn };
  applyFields(s, doc, input, await reviewRange(s, doc.kind));
  if (input.retiredOn !== undefined) {
    doc.retiredOn = input.retiredOn;
    if (doc.retiredOn !== null && doc.retiredOn < doc.adoptedOn) s.fail("retiredOn", UserErrorCode.DATE_ORDER, `Dokumentet antogs ${doc.adoptedOn}.`);
  }
  // A review or retirement recorded now shows from today (or from its own date, as a correction).
  const changes = { lastReviewedOn: doc.lastReviewedOn, retiredOn: doc.retiredOn };
  Object.assign(doc, was);
  const eventDates = [changes.lastReviewedOn !== was.lastReviewedOn ? changes.lastReviewedOn : null, changes.retiredOn !== was.retiredOn ? changes.retiredOn : null].filter(
    (d): d is string => d !== null,
  );
  const on = s.recordedFrom(eventDates.sort()[0] ?? null, input.correctionReason);
  if (s.failed) return null;
  return recordFacts(s, GOVERNANCE_DOCUMENT_FACTS, doc, changes, on, before);
}
