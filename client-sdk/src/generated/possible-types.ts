
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
      "DecisionEffect",
      "FreezeException",
      "GovernanceDocument",
      "ItUnit",
      "LevelChange",
      "Membership",
      "Municipality",
      "NeedRegistration",
      "Person",
      "PolicyGoal",
      "RecommendationDecision",
      "RoleAssignment",
      "SharedSystemStatus",
      "TrainingActivity",
      "TrainingActivityMunicipality",
      "TrainingPlan",
      "TriggerSettings",
      "VocabularyTerm"
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
      "DecisionEffect",
      "FreezeException",
      "GovernanceDocument",
      "ItUnit",
      "LevelChange",
      "Membership",
      "Municipality",
      "NeedRegistration",
      "Person",
      "PolicyGoal",
      "RecommendationDecision",
      "RoleAssignment",
      "SharedSystemStatus",
      "TrainingActivity",
      "TrainingActivityMunicipality",
      "TrainingPlan",
      "TriggerSettings",
      "VocabularyTerm"
    ]
  }
};
      export default result;
    