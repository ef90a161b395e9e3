import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { ok, type TestServer } from "../helpers/server";
import { type Kit, type Municipality, startKit, graphql } from "../kit";

/**
 * Planned leave is personal data. Competence risk counts a specialist's coming leave only for
 * viewers who may see that person's leave: asking with growing horizons must not reveal the month
 * to anyone else (a payroll specialist of one municipality plans to leave in 2026-11).
 */
const RISK = graphql(`query LeavePrivacyCompetenceRisk($h: Int!) { competenceRisk(horizonMonths: $h, first: 100) { nodes { label specialistsLeaving reasons { code } } } }`);

let kit: Kit;
let server: TestServer;
let other: Municipality;
let own: Municipality;
beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  [own, other] = [await kit.municipality({ name: "Mellerud" }), await kit.municipality({ name: "Bengtsfors" })];
  const payroll = await kit.application({ name: "Personec P", category: "PAYROLL_HR" });
  for (const municipality of [own, other]) await kit.usage({ municipality, application: payroll });
  const specialist = await kit.person({ municipality: own, name: "Bertil Ström" });
  await kit.competence({ person: specialist, application: payroll });
  await kit.plannedLeave(specialist, "2026-11");
});
afterAll(async () => kit.close());

async function leavingByHorizon(token: string): Promise<number[]> {
  const counts: number[] = [];
  for (const h of [1, 3, 6, 9, 12, 24]) {
    const nodes = ok(await server.gql(RISK, { h }, { token })).competenceRisk!.nodes;
    counts.push(nodes.reduce((sum: number, n: any) => sum + n.specialistsLeaving, 0));
  }
  return counts;
}

describe("competence risk and planned leave", () => {
  it("shows coming leave to those who may see it, and to no one else however the horizon is varied", async () => {
    const admin = await leavingByHorizon(server.adminToken);
    expect(admin[0]).toBe(0);
    expect(admin.at(-1)).toBeGreaterThan(0);

    const readerBengtsfors = await server.token(Role.READER, other.code);
    expect(new Set(await leavingByHorizon(readerBengtsfors))).toEqual(new Set([0]));
    const nodes = ok(await server.gql(RISK, { h: 24 }, { token: readerBengtsfors })).competenceRisk!.nodes;
    expect(nodes.flatMap((n: any) => n.reasons.map((r: any) => r.code))).not.toContain("SPECIALISTS_LEAVING");

    // Mellerud's editor may see Mellerud's people's leave: the payroll specialist counts from h = 6 on 2026-06-15 (leaves 2026-11).
    const mellerud = await server.token(Role.EDITOR, own.code);
    const counts = await leavingByHorizon(mellerud);
    expect(counts[0]).toBe(0);
    expect(Math.max(...counts)).toBeGreaterThan(0);
    expect(counts.at(-1)).toBeLessThanOrEqual(admin.at(-1)!);
  });
});
