/** Runtime configuration, read once from the environment at start-up. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  /** When set and the database has no tokens, this value becomes the first admin token. */
  bootstrapToken: string | undefined;
  production: boolean;
  introspection: boolean;
  /** Adds an `x-sql-statements` header to every GraphQL response (tests and benchmarks). */
  exposeStatementCount: boolean;
  /** What an empty database starts with (SAMVERKAN_SEED). */
  seed: SeedChoice;
  /** Serves the GraphQL explorer (GraphiQL, bundled by `npm run build`) at /explorer. */
  explorer: boolean;
  /** How long a shutdown (SIGTERM, SIGINT) waits, from the signal, for in-flight requests before closing their connections. */
  shutdownTimeoutMs: number;
  /** How long after the signal a shutdown still accepts connections and serves them (readiness answering 503), within the timeout. */
  shutdownDrainMs: number;
  rateLimit: RateLimitConfig;
  /** Origins whose browser pages may call /graphql (CORS); empty: none (the default). */
  corsOrigins: string[];
  responseCache: ResponseCacheConfig;
  /** Dates whose facts and evaluations each data version's shared snapshot keeps (cache/snapshot-reads.ts); 0 turns sharing off. */
  factSnapshotDates: number;
  /** Prepares today's snapshot in the background at start and after writes (cache/snapshot-warm-up.ts). */
  factSnapshotWarmUp: boolean;
  agreements: AgreementSettings;
  reminders: ReminderSettings;
}

/** The reminder scheduler (påminnelser): webhooks, e-mail digests. */
export interface ReminderSettings {
  /** Seconds between scheduler runs inside the server; 0: no scheduler (run `npm run reminders` from cron instead). */
  intervalSeconds: number;
  /** Delay before the first retry of a failed webhook delivery; each later retry waits twice as long. */
  webhookRetryBaseSeconds: number;
  /** Attempts before a delivery is given up (FAILED). */
  webhookMaxAttempts: number;
  /** Seconds a webhook receiver has to answer. */
  webhookTimeoutSeconds: number;
  /** Days between two e-mail digests to one municipality (7: weekly). */
  digestIntervalDays: number;
  /** How many days ahead a digest looks. */
  digestHorizonDays: number;
  /** SMTP server for digests; null: digests off. */
  smtp: SmtpSettings | null;
  /** The pages' public address (SAMVERKAN_PUBLIC_URL, no trailing slash) the digests link to; null: digests carry no links. */
  publicUrl: string | null;
}

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
}

/**
 * SAMVERKAN_REMINDER_INTERVAL (seconds, default 300, 0 off), SAMVERKAN_WEBHOOK_RETRY_BASE_SECONDS
 * (60), SAMVERKAN_WEBHOOK_MAX_ATTEMPTS (8), SAMVERKAN_WEBHOOK_TIMEOUT (10), SAMVERKAN_DIGEST_INTERVAL_DAYS
 * (7), SAMVERKAN_DIGEST_HORIZON_DAYS (90), and SMTP_HOST, SMTP_PORT (587), SMTP_SECURE, SMTP_USER,
 * SMTP_PASSWORD, SMTP_FROM for digests (off without SMTP_HOST); SAMVERKAN_PUBLIC_URL, the pages'
 * address the digests link to.
 */
export function readReminderSettings(env: NodeJS.ProcessEnv = process.env): ReminderSettings {
  const host = env.SMTP_HOST?.trim() || null;
  const port = wholeNumber(env, "SMTP_PORT", 587, 1, 65535);
  return {
    intervalSeconds: wholeNumber(env, "SAMVERKAN_REMINDER_INTERVAL", 300, 0, 86_400),
    webhookRetryBaseSeconds: wholeNumber(env, "SAMVERKAN_WEBHOOK_RETRY_BASE_SECONDS", 60, 0, 86_400),
    webhookMaxAttempts: wholeNumber(env, "SAMVERKAN_WEBHOOK_MAX_ATTEMPTS", 8, 1, 50),
    webhookTimeoutSeconds: wholeNumber(env, "SAMVERKAN_WEBHOOK_TIMEOUT", 10, 1, 300),
    digestIntervalDays: wholeNumber(env, "SAMVERKAN_DIGEST_INTERVAL_DAYS", 7, 1, 366),
    digestHorizonDays: wholeNumber(env, "SAMVERKAN_DIGEST_HORIZON_DAYS", 90, 1, 3650),
    smtp: host
      ? {
          host,
          port,
          secure: flag(env.SMTP_SECURE, port === 465),
          user: env.SMTP_USER || null,
          password: env.SMTP_PASSWORD || null,
          from: env.SMTP_FROM || "Samverkan <samverkan@localhost>",
        }
      : null,
    publicUrl: readPublicUrl(env),
  };
}

/** SAMVERKAN_PUBLIC_URL: an http(s) address without query or fragment, e.g. https://samverkan.dalsland.se; null when unset. */
export function readPublicUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const text = env.SAMVERKAN_PUBLIC_URL?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SAMVERKAN_PUBLIC_URL must be the pages' address, e.g. https://samverkan.example.se; got "${text}"`);
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.search || url.hash || url.username || url.password) {
    throw new Error(`SAMVERKAN_PUBLIC_URL must be an http or https address without query, fragment or credentials; got "${text}"`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** Deadline configuration of agreements. */
export interface LeadTimeSettings {
  /** Lead time for systems below `highLevelFrom` (default 12 months). */
  leadTimeMonths: number;
  /** Lead time for systems at `highLevelFrom` or above (default 18 months). */
  leadTimeMonthsHighLevel: number;
  /** The collaboration level (ordinal) from which the longer lead time applies (default 3, Gemensam drift). */
  highLevelFrom: number;
}

export interface AgreementSettings extends LeadTimeSettings {
  /** Days before a notice deadline from which an agreement is NOTICE_DUE. */
  noticeDueDays: number;
  /** Months before a decision deadline from which an agreement is DECISION_DUE. */
  decisionWarningMonths: number;
}

/** The response cache of GraphQL answers (svarscache); `maxBytes: 0` turns it off. */
export interface ResponseCacheConfig {
  /** Upper bound on the memory the stored answers take. */
  maxBytes: number;
}

export const RESPONSE_CACHE_OFF: ResponseCacheConfig = { maxBytes: 0 };

/** Every request reads the facts it needs itself (tests that pin statement counts; the default keeps 3 dates). */
export const FACT_SNAPSHOT_OFF = 0;

/** Requests per token (per client address without a valid token) per window; `requests: 0` turns it off. */
export interface RateLimitConfig {
  requests: number;
  windowSeconds: number;
}

export const RATE_LIMIT_OFF: RateLimitConfig = { requests: 0, windowSeconds: 60 };

export const CORS_OFF: string[] = [];

/**
 * An origin as browsers send it: scheme, host and an optional port, nothing else
 * ("https://intranat.bengtsfors.se"); null when `text` is not one.
 */
export function originOf(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.origin === "null" || `${url.origin}` !== text.replace(/\/$/, "")) return null;
  return url.origin;
}

/** SAMVERKAN_CORS_ORIGINS: origins separated by commas or spaces; empty turns CORS off. Throws naming a malformed one. */
export function parseCorsOrigins(text: string | undefined): string[] {
  const origins: string[] = [];
  for (const part of (text ?? "").split(/[\s,]+/).filter(Boolean)) {
    const origin = originOf(part);
    if (!origin) throw new Error(`SAMVERKAN_CORS_ORIGINS must list origins such as https://intranat.example.se (scheme, host, optional port), got "${part}"`);
    origins.push(origin);
  }
  return origins;
}

/**
 * What `npm start` loads into an empty database: the Dalsland demonstration (`1`, `dalsland`; the
 * default), all 290 municipalities of the reference list and nothing else (`reference`), or nothing (`0`).
 */
export type SeedChoice = "dalsland" | "reference" | "none";

export function readSeedChoice(env: NodeJS.ProcessEnv = process.env): SeedChoice {
  const value = env.SAMVERKAN_SEED?.trim().toLowerCase() ?? "";
  if (["", "1", "true", "yes", "on", "dalsland"].includes(value)) return "dalsland";
  if (value === "reference") return "reference";
  if (["0", "false", "no", "off", "none"].includes(value)) return "none";
  throw new Error(`SAMVERKAN_SEED must be 1 (the Dalsland seed), reference (all 290 municipalities) or 0 (nothing), got "${env.SAMVERKAN_SEED}"`);
}

export const DEFAULT_DATABASE_URL = "./data/samverkan.db";

/**
 * DATABASE_URL as given, when it names a database: a PostgreSQL URL (`postgres://`, `postgresql://`),
 * an `sqlite:` path, or a file path ending in `.db`, `.sqlite` or `.sqlite3`; `DEFAULT_DATABASE_URL`
 * when unset or empty. Anything else ("undefined", "localhost", a typo) is refused at start, so a
 * stray string never becomes an SQLite file of that name.
 */
export function readDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  if (!url) return DEFAULT_DATABASE_URL;
  if (/^postgres(ql)?:\/\/[^/\s]+/i.test(url)) return url;
  if (/^sqlite:.+/i.test(url)) return url;
  if (/\.(db|sqlite3?)$/i.test(url) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
  throw new Error(`DATABASE_URL must be a PostgreSQL URL (postgres://user@host/database), sqlite:PATH, or a file path ending in .db, .sqlite or .sqlite3; got "${env.DATABASE_URL}"`);
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return ["1", "true", "yes", "on"].includes(value.toLowerCase());
}

/** A whole-number variable in [min, max]; `fallback` when unset or empty. */
export function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${text}"`);
  return value;
}

/**
 * SAMVERKAN_PROCUREMENT_LEAD_MONTHS (default 12), SAMVERKAN_PROCUREMENT_LEAD_MONTHS_HIGH_LEVEL
 * (default 18), SAMVERKAN_PROCUREMENT_HIGH_LEVEL (the level from which the longer lead time applies,
 * default 3), SAMVERKAN_NOTICE_DUE_DAYS (default 90) and SAMVERKAN_DECISION_WARNING_MONTHS (default 6).
 */
export function readAgreementSettings(env: NodeJS.ProcessEnv = process.env): AgreementSettings {
  return {
    leadTimeMonths: wholeNumber(env, "SAMVERKAN_PROCUREMENT_LEAD_MONTHS", 12, 0, 120),
    leadTimeMonthsHighLevel: wholeNumber(env, "SAMVERKAN_PROCUREMENT_LEAD_MONTHS_HIGH_LEVEL", 18, 0, 120),
    highLevelFrom: wholeNumber(env, "SAMVERKAN_PROCUREMENT_HIGH_LEVEL", 3, 0, 100),
    noticeDueDays: wholeNumber(env, "SAMVERKAN_NOTICE_DUE_DAYS", 90, 0, 3650),
    decisionWarningMonths: wholeNumber(env, "SAMVERKAN_DECISION_WARNING_MONTHS", 6, 0, 60),
  };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    databaseUrl: readDatabaseUrl(env),
    bootstrapToken: env.SAMVERKAN_BOOTSTRAP_TOKEN || undefined,
    production,
    introspection: flag(env.GRAPHQL_INTROSPECTION, !production),
    exposeStatementCount: flag(env.SAMVERKAN_SQL_COUNT_HEADER, false),
    seed: readSeedChoice(env),
    explorer: flag(env.SAMVERKAN_EXPLORER, !production),
    shutdownTimeoutMs: wholeNumber(env, "SAMVERKAN_SHUTDOWN_TIMEOUT", 10, 0, 3600) * 1000,
    shutdownDrainMs: wholeNumber(env, "SAMVERKAN_SHUTDOWN_DRAIN", 2, 0, 3600) * 1000,
    rateLimit: {
      requests: wholeNumber(env, "SAMVERKAN_RATE_LIMIT", 600, 0, 1_000_000),
      windowSeconds: wholeNumber(env, "SAMVERKAN_RATE_LIMIT_WINDOW", 60, 1, 86_400),
    },
    corsOrigins: parseCorsOrigins(env.SAMVERKAN_CORS_ORIGINS),
    agreements: readAgreementSettings(env),
    reminders: readReminderSettings(env),
    responseCache: { maxBytes: wholeNumber(env, "SAMVERKAN_RESPONSE_CACHE_MB", 64, 0, 65_536) * 1024 * 1024 },
    factSnapshotDates: wholeNumber(env, "SAMVERKAN_FACT_SNAPSHOT_DATES", 3, 0, 100),
    factSnapshotWarmUp: flag(env.SAMVERKAN_FACT_SNAPSHOT_WARM_UP, true),
  };
}
