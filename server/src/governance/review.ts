/** Pure rules of governance documents (styrdokument) and their review intervals. */
import type { LocalDate } from "../common/dates";
import { addMonths } from "../common/dates";

/**
 * Today's kinds as the API's enum; the kinds themselves, with their review intervals (the IT-policy
 * 12–60 months, IT instructions 36–60), are the GOVERNANCE_DOCUMENT_KIND vocabulary's terms.
 */
export enum GovernanceDocumentKind {
  IT_POLICY = "IT_POLICY",
  IT_INSTRUCTIONS = "IT_INSTRUCTIONS",
  OTHER = "OTHER",
}

export interface ReviewedDocument {
  adoptedOn: LocalDate;
  lastReviewedOn: LocalDate | null;
  reviewIntervalMonths: number;
  retiredOn: LocalDate | null;
}

/** When the next review is due: the interval after the last review, or after adoption when never reviewed. */
export function nextReviewDue(doc: ReviewedDocument): LocalDate {
  return addMonths(doc.lastReviewedOn ?? doc.adoptedOn, doc.reviewIntervalMonths);
}

/** Whether a document is in force on `date`: adopted and not yet retired (upphävt). */
export function documentInForce(doc: ReviewedDocument, date: LocalDate): boolean {
  return doc.adoptedOn <= date && (doc.retiredOn === null || doc.retiredOn > date);
}

/**
 * Whether a document in force on `date` is past its review date. Only the latest review is kept
 * (earlier ones are in the audit log), so on a date before that review the document counts as
 * reviewed in time.
 */
export function reviewOverdue(doc: ReviewedDocument, date: LocalDate): boolean {
  return documentInForce(doc, date) && nextReviewDue(doc) < date;
}
