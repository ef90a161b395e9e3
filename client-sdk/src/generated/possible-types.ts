
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Agreement",
      "Application",
      "ApplicationUsage",
      "ChangeFreeze",
      "Collaboration",
      "CollaborationBody",
      "CollaborationCandidate",
      "CollaborationLevel",
      "CollaborationParticipant",
      "Competence",
      "CompetenceNetwork",
      "CompetenceNetworkActivity",
      "CompetenceNetworkMember",
      "GovernanceDocument",
      "ItUnit",
      "LevelChange",
      "Membership",
      "Municipality",
      "Person",
      "PolicyGoal",
      "RecommendationDecision",
      "RoleAssignment",
      "TrainingActivity",
      "TrainingActivityMunicipality",
      "TrainingPlan",
      "TriggerSettings"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Agreement",
      "Application",
      "ApplicationUsage",
      "ChangeFreeze",
      "Collaboration",
      "CollaborationBody",
      "CollaborationCandidate",
      "CollaborationLevel",
      "CollaborationParticipant",
      "Competence",
      "CompetenceNetwork",
      "CompetenceNetworkActivity",
      "CompetenceNetworkMember",
      "GovernanceDocument",
      "ItUnit",
      "LevelChange",
      "Membership",
      "Municipality",
      "Person",
      "PolicyGoal",
      "RecommendationDecision",
      "RoleAssignment",
      "TrainingActivity",
      "TrainingActivityMunicipality",
      "TrainingPlan",
      "TriggerSettings"
    ]
  }
};
      export default result;
    