import { own } from '../util/own';
import type { PhoneRule, SessionState } from '../session/types';

/** An activity without a rule: phones may answer, anonymously. */
export const DEFAULT_PHONE_RULE: PhoneRule = { answer: true, named: false };

/** The rule phones follow in one activity. */
export function phoneRuleOf(session: SessionState, activityId: string): PhoneRule {
  return (session.phones && own(session.phones.rules, activityId)) ?? DEFAULT_PHONE_RULE;
}
