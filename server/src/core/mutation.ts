import type { EntityManager } from "typeorm";
import { AuditEntryRow, AuditObjectRow, type AuditChange } from "../audit/entities";
import { diffSnapshots, snapshot } from "../audit/diff";
import { addDays, isLocalDate, type LocalDate } from "../common/dates";
import { MAX_CORRECTION_REASON } from "../common/text-limits";
import type { Context } from "./context";
import { trackWrites, untrackWrites } from "../db/statements";
import { whereIn } from "../db/where-in";
import { advanceDataVersion, asLocalWrite } from "../cache/data-version";
import { Node } from "./node";
import { decodeIdOf } from "./global-id";
import { UserError, UserErrorCode, userError } from "./user-error";

class Rollback extends Error {}

/**
 * What a mutation's work sees: the transaction's entity manager, a place for user errors, and an
 * audit recorder. Any user error rolls the whole transaction back.
 */
export class MutationScope {
  readonly errors: UserError[] = [];
  readonly changes: AuditChange[] = [];
  /** Set when the mutation changes facts for dates before today (a correction, rättelse): why. */
  correctionReason: string | null = null;
  /**
   * What the transaction has written: the tables (recorded as statements run) and, for dated facts,
   * `fact_version:<subject type>` (recorded by history/record.ts). The change log keeps it.
   */
  readonly written: Set<string>;

  constructor(
    readonly em: EntityManager,
    readonly ctx: Context,
    written: Set<string> = new Set(),
  ) {
    this.written = written;
    if (em.queryRunner) trackWrites(em.queryRunner, written);
  }

  fail(field: string | null, code: UserErrorCode, message: string): void {
    this.errors.push(userError(field, code, message));
  }

  get failed(): boolean {
    return this.errors.length > 0;
  }

  /** Trimmed text; null when blank and not required. */
  text(field: string, value: string | null | undefined, options: { required?: boolean; max: number }): string | null {
    const trimmed = value?.trim() ?? "";
    if (!trimmed) {
      if (options.required) this.fail(field, UserErrorCode.REQUIRED, "Ett värde krävs.");
      return null;
    }
    if (trimmed.length > options.max) this.fail(field, UserErrorCode.TOO_LONG, `Högst ${options.max} tecken.`);
    return trimmed;
  }

  integer(field: string, value: number | null | undefined, min: number, max: number): number | null {
    if (value === null || value === undefined) return null;
    if (!Number.isInteger(value) || value < min || value > max) this.fail(field, UserErrorCode.OUT_OF_RANGE, `Ska vara ett heltal från ${min} till ${max}.`);
    return value;
  }

  /**
   * An annual cost to store in whole kronor, from `annualCostOre` (öre, the API's one money unit;
   * a whole number of kronor) or the deprecated `annualCostSek`; undefined when neither is given.
   */
  annualCost(input: { annualCostOre?: number | null; annualCostSek?: number | null }, maxKronor: number): number | null | undefined {
    if (input.annualCostOre === undefined) return input.annualCostSek === undefined ? undefined : this.integer("annualCostSek", input.annualCostSek, 0, maxKronor);
    if (input.annualCostSek !== undefined) this.fail("annualCostSek", UserErrorCode.INVALID, "Ange annualCostOre eller det utfasade annualCostSek, inte båda.");
    const ore = this.integer("annualCostOre", input.annualCostOre, 0, maxKronor * 100);
    if (ore !== null && ore % 100 !== 0) this.fail("annualCostOre", UserErrorCode.INVALID, "Årskostnader anges i hela kronor: en multipel av 100 öre.");
    return ore === null ? null : Math.trunc(ore / 100);
  }

  /** A date that may not lie after today (the day of the change). */
  pastDate(field: string, value: LocalDate | null | undefined): LocalDate | null {
    if (value === null || value === undefined) return null;
    if (!isLocalDate(value)) this.fail(field, UserErrorCode.INVALID, "Inte ett giltigt datum (ÅÅÅÅ-MM-DD).");
    else if (value > this.ctx.today) this.fail(field, UserErrorCode.DATE_IN_FUTURE, `Datumet får inte ligga efter i dag (${this.ctx.today}).`);
    return value;
  }

  /**
   * The first day a change takes effect: `value`, default today. A day before today changes answers
   * for past dates, which only a correction (rättelse) may do: it then needs `correctionReason`,
   * which the audit log records. A later day is refused unless `allowFuture`.
   */
  effectiveFrom(field: string, value: LocalDate | null | undefined, correctionReason: string | null | undefined, options: { allowFuture?: boolean } = {}): LocalDate {
    this.capCorrectionReason(correctionReason);
    const date = value ?? this.ctx.today;
    if (!isLocalDate(date)) {
      this.fail(field, UserErrorCode.INVALID, "Inte ett giltigt datum (ÅÅÅÅ-MM-DD).");
      return this.ctx.today;
    }
    if (date > this.ctx.today && !options.allowFuture) this.fail(field, UserErrorCode.DATE_IN_FUTURE, `Datumet får inte ligga efter i dag (${this.ctx.today}).`);
    if (date < this.ctx.today) this.requireCorrection(field, correctionReason);
    return date;
  }

  /**
   * The first day of something registered now that did not exist in the tool before (a late
   * registration, efterregistrering, when it lies before today): `value`, default today. It needs
   * no correctionReason, since no answer the tool gave before mentioned it; its facts, links and
   * parties are recorded from this day, so it is whole on every date it covers. A reason given
   * anyway is kept in the audit log. A later day is refused unless `allowFuture`.
   */
  registeredFrom(field: string, value: LocalDate | null | undefined, correctionReason: string | null | undefined, options: { allowFuture?: boolean } = {}): LocalDate {
    const date = value ?? this.ctx.today;
    if (!isLocalDate(date)) {
      this.fail(field, UserErrorCode.INVALID, "Inte ett giltigt datum (ÅÅÅÅ-MM-DD).");
      return this.ctx.today;
    }
    if (date > this.ctx.today && !options.allowFuture) this.fail(field, UserErrorCode.DATE_IN_FUTURE, `Datumet får inte ligga efter i dag (${this.ctx.today}).`);
    const reason = this.text("correctionReason", correctionReason, { max: 2000 });
    if (reason) this.correctionReason = reason;
    return date;
  }

  /** The last day of something that ends: `value`, default today. Ending it before yesterday changes past answers: a correction. */
  lastDay(field: string, value: LocalDate | null | undefined, correctionReason: string | null | undefined): LocalDate {
    this.capCorrectionReason(correctionReason);
    const date = value ?? this.ctx.today;
    if (!isLocalDate(date)) this.fail(field, UserErrorCode.INVALID, "Inte ett giltigt datum (ÅÅÅÅ-MM-DD).");
    else if (date < addDays(this.ctx.today, -1)) this.requireCorrection(field, correctionReason);
    return date;
  }

  /**
   * From when a dated event recorded now (a notice, a review, a termination) shows in answers:
   * today, so answers for earlier dates stay as they were; with a correctionReason, from the
   * event's own date (a correction).
   */
  recordedFrom(eventDate: LocalDate | null, correctionReason: string | null | undefined): LocalDate {
    this.capCorrectionReason(correctionReason);
    if (eventDate === null || eventDate >= this.ctx.today || !correctionReason?.trim()) return this.ctx.today;
    return this.effectiveFrom("correctionReason", eventDate, correctionReason);
  }

  /** A correctionReason over its cap is refused whether or not the change is a correction (once per mutation). */
  private capCorrectionReason(correctionReason: string | null | undefined): void {
    const length = correctionReason?.trim().length ?? 0;
    if (length > MAX_CORRECTION_REASON && !this.errors.some((e) => e.code === UserErrorCode.TOO_LONG && e.field?.at(-1) === "correctionReason")) {
      this.fail("correctionReason", UserErrorCode.TOO_LONG, `Högst ${MAX_CORRECTION_REASON} tecken.`);
    }
  }

  private requireCorrection(field: string, correctionReason: string | null | undefined): void {
    const reason = correctionReason?.trim();
    if (reason) this.correctionReason = reason;
    else if (!this.errors.some((e) => e.code === UserErrorCode.CORRECTION_REASON_REQUIRED)) {
      this.fail(
        field,
        UserErrorCode.CORRECTION_REASON_REQUIRED,
        `Datumet ligger före i dag (${this.ctx.today}), så ändringen skulle ändra svaren för passerade datum: det är en rättelse och kräver en motivering (correctionReason).`,
      );
    }
  }

  /** Resolves a global ID of one of `types` to an entity, recording NOT_FOUND when it does not exist. */
  async find<T extends Node>(field: string, globalId: string | null | undefined, entity: { new (): T; typeName: string }): Promise<T | null> {
    if (globalId === null || globalId === undefined) return null;
    const id = decodeIdOf(globalId, entity.typeName);
    const found = id === null ? null : await this.em.findOneBy(entity, { id } as any);
    if (!found) this.fail(field, UserErrorCode.NOT_FOUND, `Det finns ingen ${entity.typeName} med detta ID.`);
    return found as T | null;
  }

  /**
   * Resolves a list of global IDs of `entity` in one statement, recording NOT_FOUND and DUPLICATE
   * per item (`field.i`). Returns the rows found, in the order given, each once.
   */
  async findAll<T extends Node & { id: number }>(field: string, globalIds: readonly string[] | null | undefined, entity: { new (): T; typeName: string }): Promise<T[]> {
    const ids = (globalIds ?? []).map((globalId) => decodeIdOf(globalId, entity.typeName));
    const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
    const rows = wanted.length === 0 ? [] : await whereIn(this.em.createQueryBuilder(entity, "item"), "item.id", wanted).getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    const found: T[] = [];
    const seen = new Set<number>();
    ids.forEach((id, i) => {
      const row = id === null ? undefined : byId.get(id);
      if (!row) this.fail(`${field}.${i}`, UserErrorCode.NOT_FOUND, `Det finns ingen ${entity.typeName} med detta ID.`);
      else if (seen.has(row.id)) this.fail(`${field}.${i}`, UserErrorCode.DUPLICATE, `Denna ${entity.typeName} står två gånger i listan.`);
      else {
        seen.add(row.id);
        found.push(row);
      }
    });
    return found;
  }

  /** Saves `entity` (new or changed) and records the change for the audit log. */
  async save<T extends Node>(entity: T, before: Record<string, unknown> | null): Promise<T> {
    const saved = await this.em.save(entity);
    const after = snapshot(saved);
    const fields = diffSnapshots(before, after);
    if (before === null || Object.keys(fields).length > 0) {
      this.changes.push({ objectId: saved.globalId, objectType: (saved.constructor as typeof Node).typeName, kind: before ? "UPDATE" : "CREATE", fields });
    }
    return saved;
  }

  /** Deletes `entity` and records the deletion, with its last values, for the audit log. */
  async remove(entity: Node): Promise<void> {
    const objectId = entity.globalId;
    const before = snapshot(entity);
    await this.em.remove(entity);
    this.changes.push({ objectId, objectType: (entity.constructor as typeof Node).typeName, kind: "DELETE", fields: diffSnapshots(before, null) });
  }
}

export interface MutationOutcome<T> {
  result: T | null;
  userErrors: UserError[];
}

/**
 * Runs one mutation in a transaction. User errors (recorded on the scope) roll it back; otherwise
 * one audit entry with every recorded change is written, and the data version advanced (cached
 * answers become stale), in the same transaction.
 */
export async function runMutation<T>(ctx: Context, operation: string, work: (scope: MutationScope) => Promise<T | null>): Promise<MutationOutcome<T>> {
  let scope: MutationScope | undefined;
  const written = new Set<string>();
  // What the mutation reads, and what its payload reads after it, must not enter the data version's shared snapshot.
  ctx.evaluations = ctx.evaluations.fresh();
  try {
    const result = await asLocalWrite(
      () =>
        ctx.db.transaction(async (em) => {
          scope = new MutationScope(em, ctx, written);
          const value = await work(scope);
          if (scope.failed) throw new Rollback();
          // A mutation that wrote nothing (the same values again) changes no version: every answer stays.
          if (written.size === 0 && scope.changes.length === 0) return value;
          if (scope.changes.length > 0) await writeAudit(em, ctx, operation, scope.changes, scope.correctionReason);
          await advanceDataVersion(em, changeLogEntry(written));
          return value;
        }),
      written,
    );
    return { result, userErrors: [] };
  } catch (error) {
    if (error instanceof Rollback && scope) return { result: null, userErrors: scope.errors };
    throw error;
  } finally {
    if (scope?.em.queryRunner) untrackWrites(scope.em.queryRunner);
  }
}

/** What the change log leaves out: the dated facts' table, which history/record.ts logs per subject type instead (`fact_version:<type>`). */
const NOT_LOGGED = new Set(["fact_version"]);

function changeLogEntry(written: Set<string>): string[] {
  return [...written].filter((name) => !NOT_LOGGED.has(name));
}

async function writeAudit(em: EntityManager, ctx: Context, operation: string, changes: AuditChange[], correctionReason: string | null): Promise<void> {
  const entry = await em.save(
    Object.assign(new AuditEntryRow(), {
      at: ctx.now.toISOString(),
      actorTokenId: ctx.viewer?.tokenId ?? null,
      actorName: ctx.viewer?.tokenName ?? "system",
      operation,
      changes: JSON.stringify(changes),
      correctionReason,
    }),
  );
  const objectIds = [...new Set(changes.map((c) => c.objectId))];
  await em.insert(
    AuditObjectRow,
    objectIds.map((objectId) => ({ entryId: entry.id, objectId })),
  );
}
