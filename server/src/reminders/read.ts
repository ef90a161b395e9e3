import type { LocalDate } from "../common/dates";
import { ROLE_NAMES } from "../common/vocabulary";
import type { FactsOn } from "../history/reader";
import { RoleKind } from "../roles/rules";
import { DeadlineKind, overdueDecisionDeadlines, upcomingDeadlines } from "../status/deadlines";
import { agreementDeadline, type ReminderDeadline, roleEndDeadline } from "./due";

/** Each role kind's Swedish name. */
export const ROLE_NAME: Readonly<Record<RoleKind, string>> = ROLE_NAMES;

/**
 * Passed decision deadlines that can still be acted on (overdue, first), then every deadline on or after the reader's date — decision, notice and term end of each agreement
 * (computed by agreements/deadlines.ts with the agreement's lead time on that date) and each role's
 * last day — earliest first; `municipalityId` keeps those that concern one municipality. A fixed
 * number of statements, whatever the number of agreements and roles.
 */
export async function reminderDeadlines(facts: FactsOn, municipalityId: number | null = null): Promise<ReminderDeadline[]> {
  const asOf: LocalDate = facts.date;
  const [agreements, schedules, roles, people, itUnits, usages, applications, collaborations, municipalities] = await Promise.all([
    facts.agreements(),
    facts.schedules(),
    facts.roles(),
    facts.people(),
    facts.itUnits(),
    facts.usages(),
    facts.applications(),
    facts.collaborations(),
    facts.municipalities(),
  ]);
  const scheduled = agreements.map((a) => ({
    on: a,
    ...schedules.get(a.agreement.id)!,
  }));
  const target = (r: (typeof roles)[number]): string => {
    if (r.applicationUsageId !== null) {
      const usage = usages.get(r.applicationUsageId);
      const application = usage && applications.get(usage.applicationId);
      return application ? `${application.name} i ${municipalities.get(usage.municipalityId)?.name ?? "kommunen"}` : "en applikation";
    }
    if (r.collaborationId !== null) return collaborations.get(r.collaborationId)?.name ?? "en samverkan";
    return (r.itUnitId !== null && itUnits.get(r.itUnitId)?.name) || "en IT-enhet";
  };
  // Passed decision deadlines that can still be acted on come first, marked, rather than dropped.
  const listed = [...overdueDecisionDeadlines(asOf, scheduled), ...upcomingDeadlines(asOf, scheduled, roles)];
  const deadlines = listed.flatMap((d): ReminderDeadline[] => {
    if (d.agreement) {
      const a = d.agreement;
      const viaUnits = a.on.itUnitIds.flatMap((id) => (itUnits.has(id) ? [itUnits.get(id)!.municipalityId] : []));
      return [
        agreementDeadline({
          agreementId: a.on.agreement.id,
          name: a.on.agreement.name,
          kind: d.kind,
          date: d.date,
          noticeDeadline: a.noticeDeadline,
          currentTermEnd: a.currentTermEnd,
          procurementLeadTimeMonths: a.procurementLeadTimeMonths,
          municipalityIds: [...new Set([...a.on.municipalityIds, ...viaUnits])].sort((x, y) => x - y),
          overdue: d.date < asOf,
        }),
      ];
    }
    const role = d.roleAssignment!;
    const person = people.get(role.personId);
    if (!person || d.kind !== DeadlineKind.ROLE_END) return [];
    return [
      roleEndDeadline({ roleAssignmentId: role.id, roleName: ROLE_NAME[role.kind] ?? role.kind, personName: person.name, target: target(role), date: d.date, municipalityId: person.municipalityId }),
    ];
  });
  return municipalityId === null ? deadlines : deadlines.filter((d) => d.municipalityIds.includes(municipalityId));
}
