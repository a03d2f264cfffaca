import { PHONE_ANSWERS } from '../../../shared/kinds/phoneAnswers';
import { KIND_NAMES } from '../../../shared/kinds/kindNames';
import type { ActivityKind } from '../../../shared/kinds/registry';
import { DEFAULT_PHONE_RULE } from '../../../shared/phones/phoneRules';
import { own } from '../../../shared/util/own';
import { useHostAction } from '../../app/useHostAction';
import { useAppSelector } from '../../store/hooks';
import { InlineError } from '../../ui/InlineError';
import { useHostLink } from '../../app/linkContext';

/** What the "may answer" box says, by what the activity takes from phones and, for notes, by its kind. */
function answerLabel(kind: ActivityKind): string {
  if (kind === 'reflection') return 'Phones may share a highlight (what each person writes first stays on their phone)';
  if (kind === 'commitments') return 'Phones may add their own commitment, with a “by when”';
  const answers = PHONE_ANSWERS[kind];
  if (answers === 'ballot') return 'Phones may place their dots (one ballot each, until the results are revealed)';
  if (answers === 'rating') return 'Phones may rate the statements, privately';
  return 'Phones may add notes';
}

/** What phones may do in the current activity: answer at all, and with their names or anonymously (the default). */
export function PhoneRuleFields() {
  const link = useHostLink();
  const activity = useAppSelector((state) => state.session?.agenda.find((candidate) => candidate.id === state.session?.currentActivityId) ?? null);
  const rule = useAppSelector((state) => (state.session?.phones && activity ? own(state.session.phones.rules, activity.id) : undefined)) ?? DEFAULT_PHONE_RULE;
  const setRule = useHostAction((answer: boolean, named: boolean) => link.call('session.dispatch', { type: 'phones.setRule', activityId: activity?.id ?? '', answer, named }));
  if (!activity) return null;
  if (PHONE_ANSWERS[activity.kind] === 'none') {
    return (
      <p className="field-hint" data-testid="phones-rule-none">
        Phones show the prompt of “{activity.title}”. A {KIND_NAMES[activity.kind].control.toLowerCase()} is answered in the room, not from phones.
      </p>
    );
  }
  return (
    <fieldset className="phones-rule">
      <legend className="field-label">In “{activity.title}”</legend>
      <label className="check">
        <input type="checkbox" data-testid="phones-rule-answer" checked={rule.answer} onChange={(event) => void setRule.run(event.target.checked, rule.named)} />
        {answerLabel(activity.kind)}
      </label>
      <label className="check">
        <input type="checkbox" data-testid="phones-rule-named" checked={rule.named} disabled={!rule.answer} onChange={(event) => void setRule.run(rule.answer, event.target.checked)} />
        Show who wrote what (phones ask for a name); off, answers are anonymous
      </label>
      <InlineError prefix="Could not change what phones may do" error={setRule.error} />
    </fieldset>
  );
}
