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
  /**
   * Met, yet something to check before sending (two figures for one thing that differ). 检查与下载
   * lists these beside the failures: a clerk who reads only that page must see them too.
   */
  caution?: string[];
}

/** Every condition met ('info' rules only inform). */
export const allRulesPass = (results: readonly RuleResult[]): boolean => results.every((r) => r.status === 'pass' || r.status === 'info');
