import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { EntityManager } from "typeorm";
import type { Application, ApplicationUsage } from "../server/src/applications/entities";
import type { Collaboration, CollaborationLevel } from "../server/src/collaborations/entities";
import type { CollaborationBody, ItUnit, Municipality } from "../server/src/municipalities/entities";
import type { Person } from "../server/src/people/entities";
import { overlaps } from "../server/src/common/period";

/** What every seed part shares: reading its files and resolving natural keys to written rows. */

/** Reads a JSON file of a seed directory. */
export function readSeedFile<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(join(dir, file), "utf8")) as T;
}

/** Reads an optional JSON file of a seed directory; undefined when the directory has none. */
export function readOptionalSeedFile<T>(dir: string, file: string): T | undefined {
  return existsSync(join(dir, file)) ? readSeedFile<T>(dir, file) : undefined;
}

/**
 * What seed parts have written so far, by the natural keys the files use: municipality code,
 * IT unit name, collaboration body short name, application name, "code:application" for usages,
 * collaboration name, person name.
 */
export interface SeedRefs {
  dir: string;
  levels: Map<number, CollaborationLevel>;
  municipalities: Map<string, Municipality>;
  itUnits: Map<string, ItUnit>;
  bodies: Map<string, CollaborationBody>;
  applications: Map<string, Application>;
  usages: Map<string, ApplicationUsage>;
  collaborations: Map<string, Collaboration>;
  people: Map<string, Person>;
}

/** One part of the seed: reads its own file(s) from `refs.dir` (skipping when absent) and adds to `refs`. */
export type SeedPart = (em: EntityManager, refs: SeedRefs) => Promise<void>;

/** Looks a natural key up, failing loudly on a typo in a seed file. */
export function lookup<K, T>(map: Map<K, T>, key: K, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed refers to unknown ${what} "${key}".`);
  return value;
}

/** A period in a seed file: first and last day, both inclusive; last day null while it lasts. */
export type SeedPeriod = [string, string | null];

/**
 * The periods of one participant or party: those listed for `key` in `periods`, else `otherwise`.
 * Fails loudly on a period ending before it starts or on two periods sharing a day.
 */
export function periodsOf(periods: Record<string, SeedPeriod[]> | undefined, key: string, otherwise: SeedPeriod): SeedPeriod[] {
  const list = periods?.[key] ?? [otherwise];
  list.forEach(([from, to], i) => {
    if (to !== null && to < from) throw new Error(`Seed period ${from}–${to} of "${key}" ends before it starts.`);
    if (list.slice(0, i).some(([f, t]) => overlaps({ from, to }, { from: f, to: t }))) throw new Error(`Seed periods of "${key}" overlap.`);
  });
  return list;
}

/** Fails loudly when `periods` names a participant or party that `keys` does not list (a typo would silently do nothing). */
export function checkPeriodKeys(periods: Record<string, SeedPeriod[]> | undefined, keys: readonly string[], where: string): void {
  for (const key of Object.keys(periods ?? {})) if (!keys.includes(key)) throw new Error(`Seed ${where} gives periods for "${key}", which it does not list.`);
}
