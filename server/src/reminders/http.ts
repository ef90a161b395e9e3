import type { FastifyInstance } from "fastify";
import { IsNull, type DataSource } from "typeorm";
import { hashToken } from "../access/tokens";
import { swedishDate } from "../common/dates";
import type { EvaluationSource } from "../evaluations/evaluation";
import { CalendarFeedRow } from "./entities";
import { renderCalendar } from "./ics";
import { reminderDeadlines } from "./read";

const FEED_FILE = /^(svkf_[A-Za-z0-9_-]{16,100})\.ics$/;

/**
 * `/feeds/<token>.ics`: a calendar feed's deadlines from today on, for its municipality or the whole
 * body. The token in the address is the only credential (calendars cannot send headers); an unknown
 * or revoked token is 404, like any address that names nothing.
 */
export function registerFeedRoutes(app: FastifyInstance, options: { db: DataSource; clock: () => Date; latestEvaluations: () => Promise<EvaluationSource> }) {
  const { db, clock } = options;
  app.get<{ Params: { file: string } }>("/feeds/:file", async (request, reply) => {
    const match = FEED_FILE.exec(request.params.file);
    const feed = match ? await db.getRepository(CalendarFeedRow).findOneBy({ tokenHash: hashToken(match[1]), revokedAt: IsNull() }) : null;
    if (!feed) return reply.code(404).type("text/plain; charset=utf-8").header("cache-control", "no-store").send("Kalendern finns inte (okänd eller återkallad adress).\n");
    const now = clock();
    const facts = (await options.latestEvaluations()).facts(swedishDate(now));
    const [deadlines, municipalities] = await Promise.all([reminderDeadlines(facts, feed.municipalityId), facts.municipalities()]);
    const place = feed.municipalityId === null ? "alla kommuner" : (municipalities.get(feed.municipalityId)?.name ?? "kommunen");
    return reply
      .type("text/calendar; charset=utf-8")
      .header("cache-control", "private, no-cache")
      .header("x-content-type-options", "nosniff")
      .header("content-disposition", 'inline; filename="samverkan.ics"')
      .send(renderCalendar({ name: `Samverkan: ${place}`, deadlines, now }));
  });
}
