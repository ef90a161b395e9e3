import type { LifecyclePhase } from "./entities";

/** The phases a usage is in use in: being introduced, active or being phased out; not planned, not retired. */
const IN_USE: ReadonlySet<string> = new Set<`${LifecyclePhase}`>(["PHASE_IN", "ACTIVE", "PHASE_OUT"]);

/**
 * The one definition of "in use", on a usage's lifecycle phase as entities, plain rows and the
 * recommendations' facts carry it (on a date: of a usage existing then, history/reader.ts).
 */
export function isInUsePhase(phase: string): boolean {
  return IN_USE.has(phase);
}
