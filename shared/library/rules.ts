// Numbers the library rules follow (message-house practice, review interval), kept as data so an office or a new regulation can change them.

/** Days after approval until a talking point or Q&A item is due for review (DOMAIN-VN: review any briefing older than 90 days). */
export const DEFAULT_REVIEW_DAYS = 90;

/** Message-house practice (DOMAIN-VN): one short primary message, three pillars of three proof points, five hostile questions answered. */
export interface MessageHouseRules {
  maxPrimaryWords: number;
  minPillars: number;
  minProofPointsPerPillar: number;
  minSensitiveAnswers: number;
}

export const MESSAGE_HOUSE_RULES: Readonly<MessageHouseRules> = {
  maxPrimaryWords: 15,
  minPillars: 3,
  minProofPointsPerPillar: 3,
  minSensitiveAnswers: 5,
};
