import type { FastifyReply, FastifyRequest } from "fastify";
import type { GraphQLFormattedError } from "graphql";
import type { Viewer } from "../access/viewer";
import { isLocalDate, swedishDate, type LocalDate } from "../common/dates";
import { capitalized } from "../common/vocabulary";
import { html, type HtmlValue } from "../render/html";
import { page } from "../render/layout";
import type { PageAuth } from "./auth";
import { CHROME_CSS, pageHeader, sendPage, type Chrome } from "./chrome";

/** Runs a GraphQL document in-process as `viewer` through the same server (limits, access rules, error masking). */
export type RunQuery = (viewer: Viewer, document: string, variables: Record<string, unknown>) => Promise<{ data?: unknown; errors?: readonly GraphQLFormattedError[] }>;

/** What every page module needs: who is looking, how to run GraphQL as them, today, whether the explorer is linked. */
export interface PageDeps {
  auth: PageAuth;
  runQuery: RunQuery;
  clock: () => Date;
  explorer: boolean;
}

/** CSS the pages share beyond the layout's: forms, notices, warnings, definition lists. */
export const PAGE_CSS = `
.field{margin:1rem 0}
.field label,.field legend{display:block;font-weight:600;margin-bottom:.25rem}
.field input[type=text],.field input[type=date],.field select,.field textarea{font:inherit;width:100%;max-width:32rem;padding:.4rem;border:1px solid #4d4d4d;border-radius:.25rem}
.field textarea{min-height:6rem}
fieldset{border:1px solid #aeb6bf;border-radius:.25rem;margin:1rem 0;padding:.5rem 1rem}
.choice{display:block;margin:.25rem 0}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;margin:1rem 0}
.filters .field{margin:0}
.filters select,.filters input{font:inherit;padding:.3rem;border:1px solid #4d4d4d;border-radius:.25rem;max-width:100%}
.error{color:#a4000f;font-weight:600}
.notice{border-left:4px solid #0a4a8a;padding:.25rem .75rem;background:#eef4fa}
.warn{color:#a4000f;font-weight:600}
.overdue{color:#a4000f;font-weight:700}
dl.facts{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem;margin:1rem 0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
@media screen and (max-width:40rem){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.5rem}}
`.trim();

/** The chrome (header) for a request's page. */
export function chromeOf(deps: PageDeps, viewer: Viewer | null, request: FastifyRequest): Chrome {
  return { viewer, explorer: deps.explorer, path: request.url };
}

/** A signed-in viewer, or a redirect to sign in (sent; then null). */
export async function viewerOrSignIn(deps: PageDeps, request: FastifyRequest, reply: FastifyReply): Promise<Viewer | null> {
  const viewer = await deps.auth.viewerOf(request);
  if (!viewer) {
    await reply.header("cache-control", "no-store").redirect(`/signin?next=${encodeURIComponent(request.url)}`, 303);
    return null;
  }
  return viewer;
}

/** The `asOf` query parameter (default today), or null when it is not a date. */
export function asOfOf(request: FastifyRequest, today: LocalDate): LocalDate | null {
  const value = (request.query as Record<string, unknown>).asOf;
  if (value === undefined || value === "") return today;
  return isLocalDate(value) ? value : null;
}

export function todayOf(deps: PageDeps): LocalDate {
  return swedishDate(deps.clock());
}

/** A text query parameter, trimmed; null when absent or blank. */
export function textParam(request: FastifyRequest, name: string): string | null {
  const value = (request.query as Record<string, unknown>)[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** A page with a heading and a message (errors, bad input, nothing found), in the common frame. */
export function messageDocument(chrome: Chrome, title: string, message: HtmlValue): string {
  return page({
    title: `${title} – Samverkan`,
    header: pageHeader(chrome),
    css: `${CHROME_CSS}\n${PAGE_CSS}`,
    body: html`<h1>${title}</h1><p role="alert">${message}</p><p><a href="/">Till statustavlan</a></p>`,
  });
}

export function sendMessage(reply: FastifyReply, status: number, chrome: Chrome, title: string, message: HtmlValue): FastifyReply {
  return sendPage(reply, status, messageDocument(chrome, title, message));
}

export const BAD_DATE_MESSAGE = "Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2026-06-15.";

/** Answers a failed page query: 403 when the token may not read it, else 500, both in Swedish. */
export function sendQueryFailure(reply: FastifyReply, chrome: Chrome, errors: readonly GraphQLFormattedError[] | undefined, what: string): FastifyReply {
  const codes = new Set((errors ?? []).map((e) => e.extensions?.code));
  if (codes.has("FORBIDDEN")) return sendMessage(reply, 403, chrome, "Ingen behörighet", `Din token får inte läsa ${what}.`);
  return sendMessage(reply, 500, chrome, "Något gick fel", `${capitalized(what)} kunde inte tas fram just nu. Försök igen om en stund.`);
}
