/**
 * The Swedish words the pages use for the API's enums and concepts: one list, so that a page, a
 * table caption and a form say the same thing. Pure data: no ORM or GraphQL imports.
 */

/** The IT policy's four triggers (utlösare för samverkan), as the report names them too. */
export const TRIGGER_NAMES: Readonly<Record<string, string>> = {
  AGREEMENT_EXPIRING: "Avtal på väg ut",
  POOR_APPLICATION: "Applikationen fungerar dåligt",
  COMPETENCE_RISK: "Svårt att upprätthålla kompetens",
  SAME_APPLICATION: "Flera kommuner använder redan samma applikation",
};

/** Decisions on a collaboration candidate (beslut om samverkansförslag), as the explanations write them. */
export const DECISION_NAMES: Readonly<Record<string, string>> = { ACCEPTED: "Godkänt", REJECTED: "Avvisat", DEFERRED: "Uppskjutet" };

/** Competence-risk levels (risknivå): the report, the risk export and the pages. */
export const RISK_LEVEL_NAMES: Readonly<Record<string, string>> = { HIGH: "Hög", MEDIUM: "Medel", LOW: "Låg" };

/** What a candidate groups municipalities around. */
export const CANDIDATE_KIND_NAMES: Readonly<Record<string, string>> = {
  APPLICATION: "Samma produkt",
  CATEGORY: "Samma verksamhetsområde",
  COLLABORATION: "Befintlig samverkan",
};

/** Words that recur in headings and columns: one term each. */
export const TERMS = {
  candidate: "Samverkansförslag",
  candidates: "Rekommendationer",
  score: "Poäng",
  deadline: "Tidsgräns",
  nextDeadline: "Nästa tidsgräns",
  overdue: "Passerad",
  participants: "Deltagare",
  proposedLevel: "Föreslagen nivå",
  proposedProduct: "Föreslagen produkt",
  transitionWindow: "Övergångsfönster",
  annualCost: "Årskostnad i dag",
  costSplit: "Fördelning efter folkmängd",
  decision: "Beslut",
  noDecision: "Inget beslut",
  evidence: "Underlag",
  triggers: "Utlösare",
  functionalFit: "Funktionell passform",
  technicalFit: "Teknisk passform",
  users: "Användare",
} as const;

/** "vård och omsorg" → "Vård och omsorg". */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Roles (roller) on a system, a usage or an IT unit. */
export const ROLE_NAMES: Readonly<Record<string, string>> = {
  SYSTEMAGARE: "Systemägare",
  SYSTEMANSVARIG: "Systemansvarig",
  SYSTEMFORVALTARE: "Systemförvaltare",
  SYSTEMADMINISTRATOR: "Systemadministratör",
  SYSTEMTEKNIKER: "Systemtekniker",
  IT_CHEF: "IT-chef",
  IT_CHEFSGRUPPEN: "Ledamot i IT-chefsgruppen",
};
