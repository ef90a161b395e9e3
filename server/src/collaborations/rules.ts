/** Pure rules of the collaboration scale and its dated history. */
import type { LocalDate } from "../common/dates";
import { covers } from "../common/period";

export interface LevelProblem {
  field: "levelId" | "changedOn";
  code: "UNCHANGED" | "DATE_IN_FUTURE" | "DATE_BEFORE_PREVIOUS";
  message: string;
}

export interface DatedLevel {
  toLevelId: number;
  changedOn: LocalDate;
}

/**
 * Checks a new level change against the collaboration's history: the date may not lie after
 * `today`; only a correction may lie before the latest change (a forgotten change, holding until
 * the next recorded one); and the level must differ from the one in force on its date.
 */
export function checkLevelChange(history: readonly DatedLevel[], change: DatedLevel, today: LocalDate, correction: boolean): LevelProblem[] {
  const problems: LevelProblem[] = [];
  const latest = latestChange(history);
  if (change.changedOn > today) problems.push({ field: "changedOn", code: "DATE_IN_FUTURE", message: `Ändringen får inte dateras efter i dag (${today}).` });
  if (!correction && latest && change.changedOn < latest.changedOn) {
    problems.push({
      field: "changedOn",
      code: "DATE_BEFORE_PREVIOUS",
      message: `Den förra nivåändringen är daterad ${latest.changedOn}; en tidigare är en rättelse och kräver en motivering (correctionReason).`,
    });
  }
  if (levelOn(history, change.changedOn) === change.toLevelId) problems.push({ field: "levelId", code: "UNCHANGED", message: "Samverkan har redan denna nivå det datumet." });
  return problems;
}

/** The latest change: by date, and among changes on the same date the one recorded last (history is kept in that order). */
export function latestChange<T extends DatedLevel>(history: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const entry of history) if (!latest || entry.changedOn >= latest.changedOn) latest = entry;
  return latest;
}

/**
 * Each entry's level before it, for a history in the order changes took effect (date, then the
 * order recorded): the previous entry's level, null for the first. After a back-dated correction
 * the entry that follows it reads from the corrected level, not from the one stored when it was
 * recorded.
 */
export function levelsBefore<T extends DatedLevel>(history: readonly T[]): (number | null)[] {
  return history.map((_, i) => (i === 0 ? null : history[i - 1]!.toLevelId));
}

/** The level in force on `date`, or null when the collaboration had no level yet. */
export function levelOn<T extends DatedLevel>(history: readonly T[], date: LocalDate): number | null {
  let level: number | null = null;
  let when = "";
  for (const entry of history) {
    if (entry.changedOn <= date && entry.changedOn >= when) {
      level = entry.toLevelId;
      when = entry.changedOn;
    }
  }
  return level;
}

export interface DatedParticipation {
  joinedOn: LocalDate;
  leftOn: LocalDate | null;
}

/** Whether a participation covers `date`. */
export function participatesOn(p: DatedParticipation, date: LocalDate): boolean {
  return covers(p.joinedOn, p.leftOn, date);
}
