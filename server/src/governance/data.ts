/**
 * What the policy rules read: the one reader of facts on a date, shared by every rule of an
 * evaluation (and by the rest of the request that runs it) through `SharedReads`.
 */
import type { DataSource } from "typeorm";
import type { LocalDate } from "../common/dates";
import type { SharedReads } from "../common/shared-reads";
import { factsOn, type AgreementOn, type FactsOn } from "../history/reader";

export type GovernanceData = FactsOn;
export type AgreementFacts = AgreementOn;

/** The evaluation's reader for `asOf`, shared by every rule of it. */
export function governanceData(reads: SharedReads, db: DataSource, asOf: LocalDate): GovernanceData {
  return factsOn(reads, db, asOf);
}
