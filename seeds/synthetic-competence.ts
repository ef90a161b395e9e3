import type { EntityManager } from "typeorm";
import {
  Competence,
  CompetenceLevel,
  CompetenceNetwork,
  CompetenceNetworkCollaboration,
  CompetenceNetworkMember,
  TrainingActivity,
  TrainingActivityMunicipality,
  TrainingPlan,
  TrainingPlanTarget,
} from "../server/src/competence/entities";
import { Person } from "../server/src/people/entities";
import { insertRows, insertRowsReturningIds } from "./bulk";
import type { SyntheticCollaboration } from "./synthetic";

export interface SyntheticCompetenceOptions {
  /** Planned leave ("YYYY-MM" or null) of the `k`-th person of the collaboration at `index`; default "2027-01" for every third collaboration's people. */
  plannedLeave?: (index: number, k: number) => string | null;
}

/**
 * Competence around each synthetic collaboration (the collaboration at index i):
 * - a person in each of its first three participating municipalities, of whom the first 1 + (i mod 3)
 *   are specialists on its application since 2015;
 * - for odd i, a training plan for the collaboration (reviewed 2024-01-01 when i mod 4 = 1, else
 *   2026-01-01) with activities on 2025-03-01 and 2026-03-01, three people from every participant at each;
 * - for i divisible by 3, a competence network on the collaboration, coordinated by the first
 *   person, with all its people as members since 2015.
 * Bulk inserts on the caller's transaction.
 */
export async function writeSyntheticCompetence(em: EntityManager, collaborations: SyntheticCollaboration[], options: SyntheticCompetenceOptions = {}): Promise<void> {
  const plannedLeave = options.plannedLeave ?? ((index: number) => (index % 3 ? null : "2027-01"));
  const people = collaborations.flatMap((c, index) => c.participantIds.slice(0, 3).map((municipalityId, k) => ({ index, k, c, municipalityId })));
  const personIds = await insertRowsReturningIds(
    em,
    Person,
    people.map(({ index, k, c, municipalityId }) => ({
      name: `Syntetisk person ${c.id}-${municipalityId}`,
      title: null,
      municipalityId,
      itUnitId: null,
      email: null,
      phone: null,
      plannedLeaveMonth: plannedLeave(index, k),
    })),
  );
  const peopleOf = new Map<number, number[]>();
  people.forEach(({ index }, i) => {
    peopleOf.set(index, [...(peopleOf.get(index) ?? []), personIds[i]]);
  });

  await insertRows(
    em,
    Competence,
    collaborations.flatMap((c, index) =>
      (peopleOf.get(index) ?? []).slice(0, 1 + (index % 3)).map((personId) => ({ personId, applicationId: c.applicationId, level: CompetenceLevel.SPECIALIST, since: "2015-01-01" })),
    ),
  );

  const planned = collaborations.map((c, index) => ({ c, index })).filter(({ index }) => index % 2);
  const planIds = await insertRowsReturningIds(
    em,
    TrainingPlan,
    planned.map(({ c, index }) => ({
      name: `Syntetisk plan ${c.id}`,
      target: TrainingPlanTarget.COLLABORATION,
      applicationUsageId: null,
      collaborationId: c.id,
      ownerId: null,
      targetGroupsJson: "[]",
      reviewedOn: index % 4 === 1 ? "2024-01-01" : "2026-01-01",
      description: null,
    })),
  );
  const activities = planned.flatMap(({ c }, i) => ["2025-03-01", "2026-03-01"].map((heldOn) => ({ c, planId: planIds[i], heldOn })));
  const activityIds = await insertRowsReturningIds(
    em,
    TrainingActivity,
    activities.map(({ planId, heldOn }) => ({ planId, heldOn, title: "Syntetisk kurs", audience: null, costOre: 100_000, note: null })),
  );
  await insertRows(
    em,
    TrainingActivityMunicipality,
    activities.flatMap(({ c }, i) => c.participantIds.map((municipalityId) => ({ activityId: activityIds[i], municipalityId, participantCount: 3 }))),
  );

  const networked = collaborations.map((c, index) => ({ c, people: peopleOf.get(index) ?? [] })).filter((_, index) => index % 3 === 0);
  const networkIds = await insertRowsReturningIds(
    em,
    CompetenceNetwork,
    networked.map(({ c, people }) => ({ name: `Syntetiskt nätverk ${c.id}`, category: null, coordinatorId: people[0], meetingCadence: null, startedOn: "2015-01-01", description: null })),
  );
  await insertRows(
    em,
    CompetenceNetworkCollaboration,
    networked.map(({ c }, i) => ({ networkId: networkIds[i], collaborationId: c.id })),
  );
  await insertRows(
    em,
    CompetenceNetworkMember,
    networked.flatMap(({ people }, i) => people.map((personId) => ({ networkId: networkIds[i], personId, joinedOn: "2015-01-01", leftOn: null }))),
  );
}
