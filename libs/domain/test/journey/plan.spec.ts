import type { JourneyEvent, PlanContent } from '@samsyn/domain';
import { opened, plan } from './journey-fixtures';
import { command, given } from './journey-test-kit';

const agree = (data: Partial<PlanContent> = {}) => command('AgreePlan', { ...plan, ...data });
const agreed: JourneyEvent = { type: 'PlanAgreed', data: plan };

describe('Plan and outcome', () => {
  describe('AgreePlan', () => {
    it("when a plan names goals, steps, the person's strengths and limitations, then it is agreed", () => {
      given(opened).when(agree()).then(agreed);
    });

    it('when the plan names no strengths, then it is refused', () => {
      given(opened)
        .when(agree({ strengths: [] }))
        .thenFails('PLAN_STRENGTHS_REQUIRED', 'strengths');
    });

    it('when a strength is blank, then it is refused', () => {
      given(opened)
        .when(agree({ strengths: ['Noggrann', ' '] }))
        .thenFails('TEXT_EMPTY', 'strengths[1]');
    });

    it('when the plan names no goal, then it is refused', () => {
      given(opened)
        .when(agree({ goals: [] }))
        .thenFails('LIST_EMPTY', 'goals');
    });

    it('when a step names an unknown organisation as responsible, then the step is named', () => {
      given(opened)
        .when(agree({ steps: [{ description: 'Kartläggning', responsible: 'SKOLAN' }] }))
        .thenFails('ORGANISATION_UNKNOWN_KIND', 'steps[0].responsible');
    });

    it('when the next follow-up is before today, then it is refused', () => {
      given(opened)
        .when(agree({ nextFollowUp: '2023-02-28' }))
        .thenFails('PLAN_FOLLOW_UP_IN_PAST', 'nextFollowUp');
    });

    it('when a plan is already agreed, then it must be revised instead', () => {
      given(opened, agreed).when(agree()).thenFails('PLAN_ALREADY_AGREED', 'plan');
    });

    it('when a list is longer than the limit, then it is refused', () => {
      given(opened)
        .when(agree({ limitations: Array.from({ length: 31 }, (_, index) => `Begränsning ${index}`) }))
        .thenFails('LIST_TOO_LONG', 'limitations');
    });
  });

  describe('RevisePlan', () => {
    it('when an agreed plan is revised, then the new content replaces it', () => {
      given(opened, agreed)
        .when(command('RevisePlan', { ...plan, goals: ['Studier på folkhögskola'] }))
        .then({ type: 'PlanRevised', data: { ...plan, goals: ['Studier på folkhögskola'] } });
    });

    it('when no plan is agreed, then there is nothing to revise', () => {
      given(opened).when(command('RevisePlan', plan)).thenFails('PLAN_NOT_AGREED', 'plan');
    });

    it('when the revision drops every strength, then it is refused', () => {
      given(opened, agreed)
        .when(command('RevisePlan', { ...plan, strengths: [] }))
        .thenFails('PLAN_STRENGTHS_REQUIRED', 'strengths');
    });
  });

  describe('RecordOutcome', () => {
    it('when the person works half time, then the outcome and its extent are recorded', () => {
      given(opened)
        .when(command('RecordOutcome', { kind: 'work', extentPercent: 50 }, { author: 'AF' }))
        .then({ type: 'OutcomeRecorded', data: { kind: 'work', extentPercent: 50 } });
    });

    it('when the extent is over 100 percent, then it is refused', () => {
      given(opened)
        .when(command('RecordOutcome', { kind: 'studies', extentPercent: 120 }))
        .thenFails('EXTENT_INVALID', 'extentPercent');
    });
  });
});
