import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { parseExpiry, TokenError, TokenService } from "../../server/src/access/token-service";
import { startServer, TEST_NOW, type TestServer } from "../helpers/server";
import { graphql } from "../kit";

let server: TestServer;
let tokens: TokenService;
beforeAll(async () => {
  server = await startServer({ seed: false });
  tokens = new TokenService(server.db);
});
afterAll(async () => server.close());

const HOUR = 3_600_000;
const viewerWith = async (token: string) => server.gql(graphql(`query TokenExpiryViewer { viewer { role tokenExpiresAt } }`), {}, { token });

describe("tokens that expire (npm run token -- create … --expires)", () => {
  it("works until its expiry and shows it in viewer.tokenExpiresAt; a token without one shows null", async () => {
    const expiresAt = new Date(TEST_NOW.getTime() + HOUR);
    const created = await tokens.create({ name: "a-while", role: Role.READER, now: TEST_NOW, expiresAt });
    expect(created.expiresAt).toBe(expiresAt.toISOString());
    const answer = await viewerWith(created.token);
    expect(answer.status).toBe(200);
    expect(answer.data.viewer).toEqual({ role: "READER", tokenExpiresAt: expiresAt.toISOString() });
    expect((await viewerWith(server.adminToken)).data.viewer!.tokenExpiresAt).toBeNull();
  });

  it("refuses a token after its expiry with 401 UNAUTHENTICATED, on /graphql and where the pages resolve tokens", async () => {
    // Made a day before the test server's today, expiring an hour before it.
    const created = await tokens.create({ name: "gone", role: Role.READER, now: new Date(TEST_NOW.getTime() - 24 * HOUR), expiresAt: new Date(TEST_NOW.getTime() - HOUR) });
    const answer = await viewerWith(created.token);
    expect(answer.status).toBe(401);
    expect(answer.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(await tokens.resolve(created.token, TEST_NOW)).toBeNull();
    expect(await tokens.resolve(created.token, new Date(TEST_NOW.getTime() - 2 * HOUR))).toMatchObject({ role: Role.READER });
  });

  it("refuses an expiry that is not in the future", async () => {
    await expect(tokens.create({ name: "past", role: Role.READER, now: TEST_NOW, expiresAt: TEST_NOW })).rejects.toThrow(TokenError);
  });

  it("--expires takes a date (through that Swedish day) or a number of days", () => {
    expect(parseExpiry("90d", TEST_NOW).toISOString()).toBe(new Date(TEST_NOW.getTime() + 90 * 24 * HOUR).toISOString());
    // Summer time (UTC+2): the day after 2026-06-30 begins at 22:00 UTC.
    expect(parseExpiry("2026-06-30", TEST_NOW).toISOString()).toBe("2026-06-30T22:00:00.000Z");
    // Winter time (UTC+1).
    expect(parseExpiry("2027-01-15", TEST_NOW).toISOString()).toBe("2027-01-15T23:00:00.000Z");
    expect(() => parseExpiry("soon", TEST_NOW)).toThrow(/--expires/);
    expect(() => parseExpiry("2026-02-30", TEST_NOW)).toThrow(/--expires/);
  });
});
