import type { FastifyInstance, FastifyReply } from "fastify";
import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import type { Viewer } from "../access/viewer";
import type { EvaluationSource } from "../evaluations/evaluation";
import { csvFormOf } from "../common/csv";
import { isLocalDate } from "../common/dates";
import { createContext } from "../core/context";
import { municipalityById } from "../municipalities/loaders";
import { municipalityArgument } from "../municipalities/arguments";
import type { PageViewer } from "../reports/http";
import { EXPORT_KINDS, type ExportKind, exportFileName, exportTable } from "./exports";
import { CONTENT_TYPES, SheetFormat, writeTable } from "./sheet";

function refuse(reply: FastifyReply, status: number, message: string) {
  return reply.code(status).header("cache-control", "no-store").type("text/plain; charset=utf-8").send(`${message}\n`);
}

/**
 * `/export/<what>.<csv|xlsx>?municipality=<code or ID>&asOf=<YYYY-MM-DD>[&csv=plain]`: the board, a
 * municipality's usages, agreements with deadlines or competence risk as a download. CSV comes as a
 * Swedish Excel opens it (semicolons, decimal comma, byte-order mark) unless `csv=plain` asks for
 * commas and a decimal point. Needs a signed-in page session or a bearer token (READER or more).
 * Every refusal is a short Swedish text with its status (401, 403, 404, 400).
 */
export function registerSpreadsheetRoutes(app: FastifyInstance, options: { db: DataSource; clock: () => Date; viewerOf: PageViewer; latestEvaluations: () => Promise<EvaluationSource> }) {
  app.get<{ Params: { file: string }; Querystring: Record<string, string | undefined> }>("/export/:file", async (request, reply) => {
    let viewer: Viewer | null;
    try {
      viewer = await options.viewerOf(request);
    } catch (error) {
      if (error instanceof GraphQLError) viewer = null;
      else throw error;
    }
    if (!viewer) return refuse(reply.header("www-authenticate", 'Bearer realm="samverkan"'), 401, "Inloggning krävs: logga in eller skicka en API-token.");
    const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(request.params.file);
    if (!match || !EXPORT_KINDS.includes(match[1] as ExportKind)) {
      return refuse(reply, 404, `Okänd export. Välj /export/<${EXPORT_KINDS.join("|")}>.<csv|xlsx>.`);
    }
    const kind = match[1] as ExportKind;
    const format = match[2] === "csv" ? SheetFormat.CSV : SheetFormat.XLSX;
    const ctx = createContext(options.db, viewer, options.clock(), await options.latestEvaluations());
    const asOf = request.query.asOf || ctx.today;
    if (!isLocalDate(asOf)) return refuse(reply, 400, "Ange asOf som ÅÅÅÅ-MM-DD, till exempel 2026-06-15.");
    const csvForm = csvFormOf(request.query.csv);
    if (!csvForm) return refuse(reply, 400, "Okänd CSV-form: ange csv=plain för kommatecken och decimalpunkt, eller utelämna csv för svensk Excel (semikolon och decimalkomma).");
    try {
      const given = request.query.municipality;
      const municipalityId = given ? await municipalityArgument(ctx, given, "municipality") : null;
      const table = await exportTable(ctx, { kind, municipalityId, asOf });
      const code = municipalityId === null ? null : ((await ctx.loaders.get(municipalityById).load(municipalityId))?.code ?? null);
      const fileName = exportFileName(kind, code, asOf, match[2]);
      return reply
        .code(200)
        .header("content-type", CONTENT_TYPES[format])
        .header("content-disposition", `attachment; filename="${fileName}"`)
        .header("cache-control", "no-store")
        .header("x-content-type-options", "nosniff")
        .send(await writeTable(format, table, csvForm));
    } catch (error) {
      if (error instanceof GraphQLError) {
        const code = error.extensions.code;
        if (code === "FORBIDDEN") return refuse(reply, 403, "Din token får inte läsa detta.");
        if (code === "BAD_USER_INPUT" && error.extensions.argumentName === "municipality" && request.query.municipality) {
          return refuse(reply, 400, `Ingen kommun har koden eller ID:t ”${request.query.municipality.slice(0, 40)}”. Ange municipality med fyrsiffrig kommunkod, till exempel municipality=1460.`);
        }
        if (code === "BAD_USER_INPUT") return refuse(reply, 400, error.message);
      }
      throw error;
    }
  });
}
