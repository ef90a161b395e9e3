/** Pure: the e-mail digest (veckobrev) of what falls due, in Swedish, as plain text and HTML. */
import { daysBetween, type LocalDate } from "../common/dates";
import { formatKronor, formatLongDate } from "../render/format";
import { html } from "../render/html";
import type { ReminderDeadline } from "./due";

export interface Digest {
  subject: string;
  text: string;
  html: string;
}

const days = (n: number) => (n === 0 ? "i dag" : n === 1 ? "i morgon" : `om ${n} dagar`);

/** A budget notice (budgetunderlag) of an implementation plan issued since the last digest. */
export interface DigestBudgetNotice {
  plan: string;
  version: number;
  issuedOn: LocalDate;
  budgetDecidedBy: LocalDate | null;
  inTime: boolean;
  lines: readonly { system: string; what: string; why: string; budgetYear: number | null; amountOre: number; estimated: boolean; decidedOn: LocalDate }[];
}

/** The digest for one municipality on `today` of `deadlines` (already those within the horizon) and the budget notices issued since the last one. */
export function renderDigest(options: {
  municipalityName: string;
  today: LocalDate;
  horizonDays: number;
  deadlines: readonly ReminderDeadline[];
  budgetNotices?: readonly DigestBudgetNotice[];
}): Digest {
  const { municipalityName, today, horizonDays, deadlines } = options;
  const notices = options.budgetNotices ?? [];
  const subject = `Samverkan: ${deadlines.length} datum inom ${horizonDays} dagar för ${municipalityName}${notices.length ? " och budgetunderlag" : ""}`;
  const intro = `Detta är vad som infaller för ${municipalityName} de närmaste ${horizonDays} dagarna, räknat från ${formatLongDate(today)}.`;
  const lines = deadlines.map((d) => `- ${formatLongDate(d.date)} (${days(daysBetween(today, d.date))}): ${d.summary}\n  ${d.description}`);
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
  const text = [`Hej!`, "", intro, "", ...lines, ...noticeText, "", outro, ""].join("\n");
  const body = html`<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>${subject}</title></head>
<body style="font-family:sans-serif;line-height:1.4">
<p>Hej!</p>
<p>${intro}</p>
<table style="border-collapse:collapse">
<thead><tr><th style="text-align:left;padding:.25rem .5rem">Datum</th><th style="text-align:left;padding:.25rem .5rem">Vad</th></tr></thead>
<tbody>${deadlines.map(
    (d) =>
      html`<tr><td style="padding:.25rem .5rem;vertical-align:top;white-space:nowrap">${formatLongDate(d.date)}<br><small>${days(daysBetween(today, d.date))}</small></td><td style="padding:.25rem .5rem"><strong>${d.summary}</strong><br>${d.description}</td></tr>`,
  )}</tbody>
</table>
${notices.length ? html`<h2>Budgetunderlag för ${municipalityName}</h2>${notices.map((n) => html`<p>${noticeIntro(n)}</p><ul>${n.lines.map((l) => html`<li>${noticeLine(l)}</li>`)}</ul>`)}` : ""}
<p><small>${outro}</small></p>
</body></html>`;
  return { subject, text, html: body.value };
}
