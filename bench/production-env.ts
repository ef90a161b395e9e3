/**
 * Imported by the benchmark right after reflect-metadata and before anything loads graphql: graphql-js
 * reads NODE_ENV once, at load, and outside "production" checks every internal `instanceOf` against
 * duplicate copies of itself (measurably slower). Production runs with NODE_ENV=production (that is
 * also what `readConfig` keys `production` on), so the benchmark does too unless told otherwise.
 */
export const nodeEnvGiven = process.env.NODE_ENV !== undefined && process.env.NODE_ENV !== "";
if (!nodeEnvGiven) process.env.NODE_ENV = "production";
