/** Pure: the e-mail digest (veckobrev) of what falls due, in Swedish, as plain text and HTML. */
import { daysBetween, type LocalDate } from "../common/dates";
import { formatKronor, formatLongDate } from "../render/format";
import { html } from "../render/html";
import { AGREEMENTS_PATH, municipalityPath, systemPath } from "../common/page-paths";
import type { ReminderDeadline } from "./due";

export interface Digest {
  subject: string;
  text: string;
  html: string;
}

const days = (n: number) => (n < -1 ? `för ${-n} dagar sedan` : n === -1 ? "i går" : n === 0 ? "i dag" : n === 1 ? "i morgon" : `om ${n} dagar`);

/** A need another member registered (behovsanmälan), and the option it chose, for the digests of the other members. */
export interface NeedNews {
  municipalityName: string;
  /** The business area, in Swedish (e.g. "bygglov"). */
  area: string;
  neededBy: LocalDate;
  description: string;
  registeredOn: LocalDate;
  /** The chosen option's summary; null while none is chosen. */
  choice: string | null;
  chosenOn: LocalDate | null;
}

/** One line about another member's need, in Swedish. */
export function needNewsLine(n: NeedNews): string {
  const registered = `${n.municipalityName} anmälde ${formatLongDate(n.registeredOn)} ett behov inom ${n.area} (behövs senast ${formatLongDate(n.neededBy)}): ${n.description}`;
  return n.choice === null ? `${registered}.` : `${registered}. Valt ${formatLongDate(n.chosenOn!)}: ${n.choice}`;
}

/** A budget notice (budgetunderlag) of an implementation plan issued since the last digest. */
export interface DigestBudgetNotice {
  plan: string;
  version: number;
  issuedOn: LocalDate;
  budgetDecidedBy: LocalDate | null;
  inTime: boolean;
  lines: readonly { system: string; what: string; why: string; budgetYear: number | null; amountOre: number; estimated: boolean; decidedOn: LocalDate }[];
}

/** "Mellerud" → "Melleruds", "Bengtsfors" → "Bengtsfors" (Swedish genitive). */
function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/** Where the digest links to the pages: their public address and what each deadline concerns. */
export interface DigestLinks {
  /** SAMVERKAN_PUBLIC_URL, without a trailing slash. */
  base: string;
  municipalityCode: string;
  /** The systems (collaborations: global ID and name) a deadline concerns, by the deadline's uid. */
  systems: ReadonlyMap<string, readonly { id: string; name: string }[]>;
}

/**
 * The digest for one municipality on `today` of `deadlines` (already those within the horizon), the
 * budget notices issued since the last one, and the needs other members of its collaboration bodies
 * registered or decided since then.
 */
export function renderDigest(options: {
  municipalityName: string;
  today: LocalDate;
  horizonDays: number;
  deadlines: readonly ReminderDeadline[];
  budgetNotices?: readonly DigestBudgetNotice[];
  needs?: readonly NeedNews[];
  /** Links to the pages; none without a configured public address. */
  links?: DigestLinks | null;
}): Digest {
  const { municipalityName, today, horizonDays, deadlines } = options;
  const notices = options.budgetNotices ?? [];
  const needLines = (options.needs ?? []).map(needNewsLine);
  const overdue = deadlines.filter((d) => d.overdue);
  const coming = deadlines.filter((d) => !d.overdue);
  const passed = overdue.length ? `${overdue.length} passerade och ` : "";
  const subject = `Samverkan: ${passed}${coming.length} datum inom ${horizonDays} dagar för ${municipalityName}${notices.length ? " och budgetunderlag" : ""}`;
  const intro = `Detta är vad som infaller för ${municipalityName} de närmaste ${horizonDays} dagarna, räknat från ${formatLongDate(today)}${overdue.length ? ", och först de beslutsdatum som har passerat men fortfarande kräver beslut" : ""}.`;
  // Passed decision deadlines first: they still call for a decision (see ReminderDeadline.overdue).
  const ordered = [...overdue, ...coming];
  const links = options.links ?? null;
  const url = (path: string) => `${links?.base}${path}`;
  const kommunUrl = links ? url(`${municipalityPath(links.municipalityCode)}#tidsgranser`) : null;
  /** The pages a deadline leads to: its systems, else the agreements (a role's end: the municipality). */
  const pagesOf = (d: ReminderDeadline): { href: string; label: string }[] => {
    if (!links) return [];
    const systems = (links.systems.get(d.uid) ?? []).map((c) => ({ href: url(systemPath(c.id)), label: c.name }));
    if (d.agreementId !== null) return [...systems, { href: url(AGREEMENTS_PATH), label: "Avtal och tidsgränser" }];
    return systems.length ? systems : [{ href: kommunUrl!, label: municipalityName }];
  };
  const lines = ordered.map(
    (d) =>
      `- ${formatLongDate(d.date)} (${days(daysBetween(today, d.date))}${d.overdue ? ", passerat" : ""}): ${d.summary}\n  ${d.description}${pagesOf(d)
        .map((p) => `\n  ${p.label}: ${p.href}`)
        .join("")}`,
  );
  const pagesText = kommunUrl ? ["", `${genitive(municipalityName)} tidsgränser i Samverkan: ${kommunUrl}`, `Alla avtal och tidsgränser: ${url(AGREEMENTS_PATH)}`] : [];
  const noticeIntro = (n: DigestBudgetNotice) =>
    `${n.plan}, version ${n.version}, utfärdad ${formatLongDate(n.issuedOn)}: ${
      n.budgetDecidedBy ? `budgeten beslutas senast ${formatLongDate(n.budgetDecidedBy)}${n.inTime ? "." : " – den tidpunkten har passerat, beloppen kräver tilläggsbudget."}` : "inget budgetår."
    }`;
  const noticeLine = (l: DigestBudgetNotice["lines"][number]) =>
    `${l.budgetYear ?? "–"}: ${l.what}${l.estimated ? " (uppskattning)" : ""}: ${formatKronor(l.amountOre)} (beslut ${l.decidedOn}: ${l.why})`;
  const noticeText = notices.length
    ? [
        "",
        `Budgetunderlag för ${municipalityName} (ekonomiska konsekvenser till den ordinarie budgetprocessen):`,
        ...notices.flatMap((n) => [`* ${noticeIntro(n)}`, ...n.lines.map((l) => `  - ${noticeLine(l)}`)]),
      ]
    : [];
  const outro = "Du får detta brev som IT-chef eller ledamot i IT-chefsgruppen för kommunen. Datumen räknas fram ur avtalen och rollerna i Samverkan.";
  const needsHeading = "Behovsanmälningar från andra medlemmar (finns det redan?):";
  const needsText = needLines.length === 0 ? [] : ["", needsHeading, ...needLines.map((l) => `- ${l}`)];
  const text = [`Hej!`, "", intro, "", ...lines, ...pagesText, ...noticeText, ...needsText, "", outro, ""].join("\n");
  const body = html`<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>${subject}</title></head>
<body style="font-family:sans-serif;line-height:1.4">
<p>Hej!</p>
<p>${intro}</p>
<table style="border-collapse:collapse">
<thead><tr><th style="text-align:left;padding:.25rem .5rem">Datum</th><th style="text-align:left;padding:.25rem .5rem">Vad</th></tr></thead>
<tbody>${ordered.map(
    (d) =>
      html`<tr><td style="padding:.25rem .5rem;vertical-align:top;white-space:nowrap">${formatLongDate(d.date)}<br><small>${days(daysBetween(today, d.date))}${d.overdue ? html`, <strong style="color:#a4000f">passerat</strong>` : ""}</small></td><td style="padding:.25rem .5rem"><strong>${d.summary}</strong><br>${d.description}${pagesOf(d).map((p) => html`<br><a href="${p.href}">${p.label}</a>`)}</td></tr>`,
  )}</tbody>
</table>
${kommunUrl ? html`<p><a href="${kommunUrl}">${genitive(municipalityName)} tidsgränser i Samverkan</a> · <a href="${url(AGREEMENTS_PATH)}">Alla avtal och tidsgränser</a></p>` : ""}
${notices.length ? html`<h2>Budgetunderlag för ${municipalityName}</h2>${notices.map((n) => html`<p>${noticeIntro(n)}</p><ul>${n.lines.map((l) => html`<li>${noticeLine(l)}</li>`)}</ul>`)}` : ""}
${needLines.length === 0 ? "" : html`<p><strong>${needsHeading}</strong></p><ul>${needLines.map((l) => html`<li>${l}</li>`)}</ul>`}
<p><small>${outro}</small></p>
</body></html>`;
  return { subject, text, html: body.value };
}
