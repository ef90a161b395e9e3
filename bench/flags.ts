import { parseArgs } from "node:util";

/** A numeric flag: [environment variable, default, minimum, maximum]. The maxima keep every run bounded. */
export type Flag = [string, number, number, number];

/** The flags' lines of a usage text: flag, environment variable, default and range. */
export function flagUsage(flags: Record<string, Flag>): string {
  return Object.entries(flags)
    .map(([flag, [env, fallback, min, max]]) => `  --${flag.padEnd(15)} ${env.padEnd(22)} default ${String(fallback).padEnd(4)} (${min}–${max})`)
    .join("\n");
}

/**
 * Reads whole-number flags from `argv`, else from their environment variables, else their defaults;
 * refuses values out of range. Null when `--help` was given.
 */
export function readFlags<K extends string>(flags: Record<K, Flag>, argv: string[], env: NodeJS.ProcessEnv): Record<K, number> | null {
  const { values } = parseArgs({
    args: argv,
    options: { ...Object.fromEntries(Object.keys(flags).map((flag) => [flag, { type: "string" as const }])), help: { type: "boolean" } },
    strict: true,
  });
  if (values.help) return null;
  const options = {} as Record<K, number>;
  for (const [flag, [envName, fallback, min, max]] of Object.entries(flags) as [K, Flag][]) {
    const text = (values as Record<string, string | undefined>)[flag] ?? env[envName];
    const value = text === undefined || text === "" ? fallback : Number(text);
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${flag} (${envName}) must be a whole number from ${min} to ${max}, got "${text}".`);
    options[flag] = value;
  }
  return options;
}
