import type { FastifyInstance } from "fastify";
import type { LocalDate } from "../common/dates";
import { DECISION_NAMES, ROLE_NAMES, TERMS } from "../common/vocabulary";
import { formatInteger, formatLongDate } from "../render/format";
import { html, type Html } from "../render/html";
import { page } from "../render/layout";
import { levelBadge } from "../render/levels";
import { table } from "../render/table";
import { DEADLINE_NAME, type DeadlineKind } from "../status/deadlines";
import { CHROME_CSS, pageHeader, sendPage, type Chrome } from "./chrome";
import { asOfOf, BAD_DATE_MESSAGE, chromeOf, PAGE_CSS, type PageDeps, sendMessage, sendQueryFailure, todayOf, viewerOrSignIn } from "./page-kit";
import { candidatePath, systemPath } from "./links";
import { AGREEMENT_STATUS } from "../agreements/deadlines";

/**
 * Ett system (`/system/<id>`): one collaboration on a date — its level history, participants over
 * time, roles, agreements with their schedules, open gaps, competence networks and training plan,
 * and the collaboration candidates that build on it. One GraphQL document, run as the viewer.
 */
export const SYSTEM_QUERY = /* GraphQL */ `
  query SystemPage($id: ID!, $asOf: LocalDate!) {
    node(id: $id) {
      __typename
      ... on Collaboration {
        id name description startedOn
        application { name }
        host { name }
        operator { name }
        collaborationBody { name }
        levelOn(date: $asOf) { ordinal name }
        levelHistory { changedOn fromLevel { ordinal name } toLevel { ordinal name } decisionReference reason }
        participants(includeFormer: true) { municipality { name } joinedOn leftOn }
        roles(asOf: $asOf) { kind fromDate toDate person { name } }
        statusBoardRow(asOf: $asOf) {
          agreements { agreement { name vendorName } status currentTermStart currentTermEnd noticeDeadline decisionDeadline latestPossibleEnd renewsAutomatically }
          openGaps { ruleTitle label reason }
          nextDeadline { date kind }
        }
        competenceNetworks { name lastActivityOn coordinator { name } }
        trainingPlan { name reviewedOn nextReviewDue reviewOverdue(asOf: $asOf) }
      }
    }
    candidates: collaborationCandidates(asOf: $asOf, includeHidden: true, first: 100) {
      nodes { id score summary collaboration { id } decision { status } }
    }
  }
`;

interface Level {
  ordinal: number;
  name: string;
}
interface SystemData {
  id: string;
  name: string;
  description: string | null;
  startedOn: LocalDate | null;
  application: { name: string } | null;
  host: { name: string } | null;
  operator: { name: string } | null;
  collaborationBody: { name: string } | null;
  levelOn: Level | null;
  levelHistory: { changedOn: LocalDate; fromLevel: Level | null; toLevel: Level | null; decisionReference: string | null; reason: string | null }[];
  participants: { municipality: { name: string } | null; joinedOn: LocalDate; leftOn: LocalDate | null }[];
  roles: { kind: string; fromDate: LocalDate; toDate: LocalDate | null; person: { name: string } | null }[];
  statusBoardRow: {
    agreements: {
      agreement: { name: string; vendorName: string | null } | null;
      status: string;
      currentTermStart: LocalDate;
      currentTermEnd: LocalDate;
      noticeDeadline: LocalDate;
      decisionDeadline: LocalDate;
      latestPossibleEnd: LocalDate;
      renewsAutomatically: boolean;
    }[];
    openGaps: { ruleTitle: string; label: string; reason: string }[];
    nextDeadline: { date: LocalDate; kind: string } | null;
  } | null;
  competenceNetworks: { name: string; lastActivityOn: LocalDate | null; coordinator: { name: string } | null }[];
  trainingPlan: { name: string; reviewedOn: LocalDate; nextReviewDue: LocalDate; reviewOverdue: boolean } | null;
}
interface PageData {
  node: (SystemData & { __typename: string }) | null;
  candidates: { nodes: { id: string; score: number; summary: string; collaboration: { id: string } | null; decision: { status: string } | null }[] } | null;
}

export function registerSystemPage(app: FastifyInstance, deps: PageDeps): void {
  app.get("/system/:id", async (request, reply) => {
    const viewer = await viewerOrSignIn(deps, request, reply);
    if (!viewer) return reply;
    const chrome = chromeOf(deps, viewer, request);
    const today = todayOf(deps);
    const asOf = asOfOf(request, today);
    if (asOf === null) return sendMessage(reply, 400, chrome, "Ogiltigt datum", BAD_DATE_MESSAGE);
    const id = (request.params as { id: string }).id;
    const result = await deps.runQuery(viewer, SYSTEM_QUERY, { id, asOf });
    const data = result.data as PageData | undefined;
    const unknownId = result.errors?.every((e) => e.extensions?.code === "BAD_USER_INPUT") && result.errors.length > 0;
    if (unknownId || (data && !result.errors?.length && data.node?.__typename !== "Collaboration")) {
      return sendMessage(reply, 404, chrome, "Systemet finns inte", html`Det finns inget gemensamt system med den adressen. <a href="/">Se alla på statustavlan</a>.`);
    }
    if (result.errors?.length || !data?.node) return sendQueryFailure(reply, chrome, result.errors, "systemet");
    return sendPage(reply, 200, systemPage(data.node, data.candidates?.nodes ?? [], asOf, today, chrome));
  });
}

function systemPage(s: SystemData, candidates: NonNullable<PageData["candidates"]>["nodes"], asOf: LocalDate, today: LocalDate, chrome: Chrome): string {
  const when = formatLongDate(asOf);
  const row = s.statusBoardRow;
  const concerning = candidates.filter((c) => c.collaboration?.id === s.id);
  return page({
    title: `${s.name} – Samverkan`,
    header: pageHeader(chrome),
    css: `${CHROME_CSS}\n${PAGE_CSS}`,
    body: html`<p class="no-print"><a href="/${asOf === today ? "" : `?asOf=${asOf}`}">← Statustavlan</a></p>
<h1>${s.name}</h1>
${s.description ? html`<p>${s.description}</p>` : ""}
<form method="get" action="${systemPath(s.id)}" class="filters no-print">
<div class="field"><label for="asOf">Visa läget på datum</label><input type="date" id="asOf" name="asOf" value="${asOf}" required></div>
<button type="submit">Visa</button>
</form>
<p class="muted">Läget den ${when}${asOf === today ? " (i dag)" : ""}.${row === null ? " Samverkan hade inte börjat det datumet." : ""}</p>
<dl class="facts">
<dt>Applikation</dt><dd>${s.application?.name ?? "–"}</dd>
<dt>Nivå</dt><dd>${levelBadge(s.levelOn)}</dd>
<dt>Värdkommun</dt><dd>${s.host?.name ?? "–"}</dd>
<dt>Drift</dt><dd>${s.operator?.name ?? "–"}</dd>
${s.collaborationBody ? html`<dt>Samverkansorgan</dt><dd>${s.collaborationBody.name}</dd>` : ""}
<dt>Startade</dt><dd>${s.startedOn ? formatLongDate(s.startedOn) : "–"}</dd>
<dt>${TERMS.nextDeadline}</dt><dd>${row?.nextDeadline ? html`${formatLongDate(row.nextDeadline.date)} (${DEADLINE_NAME[row.nextDeadline.kind as DeadlineKind] ?? row.nextDeadline.kind})` : "–"}</dd>
</dl>
<h2 id="nivahistorik">Nivåhistorik</h2>
${table({
  caption: "Nivåändringar, äldst först",
  stack: true,
  columns: [{ header: "Datum" }, { header: "Från" }, { header: "Till" }, { header: "Beslut" }, { header: "Skäl" }],
  empty: "Inga nivåändringar.",
  rows: s.levelHistory.map((c) => [formatLongDate(c.changedOn), levelBadge(c.fromLevel), levelBadge(c.toLevel), c.decisionReference ?? "–", c.reason ?? "–"]),
})}
<h2 id="deltagare">${TERMS.participants} över tid</h2>
${table({
  caption: "Kommuner som deltar eller har deltagit",
  stack: true,
  columns: [{ header: "Kommun" }, { header: "Gick med" }, { header: "Lämnade" }],
  empty: "Inga deltagare.",
  rows: s.participants.map((p) => [p.municipality?.name ?? "–", formatLongDate(p.joinedOn), p.leftOn ? formatLongDate(p.leftOn) : html`<span class="muted">deltar</span>`]),
})}
<h2 id="roller">Roller</h2>
${table({
  caption: `Roller den ${when}`,
  stack: true,
  columns: [{ header: "Roll" }, { header: "Person" }, { header: "Från" }, { header: "Till" }],
  empty: "Inga roller det här datumet.",
  rows: s.roles.map((r) => [ROLE_NAMES[r.kind] ?? r.kind, r.person?.name ?? "–", formatLongDate(r.fromDate), r.toDate ? formatLongDate(r.toDate) : "tills vidare"]),
})}
<h2 id="avtal">Avtal och tidsgränser</h2>
${agreementsTable(row, asOf, when)}
<h2 id="brister">Öppna brister mot IT-policyn</h2>
${table({
  caption: `Regler som inte uppfylls den ${when}`,
  stack: true,
  columns: [{ header: "Regel" }, { header: "Gäller" }, { header: "Varför" }],
  empty: "Inga öppna brister.",
  rows: (row?.openGaps ?? []).map((g) => [g.ruleTitle, g.label, g.reason]),
})}
<h2 id="kompetens">Kompetens</h2>
${competence(s, asOf)}
<h2 id="forslag">Samverkansförslag som bygger på systemet</h2>
${table({
  caption: `Förslag den ${when}`,
  stack: true,
  columns: [{ header: "Förslag" }, { header: TERMS.score, numeric: true }, { header: TERMS.decision }],
  empty: "Inga förslag bygger på systemet.",
  rows: concerning.map((c) => [
    html`<a href="${candidatePath(c.id, asOf, today)}">${c.summary}</a>`,
    formatInteger(c.score),
    c.decision ? (DECISION_NAMES[c.decision.status] ?? c.decision.status) : TERMS.noDecision,
  ]),
})}`,
  });
}

function agreementsTable(row: SystemData["statusBoardRow"], asOf: LocalDate, when: string): Html {
  const passed = (date: LocalDate) => (date < asOf ? html`${formatLongDate(date)} <strong class="overdue">(passerad)</strong>` : formatLongDate(date));
  return table({
    caption: `Avtal och deras tidsgränser den ${when}`,
    stack: true,
    columns: [{ header: "Avtal" }, { header: "Status" }, { header: "Period" }, { header: "Beslutsdatum" }, { header: "Sista dag för uppsägning" }, { header: "Senaste möjliga slut" }],
    empty: "Inga avtal.",
    rows: (row?.agreements ?? []).map((a) => [
      html`${a.agreement?.name ?? "–"}${a.agreement?.vendorName ? html`<br><span class="muted">${a.agreement.vendorName}</span>` : ""}`,
      AGREEMENT_STATUS[a.status] ?? a.status,
      html`${formatLongDate(a.currentTermStart)} – ${formatLongDate(a.currentTermEnd)}${a.renewsAutomatically ? html`<br><span class="muted">förlängs automatiskt</span>` : ""}`,
      passed(a.decisionDeadline),
      passed(a.noticeDeadline),
      formatLongDate(a.latestPossibleEnd),
    ]),
  });
}

function competence(s: SystemData, asOf: LocalDate): Html {
  const plan = s.trainingPlan;
  return html`${table({
    caption: "Kompetensnätverk för systemet",
    stack: true,
    columns: [{ header: "Nätverk" }, { header: "Samordnare" }, { header: "Senaste aktivitet" }],
    empty: "Inget kompetensnätverk.",
    rows: s.competenceNetworks.map((n) => [n.name, n.coordinator?.name ?? "–", n.lastActivityOn ? formatLongDate(n.lastActivityOn) : "–"]),
  })}
<p>Utbildningsplan: ${
    plan
      ? html`<strong>${plan.name}</strong>, senast reviderad ${formatLongDate(plan.reviewedOn)}, nästa revision ${formatLongDate(plan.nextReviewDue)}${plan.reviewOverdue ? html` <strong class="overdue">(försenad den ${formatLongDate(asOf)})</strong>` : ""}.`
      : html`<span class="warn">saknas</span>.`
  }</p>`;
}
