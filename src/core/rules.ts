/** The shape of a self-check rule's result, shared by enterprises and platforms. */
export type RuleStatus = 'pass' | 'fail' | 'unknown' | 'info';

export interface RuleResult {
  id: string;
  title: string;
  /** The condition as the notice words it. */
  requirement: string;
  status: RuleStatus;
  /** The numbers and answers behind the result, in Chinese. */
  details: string[];
  /** Dossier paths to look at when the rule fails or cannot be answered. */
  fields: string[];
}

/** Every condition met ('info' rules only inform). */
export const allRulesPass = (results: readonly RuleResult[]): boolean => results.every((r) => r.status === 'pass' || r.status === 'info');
