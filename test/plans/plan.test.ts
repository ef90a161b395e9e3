import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freezeIntervals } from "../../server/src/recommendations/freezes";
import { ChangeFreeze, freezeRuleOf } from "../../server/src/recommendations/entities";
import { expectStatements, ok, type TestServer } from "../helpers/server";
import { type Kit, type Municipality, startKit, graphql } from "../kit";

/**
 * The implementation plan (införandeplan) of a collaboration body with two accepted candidates, over
 * data this file builds with the test kit: five member municipalities with a New Year freeze each;
 * four run a poorly fitting care product and the fifth a better one (a change of product), and three
 * run one GIS product inside a level-2 collaboration (a deepening).
 */
const CANDIDATES = graphql(`query PlansPlanCollaborationCandidates { collaborationCandidates(first: 100) { nodes { id key category participants { id code } } } }`);
const DECIDE = graphql(
  `mutation PlansPlanRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { decision { id status } userErrors { field code message } } }`,
);
const PLAN = graphql(`query PlansPlanImplementationPlan($body: ID!, $from: LocalDate!, $to: LocalDate!, $asOf: LocalDate) {
  implementationPlan(body: $body, from: $from, to: $to, asOf: $asOf) {
    asOf bodyName from to oneOffTotalOre annualBeforeOre annualAfterOre
    items {
      decisionId decidedOn system category collaboration currentLevel targetLevel targetLevelName costKey systemOwners operator
      window { decisionOn leadMonths earliestStart lengthDays start end avoidedFreezes }
      annualBeforeOre oneOffTotalOre
      annualAfter { kind amountOre estimated basis budgetYear shares { code amountOre } }
      oneOff { kind amountOre estimated basis budgetYear shares { code amountOre } }
      municipalities { code name annualBeforeOre annualAfterOre annualChangeOre oneOffOre oneOffBudgetYear annualBudgetYear budgetDecidedBy inTime }
    }
    municipalities { code annualBeforeOre annualAfterOre annualChangeOre oneOffOre }
    budgetNotices { code name budgetDecidedBy inTime lines { decisionId system what kind budgetYear amountOre estimated } years { year amountOre } }
  } }`);
const ISSUE = graphql(
  `mutation PlansPlanImplementationPlanIssue($input: ImplementationPlanIssueInput!) { implementationPlanIssue(input: $input) { issue { version sha256 issuedOn html csv path } userErrors { field code message } } }`,
);
const COSTS = graphql(`mutation PlansPlanDecisionCostsSet($input: DecisionCostsSetInput!) { decisionCostsSet(input: $input) { decision { id } userErrors { field code message } } }`);

let kit: Kit;
let server: TestServer;
let body: string;
const period = { from: "2026-01-01", to: "2030-12-31" };
/** The accepted decisions: the care category's and the GIS collaboration's. */
const decisions: Record<"care" | "gis", string> = { care: "", gis: "" };
/** The members, by name: Bengtby, Dalby, Fälla, Mellby, Åby. */
let members: Municipality[];
let a: Municipality;

beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  members = [];
  for (const [name, population] of [
    ["Bengtby", 9076],
    ["Dalby", 4606],
    ["Fälla", 6376],
    ["Mellby", 9052],
    ["Åby", 11906],
  ] as const)
    members.push(await kit.municipality({ name, population }));
  a = members[4];
  body = (await kit.body({ members, name: "Dalby kommunalförbund", shortName: "DKF" })).id;
  for (const municipality of members) await kit.changeFreeze({ municipality, name: "Årsskifte", period: { kind: "DAY_MONTH", fromMonthDay: "12-15", toMonthDay: "01-15" } });
  const procapita = await kit.application({ name: "Procapita VoO", category: "CARE" });
  const lifecare = await kit.application({ name: "Lifecare", category: "CARE" });
  const costs = [640_000, 330_000, 410_000, 620_000];
  for (const [i, municipality] of members.slice(0, 4).entries()) await kit.usage({ municipality, application: procapita, functionalFit: 2, technicalFit: 2, annualCostSek: costs[i], users: 100 });
  await kit.usage({ municipality: a, application: lifecare, functionalFit: 4, technicalFit: 3, annualCostSek: 780_000, users: 400 });
  const geosecma = await kit.application({ name: "Geosecma", category: "GIS" });
  for (const municipality of members.slice(0, 3)) await kit.usage({ municipality, application: geosecma, annualCostSek: 60_000 });
  const gis = await kit.collaboration({ name: "GIS-samverkan", level: 2, participants: members.slice(0, 3), application: geosecma, startedOn: "2010-01-01" });
  await kit.role({ kind: "SYSTEMAGARE", person: await kit.person({ municipality: members[0], name: "Stina Hallberg" }), collaboration: gis, from: "2012-01-01" });

  const candidates = ok(await server.gql(CANDIDATES)).collaborationCandidates!.nodes;
  for (const [name, category] of [
    ["care", "CARE"],
    ["gis", "GIS"],
  ] as const) {
    const candidate = candidates.find((c: any) => c.category === category);
    const result = ok(await server.gql(DECIDE, { input: { candidateId: candidate!.id, status: "ACCEPTED", reason: `Godkänt av IT-chefsgruppen (${candidate!.key}).` } })).recommendationDecide;
    expect(result!.userErrors).toEqual([]);
    decisions[name] = result!.decision!.id;
  }
});
afterAll(async () => kit.close());

const sum = (list: { amountOre: number }[]) => list.reduce((s, x) => s + x.amountOre, 0);

const planOn = async (variables: Record<string, unknown> = {}) => {
  const response = await server.gql(PLAN, { body, ...period, ...variables });
  return { plan: ok(response).implementationPlan, statements: response.statements };
};

describe("implementationPlan with two accepted candidates", () => {
  it("lists both systems with amounts per municipality that add up to the öre, in the right budget years, with windows clear of every freeze", async () => {
    const { plan, statements } = await planOn();
    // 36: the candidates read the approved freeze exceptions too (issue 27), once, whatever the data.
    expectStatements(statements, 36);
    expect(plan!.items.map((i: any) => i.decisionId).sort()).toEqual(Object.values(decisions).sort());
    const care = plan!.items.find((i: any) => i.decisionId === decisions.care);
    const gis = plan!.items.find((i: any) => i.decisionId === decisions.gis);
    expect(care).toMatchObject({ system: "Lifecare", category: "CARE", targetLevel: 3, targetLevelName: "Gemensam drift" });
    expect(gis).toMatchObject({ system: "Geosecma", collaboration: "GIS-samverkan", currentLevel: 2, targetLevel: 3, systemOwners: ["Stina Hallberg"] });
    // Five municipalities' care costs today: the usages' annual costs.
    expect(care!.annualBeforeOre).toBe((640000 + 330000 + 410000 + 620000 + 780000) * 100);
    expect(care!.municipalities.map((m: any) => m.code)).toEqual(members.map((m) => m.code));

    const freezes = await server.db.getRepository(ChangeFreeze).find();
    const municipalities = ok(await server.gql(graphql(`query PlansPlanMunicipalities { municipalities(first: 100) { nodes { code id } } }`))).municipalities!.nodes;
    const idOf = (code: string) =>
      Number(
        Buffer.from(municipalities.find((m: any) => m.code === code)!.id, "base64url")
          .toString()
          .split(":")[1],
      );
    let totalOneOff = 0;
    for (const item of plan!.items) {
      // Every amount splits exactly; each municipality's line is the sum of its shares.
      for (const amount of [...item.oneOff, item.annualAfter]) expect(sum(amount.shares)).toBe(amount.amountOre);
      expect(sum(item.oneOff)).toBe(item.oneOffTotalOre);
      totalOneOff += item.oneOffTotalOre;
      for (const line of item.municipalities) {
        const shareOf = (a: any) => a.shares.find((s: any) => s.code === line.code)?.amountOre ?? 0;
        expect(line.oneOffOre).toBe(item.oneOff.reduce((s: number, a: any) => s + shareOf(a), 0));
        expect(line.annualAfterOre).toBe(shareOf(item.annualAfter));
        expect(line.annualChangeOre).toBe(line.annualAfterOre - line.annualBeforeOre);
      }
      expect(sum(item.municipalities.map((m: any) => ({ amountOre: m.annualBeforeOre })))).toBe(item.annualBeforeOre);
      expect(sum(item.municipalities.map((m: any) => ({ amountOre: m.annualAfterOre })))).toBe(item.annualAfter.amountOre);
      expect(sum(item.municipalities.map((m: any) => ({ amountOre: m.oneOffOre })))).toBe(item.oneOffTotalOre);
      // Budget years: one-off costs in the year the window starts, the annual change from the day after it ends; decided in November the year before.
      expect(item.window.start).not.toBeNull();
      const startYear = Number(item.window.start!.slice(0, 4));
      for (const amount of item.oneOff) expect(amount.budgetYear).toBe(startYear);
      const after = new Date(`${item.window.end}T00:00:00Z`);
      after.setUTCDate(after.getUTCDate() + 1);
      expect(item.annualAfter.budgetYear).toBe(after.getUTCFullYear());
      for (const line of item.municipalities) expect(line).toMatchObject({ oneOffBudgetYear: startYear, budgetDecidedBy: `${startYear - 1}-11-30`, inTime: true });
      // The window lies after the decision plus the lead time and overlaps none of the participants' freezes for the business area.
      expect(item.window.start! >= item.window.earliestStart).toBe(true);
      const codes = item.municipalities.map((m: any) => idOf(m.code));
      for (const f of freezes.filter((f) => codes.includes(f.municipalityId) && (f.category === null || f.category === item.category))) {
        for (const p of freezeIntervals(freezeRuleOf(f), startYear - 1, startYear + 1)) expect(p.to < item.window.start! || p.from > item.window.end!).toBe(true);
      }
    }
    expect(plan!.oneOffTotalOre).toBe(totalOneOff);
    expect(sum(plan!.municipalities.map((m: any) => ({ amountOre: m.oneOffOre })))).toBe(plan!.oneOffTotalOre);
    expect(sum(plan!.municipalities.map((m: any) => ({ amountOre: m.annualAfterOre })))).toBe(plan!.annualAfterOre);
    // Estimates are marked; care changes product, so it has an investment and parallel running.
    expect(care!.oneOff.map((a: any) => [a.kind, a.estimated])).toEqual([
      ["TRANSITION", true],
      ["INVESTMENT", true],
      ["EXIT", true],
      ["PARALLEL_RUNNING", true],
    ]);
    expect(care!.oneOff[0].amountOre).toBe(care!.annualBeforeOre / 5);
    // Parallel running falls on the four that change product.
    expect(care!.oneOff[3].shares.map((s: any) => s.code)).toEqual(members.slice(0, 4).map((m) => m.code));
    expect(gis!.oneOff.find((a: any) => a.kind === "INVESTMENT")!.amountOre).toBe(0);

    // Each municipality's budget notice: its lines per budget year, with the decision references.
    const amal = plan!.budgetNotices.find((n: any) => n.code === a.code);
    expect(amal!.lines.every((l: any) => l.decisionId === decisions.care)).toBe(true);
    const amalLine = care!.municipalities.find((m: any) => m.code === a.code);
    expect(sum(amal!.years)).toBe(amalLine!.oneOffOre + amalLine!.annualChangeOre);
    expect(amal).toMatchObject({ budgetDecidedBy: "2027-11-30", inTime: true });
  });

  it("entered costs replace the estimates; a budget calendar moves the budget decision", async () => {
    const care = decisions.care;
    const entered = ok(
      await server.gql(COSTS, {
        input: {
          decisionId: care,
          costs: [
            { kind: "TRANSITION", amountOre: 100_000_01, note: "Konsultstöd och utbildning." },
            { kind: "ANNUAL_AFTER", amountOre: 2_500_000_00 },
          ],
        },
      }),
    ).decisionCostsSet;
    expect(entered!.userErrors).toEqual([]);
    const item = (await planOn()).plan!.items.find((i: any) => i.decisionId === care);
    expect(item!.oneOff[0]).toMatchObject({ kind: "TRANSITION", amountOre: 100_000_01, estimated: false, basis: "Konsultstöd och utbildning." });
    expect(sum(item!.oneOff[0].shares)).toBe(100_000_01);
    expect(item!.annualAfter).toMatchObject({ amountOre: 2_500_000_00, estimated: false });
    expect(sum(item!.municipalities.map((m: any) => ({ amountOre: m.annualAfterOre })))).toBe(2_500_000_00);

    // Bad input: a Swedish user error, nothing changed.
    const refused = ok(
      await server.gql(COSTS, {
        input: {
          decisionId: care,
          costs: [
            { kind: "EXIT", amountOre: -1 },
            { kind: "EXIT", amountOre: 5 },
          ],
        },
      }),
    ).decisionCostsSet;
    expect(refused!.userErrors.map((e: any) => e.code)).toEqual(["OUT_OF_RANGE", "DUPLICATE"]);
    expect((await planOn()).plan!.items.find((i: any) => i.decisionId === care)!.oneOff[0].amountOre).toBe(100_000_01);

    const amal = a.id;
    const calendar = ok(
      await server.gql(graphql(`mutation PlansPlanBudgetCalendarSet($input: BudgetCalendarSetInput!) { budgetCalendarSet(input: $input) { municipality { code } userErrors { code } } }`), {
        input: { municipalityId: amal, decisionMonth: 6, note: "Kommunfullmäktige i juni." },
      }),
    ).budgetCalendarSet;
    expect(calendar!.userErrors).toEqual([]);
    const notice = (await planOn()).plan!.budgetNotices.find((n: any) => n.code === a.code);
    expect(notice!.budgetDecidedBy).toBe("2027-06-30");
    // Made after that date, the plan no longer reaches Åby's ordinary budget process.
    expect((await planOn({ asOf: "2027-07-01" })).plan!.budgetNotices.find((n: any) => n.code === a.code)?.inTime ?? false).toBe(false);
  });

  it("issuing twice gives the same bytes; a later change yields a new version and the issued one stays", async () => {
    const input = { body, ...period };
    const first = ok(await server.gql(ISSUE, { input })).implementationPlanIssue;
    expect(first!.userErrors).toEqual([]);
    expect(first!.issue).toMatchObject({ version: 1, issuedOn: "2026-06-15" });
    expect(first!.issue!.html).toContain("Införandeplan DKF 2026–2030");
    expect(first!.issue!.html).toContain("Utfärdad 15 juni 2026, version 1.");
    expect(first!.issue!.html).toContain("<svg");
    expect(first!.issue!.csv.startsWith("\ufeffavsnitt;system;uppgift;kommun;budgetår;öre\r\n")).toBe(true);
    const again = ok(await server.gql(ISSUE, { input })).implementationPlanIssue;
    expect(again!.issue).toEqual(first!.issue);
    expect(Buffer.from(again!.issue!.html).equals(Buffer.from(first!.issue!.html))).toBe(true);

    const care = decisions.care;
    expect(ok(await server.gql(COSTS, { input: { decisionId: care, costs: [{ kind: "EXIT", amountOre: 42_000_00 }] } })).decisionCostsSet!.userErrors).toEqual([]);
    const second = ok(await server.gql(ISSUE, { input })).implementationPlanIssue;
    expect(second!.issue!.version).toBe(2);
    expect(second!.issue!.sha256).not.toBe(first!.issue!.sha256);
    const issues = ok(
      await server.gql(graphql(`query PlansPlanImplementationPlanIssues($b: ID!, $f: LocalDate!, $t: LocalDate!) { implementationPlanIssues(body: $b, from: $f, to: $t) { version sha256 html } }`), {
        b: body,
        f: period.from,
        t: period.to,
      }),
    ).implementationPlanIssues;
    expect(issues!.map((i: any) => i.version)).toEqual([1, 2]);
    expect(issues![0].html).toBe(first!.issue!.html);
    // Each new version is published with every municipality's budget notice.
    const events = await server.db.query("SELECT data FROM webhook_event WHERE type = 'PLAN_ISSUED' ORDER BY id");
    expect(events).toHaveLength(2);
    const data = JSON.parse(events[1].data);
    expect(data.plan).toMatchObject({ body: "DKF", version: 2, changed: true });
    expect(data.budgetNotices.map((n: any) => n.municipality)).toEqual(members.map((m) => m.code));
  });

  it("refuses bad arguments with a Swedish BAD_USER_INPUT", async () => {
    const response = await server.gql(PLAN, { body, from: "2030-01-01", to: "2026-01-01" });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].message).toContain("periodens sista dag");
    const notBody = await server.gql(PLAN, { body: decisions.gis, ...period });
    expect(notBody.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
