import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** Request headers a browser page may send to /graphql. */
const ALLOWED_HEADERS = "authorization, content-type, accept, if-none-match, apollo-require-preflight, x-apollo-operation-name";
/** Response headers a page's script may read, beside the CORS-safelisted ones. */
const EXPOSED_HEADERS = "etag, retry-after, ratelimit, ratelimit-policy";
/** How long a browser may keep a preflight's answer (seconds). */
const MAX_AGE_SECONDS = 600;

/**
 * CORS for /graphql with an allow-list: a page from a listed origin may call the API from a
 * browser (preflight answered 204, answers carry Access-Control-Allow-Origin); a preflight from any
 * other origin is refused with 403 and no CORS headers, so the browser blocks the call. Tokens travel
 * in the Authorization header, never in cookies: credentials mode is not allowed. Off (no headers,
 * preflights 404 as before) when the list is empty.
 */
export function registerCors(app: FastifyInstance, origins: readonly string[]): void {
  if (origins.length === 0) return;
  const allowed = new Set(origins);
  const allowedOrigin = (request: FastifyRequest): string | null => {
    const origin = request.headers.origin;
    return typeof origin === "string" && allowed.has(origin) ? origin : null;
  };
  app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith("/graphql") || request.method === "OPTIONS") return;
    reply.header("vary", "Origin");
    const origin = allowedOrigin(request);
    if (origin) reply.header("access-control-allow-origin", origin).header("access-control-expose-headers", EXPOSED_HEADERS);
  });
  app.options("/graphql", async (request, reply) => {
    reply.header("vary", "Origin");
    const origin = allowedOrigin(request);
    if (!origin) return reply.code(403).send({ errors: [{ message: "Ursprunget är inte tillåtet (SAMVERKAN_CORS_ORIGINS).", extensions: { code: "CORS_ORIGIN_NOT_ALLOWED" } }] });
    return reply
      .code(204)
      .header("access-control-allow-origin", origin)
      .header("access-control-allow-methods", "GET, POST")
      .header("access-control-allow-headers", ALLOWED_HEADERS)
      .header("access-control-max-age", String(MAX_AGE_SECONDS))
      .send();
  });
}
