import "reflect-metadata";
import { readConfig } from "../config";
import { openDatabase } from "../app/database";
import { closeDatabase } from "../http/shutdown";
import { runReminders } from "../reminders/scheduler";
import { runCli } from "./run";

const USAGE = `Usage: npm run reminders
Runs the reminder scheduler once against DATABASE_URL, for cron-style deployments (set
SAMVERKAN_REMINDER_INTERVAL=0 on the server then): fires the deadline reminders that are due, delivers
webhook events (and retries those that are due), and sends the e-mail digests that are due (with SMTP_HOST).

Användning: npm run reminders
Kör påminnelseschemat en gång mot DATABASE_URL, för driftmiljöer med cron (sätt då
SAMVERKAN_REMINDER_INTERVAL=0 på servern): skickar de påminnelser om tidsfrister som förfallit, levererar
webhook-händelser (och nya försök som står på tur) och skickar de e-postsammanfattningar som står på tur (med SMTP_HOST).`;

async function main(argv: string[]): Promise<number> {
  if (argv.length > 0) {
    console.log(USAGE);
    return argv[0] === "--help" || argv[0] === "-h" ? 0 : 2;
  }
  const config = readConfig();
  const db = await openDatabase({ url: config.databaseUrl });
  try {
    const result = await runReminders(db, config.reminders, new Date());
    if (!result.ran) console.log("En annan instans kör påminnelserna just nu; inget gjordes.");
    else {
      console.log(
        `Påminnelser: ${result.remindersFired}; leveranser skapade: ${result.deliveriesCreated}, försökta: ${result.deliveriesAttempted}, levererade: ${result.delivered}; sammanfattningar skickade: ${result.digestsSent}.`,
      );
    }
  } finally {
    await closeDatabase(db);
  }
  return 0;
}

runCli(main);
