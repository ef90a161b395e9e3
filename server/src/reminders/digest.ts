/** Pure: the e-mail digest (veckobrev) of what falls due, in Swedish, as plain text and HTML. */
import { daysBetween, type LocalDate } from "../common/dates";
import { formatLongDate } from "../render/format";
import { html } from "../render/html";
import type { ReminderDeadline } from "./due";

export interface Digest {
  subject: string;
  text: string;
  html: string;
}

const days = (n: number) => (n === 0 ? "i dag" : n === 1 ? "i morgon" : `om ${n} dagar`);

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

/**
 * The digest for one municipality on `today` of `deadlines` (already those within the horizon) and
 * of the needs other members of its collaboration bodies registered or decided since the last one.
 */
export function renderDigest(options: { municipalityName: string; today: LocalDate; horizonDays: number; deadlines: readonly ReminderDeadline[]; needs?: readonly NeedNews[] }): Digest {
  const { municipalityName, today, horizonDays, deadlines } = options;
  const needLines = (options.needs ?? []).map(needNewsLine);
  const subject = `Samverkan: ${deadlines.length} datum inom ${horizonDays} dagar för ${municipalityName}`;
  const intro = `Detta är vad som infaller för ${municipalityName} de närmaste ${horizonDays} dagarna, räknat från ${formatLongDate(today)}.`;
  const lines = deadlines.map((d) => `- ${formatLongDate(d.date)} (${days(daysBetween(today, d.date))}): ${d.summary}\n  ${d.description}`);
  const outro = "Du får detta brev som IT-chef eller ledamot i IT-chefsgruppen för kommunen. Datumen räknas fram ur avtalen och rollerna i Samverkan.";
  const needsHeading = "Behovsanmälningar från andra medlemmar (finns det redan?):";
  const needsText = needLines.length === 0 ? [] : [needsHeading, ...needLines.map((l) => `- ${l}`), ""];
  const text = [`Hej!`, "", intro, "", ...lines, "", ...needsText, outro, ""].join("\n");
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
${needLines.length === 0 ? "" : html`<p><strong>${needsHeading}</strong></p><ul>${needLines.map((l) => html`<li>${l}</li>`)}</ul>`}
<p><small>${outro}</small></p>
</body></html>`;
  return { subject, text, html: body.value };
}
