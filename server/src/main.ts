import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { TokenService } from "./access/token-service";
import { Role } from "./access/roles";
import { readConfig } from "./config";
import { openDatabase } from "./app/database";
import { describeDatabase } from "./db/urls";
import { buildServer } from "./app/server";
import { shutdownOnSignals } from "./http/shutdown";
import { ReminderScheduler } from "./reminders/scheduler";
import { isEmpty, loadSeed } from "../../seeds/load";
import { loadReferenceSeed } from "../../seeds/reference";

/** `npm start`: migrate, seed an empty database (Dalsland, the reference list or nothing: SAMVERKAN_SEED), make sure an admin token exists, serve. */
async function main() {
  const config = readConfig();
  const db = await openDatabase({ url: config.databaseUrl });
  console.log(`Samverkan: database ${describeDatabase(config.databaseUrl)}, migrations up to date.`);

  if (config.seed !== "none" && (await isEmpty(db))) {
    if (config.seed === "reference") {
      const written = await loadReferenceSeed(db);
      console.log(`Samverkan: empty database, loaded the reference list (${written} municipalities, no other data).`);
    } else {
      await loadSeed(db);
      console.log("Samverkan: empty database, loaded the Dalsland seed.");
    }
  }

  const tokens = new TokenService(db);
  if ((await tokens.count()) === 0) {
    const created = await tokens.create({ name: "bootstrap-admin", role: Role.ADMIN, token: config.bootstrapToken, now: new Date() });
    if (config.bootstrapToken) {
      console.log("Samverkan: created the first admin token from SAMVERKAN_BOOTSTRAP_TOKEN.");
    } else {
      console.log("Samverkan: created the first admin token. It is shown only this once; keep it safe:");
      console.log(`\n    ${created.token}\n`);
    }
  }

  const app = await buildServer({ db, config });
  // The reminder scheduler stops (waiting for a run in progress) before the database closes.
  const reminders = new ReminderScheduler(db, config.reminders, () => new Date());
  app.addHook("onClose", async () => reminders.stop());
  shutdownOnSignals(app, db, config.shutdownTimeoutMs, config.shutdownDrainMs);

  await app.listen({ port: config.port, host: config.host });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}/graphql`;
  console.log(`Samverkan: serving ${url}`);
  reminders.start();
  if (config.reminders.intervalSeconds > 0) {
    console.log(`Samverkan: reminders run every ${config.reminders.intervalSeconds} s; e-mail digests ${config.reminders.smtp ? `via ${config.reminders.smtp.host}` : "off (no SMTP_HOST)"}.`);
  }
  const site = url.slice(0, -"/graphql".length);
  console.log(`Samverkan: status page ${site}/ (sign in with a token)${config.explorer ? `, explorer ${site}/explorer` : ""}`);
  console.log(`More tokens: npm run token -- create --name NAME --role ADMIN|EDITOR|READER [--municipality CODE]`);
  console.log(
    `Try: curl -s ${url} -H 'content-type: application/json' -H 'authorization: Bearer <token>' -d '{"query":"{ viewer { role } collaborations(first: 5) { nodes { name level { ordinal name } } } }"}'`,
  );
}

main().catch((error) => {
  console.error("Samverkan failed to start:", error);
  process.exit(1);
});
