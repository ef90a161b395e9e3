import type { LocalDate } from "../common/dates";
import { dayBefore } from "../common/period";
import type { MutationScope } from "../core/mutation";
import type { Node } from "../core/node";
import { trackWrites } from "../db/statements";
import { FactVersion } from "./entities";
import { factVersionsOf, rowWritten, type VersionedSubject } from "./subjects";

type Facts = Record<string, unknown>;

function factsOf(subject: VersionedSubject, row: object): Facts {
  return Object.fromEntries(Object.keys(subject.fields).map((field) => [field, (row as Facts)[field] ?? null]));
}

function same(a: Facts, b: Facts): boolean {
  return Object.keys(a).every((key) => JSON.stringify(a[key] ?? null) === JSON.stringify(b[key] ?? null));
}

/**
 * Records that from `on` the subject's facts are its current values with `changes` applied, and
 * saves the subject's row with the latest version's values (audited as usual).
 *
 * The new values hold from `on` until the next recorded version (or open-ended): a change dated
 * today closes the version in force yesterday; a back-dated correction splits the version that
 * covered `on` and leaves later versions as recorded. A subject without versions gets its first
 * from `on`. Caller checks that `on` is allowed (`MutationScope.effectiveFrom`).
 */
export async function recordFacts<T extends Node & { id: number }>(s: MutationScope, subject: VersionedSubject, entity: T, changes: Facts, on: LocalDate, before: Facts | null): Promise<T> {
  // The tables this writes are logged apart, so that the subject's own row is logged as that row alone.
  const own = new Set<string>();
  const runner = s.em.queryRunner;
  if (runner) trackWrites(runner, own);
  let saved: T | undefined;
  try {
    saved = await recordFactsOf(s, subject, entity, changes, on, before);
    return saved;
  } finally {
    if (runner) trackWrites(runner, s.written);
    const id = saved?.id ?? entity.id;
    for (const table of own) s.written.add(table === subject.table && id !== undefined ? rowWritten(table, id) : table);
  }
}

async function recordFactsOf<T extends Node & { id: number }>(s: MutationScope, subject: VersionedSubject, entity: T, changes: Facts, on: LocalDate, before: Facts | null): Promise<T> {
  const isNew = entity.id === undefined;
  const saved = isNew ? await s.save(entity, null) : entity;
  const versions = isNew ? [] : await s.em.find(FactVersion, { where: { subjectType: subject.typeName, subjectId: saved.id }, order: { validFrom: "ASC" } });
  const covering = versions.find((v) => v.validFrom <= on && (v.validTo === null || v.validTo >= on));
  const next = versions.find((v) => v.validFrom > on);
  const base: Facts = covering ? JSON.parse(covering.facts) : next ? JSON.parse(next.facts) : versions.length ? JSON.parse(versions.at(-1)!.facts) : factsOf(subject, saved);
  const facts = { ...base, ...factsOf(subject, { ...base, ...changes }) };
  const write = (validFrom: LocalDate, validTo: LocalDate | null) =>
    markWritten(s, subject, saved.id).em.insert(FactVersion, {
      subjectType: subject.typeName,
      subjectId: saved.id,
      validFrom,
      validTo,
      facts: JSON.stringify(facts),
      recordedAt: s.ctx.now.toISOString(),
      correctionReason: s.correctionReason,
    });

  if (!covering || !same(base, facts)) {
    if (covering && covering.validFrom === on) {
      await markWritten(s, subject, saved.id).em.update(FactVersion, { id: covering.id }, { facts: JSON.stringify(facts), recordedAt: s.ctx.now.toISOString(), correctionReason: s.correctionReason });
    } else if (covering) {
      await markWritten(s, subject, saved.id).em.update(FactVersion, { id: covering.id }, { validTo: dayBefore(on) });
      await write(on, covering.validTo);
    } else {
      await write(on, next ? dayBefore(next.validFrom) : null);
    }
  }
  // The row carries the latest version: a later recorded one when there is one, else these facts.
  Object.assign(saved, next ? JSON.parse(versions.at(-1)!.facts) : facts);
  if (isNew) return s.em.save(saved);
  return s.save(saved, before);
}

/** Logs that one subject's dated facts change (the change log's `fact_version:<type>#<id>`), before writing them. */
function markWritten(s: MutationScope, subject: VersionedSubject, subjectId: number): MutationScope {
  s.written.add(rowWritten(factVersionsOf(subject), subjectId));
  return s;
}

/**
 * Ends the subject's facts after `lastDay` (a competence removed, say): the version covering it is
 * closed there and later ones are dropped, so dates up to `lastDay` keep their answers.
 */
export async function endFacts(s: MutationScope, subject: VersionedSubject, subjectId: number, lastDay: LocalDate): Promise<void> {
  const versions = await s.em.find(FactVersion, { where: { subjectType: subject.typeName, subjectId }, order: { validFrom: "ASC" } });
  for (const v of versions) {
    if (v.validFrom > lastDay) await markWritten(s, subject, subjectId).em.delete(FactVersion, { id: v.id });
    else if (v.validTo === null || v.validTo > lastDay) await markWritten(s, subject, subjectId).em.update(FactVersion, { id: v.id }, { validTo: lastDay });
  }
}
