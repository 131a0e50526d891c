import type { JourneyEvent } from '@samsyn/domain';
import { applied, granted, insatsStarted, opened, plan } from './journey-fixtures';
import { command, given } from './journey-test-kit';

describe('Benefit: applications, decisions and their end', () => {
  describe('ReceiveApplication', () => {
    const receive = command('ReceiveApplication', {
      applicationId: 'application-1',
      kind: 'first_time',
      currentSupport: 'family',
    });

    it('when FK receives a first-time application, then it records how the person supports themselves now', () => {
      given(opened).when(receive).then(applied);
    });

    it('when an application is still waiting for a decision, then a second one is refused', () => {
      given(opened, applied).when(receive).thenFails('APPLICATION_ALREADY_PENDING', 'applicationId');
    });
  });

  describe('ReceiveMedicalCertificate', () => {
    it('when a region issues a läkarutlåtande, then it is recorded', () => {
      given(opened)
        .when(
          command('ReceiveMedicalCertificate', {
            certificateId: 'cert-1',
            issuedBy: 'REGION:18',
            issuedOn: '2023-02-15',
          }),
        )
        .then({
          type: 'MedicalCertificateReceived',
          data: { certificateId: 'cert-1', issuedBy: 'REGION:18', issuedOn: '2023-02-15' },
        });
    });

    it('when the certificate is dated after today, then it is refused', () => {
      given(opened)
        .when(
          command('ReceiveMedicalCertificate', {
            certificateId: 'cert-1',
            issuedBy: 'REGION:18',
            issuedOn: '2023-03-02',
          }),
        )
        .thenFails('DATE_IN_FUTURE', 'issuedOn');
    });
  });

  describe('GrantDecision', () => {
    const grant = (from: string, to: string, grade = '1/2') =>
      command('GrantDecision', { decisionId: 'decision-1', grade, from, to });

    it('when FK grants half for two years from July of the 19th year, then the decision answers the pending application', () => {
      given(opened, applied).when(grant('2022-07-01', '2024-06-30')).then(granted);
    });

    it('when no application is pending, then there is nothing to decide', () => {
      given(opened).when(grant('2022-07-01', '2024-06-30')).thenFails('APPLICATION_NOT_PENDING', 'applicationId');
    });

    it('when the birth date was erased with the person’s data, then the period cannot be judged and is refused', () => {
      const openedAsReadAfterErasure: JourneyEvent = {
        type: 'JourneyOpened',
        data: { personnummer: null, birthDate: null, homeKommun: '1880' },
      };
      given(openedAsReadAfterErasure, applied, { type: 'PersonalDataErased', data: {} })
        .when(grant('2022-07-01', '2024-06-30'))
        .thenFails('PERSONAL_DATA_ERASED', 'birthDate');
    });

    it('when a decision is already active, then a second one is refused', () => {
      const extension: JourneyEvent = {
        ...applied,
        data: { applicationId: 'application-2', kind: 'extension', currentSupport: 'aktivitetsersattning' },
      };
      given(opened, applied, granted, extension)
        .when(grant('2024-07-01', '2025-06-30'))
        .thenFails('DECISION_ALREADY_ACTIVE', 'decisionId');
    });

    it('when the grade is not one of the four steps, then it is refused', () => {
      given(opened, applied)
        .when(grant('2022-07-01', '2024-06-30', '2/3'))
        .thenFails('GRADE_UNKNOWN', 'grade');
    });

    it.each([
      ['2022-07-01', '2023-06-29', 'DECISION_PERIOD_TOO_SHORT', 'to'],
      ['2022-07-01', '2025-07-01', 'DECISION_PERIOD_TOO_LONG', 'to'],
      ['2022-06-30', '2023-06-30', 'DECISION_PERIOD_STARTS_TOO_EARLY', 'from'],
      ['2031-01-01', '2033-08-01', 'DECISION_PERIOD_ENDS_TOO_LATE', 'to'],
    ] as const)('when the period runs %s to %s, then it fails with %s', (from, to, code, field) => {
      given(opened, applied).when(grant(from, to)).thenFails(code, field);
    });
  });

  describe('RejectApplication (avslag)', () => {
    it('when FK rejects the pending application, then the rejection carries its kind and the reason', () => {
      given(opened, applied)
        .when(command('RejectApplication', { reason: 'Arbetsförmågan är inte nedsatt.' }))
        .then({
          type: 'ApplicationRejected',
          data: { applicationId: 'application-1', kind: 'first_time', reason: 'Arbetsförmågan är inte nedsatt.' },
        });
    });

    it('when no application is pending, then it is refused', () => {
      given(opened)
        .when(command('RejectApplication', { reason: 'x' }))
        .thenFails('APPLICATION_NOT_PENDING', 'applicationId');
    });

    it('when the reason is blank, then it is refused', () => {
      given(opened, applied)
        .when(command('RejectApplication', { reason: ' ' }))
        .thenFails('TEXT_EMPTY', 'reason');
    });
  });

  describe('EndBenefit', () => {
    const afterPeriod = { now: '2024-07-01T08:00:00+02:00' };

    it('when the period has expired, then the end names every insats still running or paused', () => {
      const paused: JourneyEvent = {
        type: 'InsatsPaused',
        data: { insatsId: 'insats-2', provider: 'KOMMUN:1880', reason: 'Sjuk' },
      };
      const ended: JourneyEvent = {
        type: 'InsatsEnded',
        data: { insatsId: 'insats-3', provider: 'AF', endDate: '2023-05-01', reason: 'completed' },
      };
      given(
        opened,
        applied,
        granted,
        insatsStarted(),
        insatsStarted({
          insatsId: 'insats-2',
          insatsType: 'daglig_verksamhet',
          provider: 'KOMMUN:1880',
          orderedBy: 'KOMMUN:1880',
          plannedEnd: null,
        }),
        paused,
        insatsStarted({ insatsId: 'insats-3', provider: 'AF' }),
        ended,
      )
        .when(command('EndBenefit', { reason: 'period_expired' }, afterPeriod))
        .then({
          type: 'BenefitEnded',
          data: {
            decisionId: 'decision-1',
            reason: 'period_expired',
            runningInsatser: [
              {
                insatsId: 'insats-1',
                insatsType: 'arbetstraning',
                provider: 'PROVIDER:activa',
                plannedEnd: '2023-12-22',
                status: 'running',
              },
              {
                insatsId: 'insats-2',
                insatsType: 'daglig_verksamhet',
                provider: 'KOMMUN:1880',
                plannedEnd: null,
                status: 'paused',
              },
            ],
          },
        });
    });

    it('when no insats runs, then the end says so with an empty list', () => {
      given(opened, applied, granted)
        .when(command('EndBenefit', { reason: 'other' }))
        .then({ type: 'BenefitEnded', data: { decisionId: 'decision-1', reason: 'other', runningInsatser: [] } });
    });

    it('when the period has not expired on the last day, then period_expired is refused', () => {
      given(opened, applied, granted)
        .when(command('EndBenefit', { reason: 'period_expired' }, { now: '2024-06-30T23:00:00+02:00' }))
        .thenFails('BENEFIT_PERIOD_NOT_EXPIRED', 'reason');
    });

    it('when no decision is active, then there is no benefit to end', () => {
      given(opened)
        .when(command('EndBenefit', { reason: 'turned_30' }))
        .thenFails('NO_ACTIVE_DECISION', 'decisionId');
    });

    it('when the benefit has ended, then a new decision may be granted', () => {
      const ended: JourneyEvent = {
        type: 'BenefitEnded',
        data: { decisionId: 'decision-1', reason: 'period_expired', runningInsatser: [] },
      };
      const extension: JourneyEvent = {
        ...applied,
        data: { applicationId: 'application-2', kind: 'extension', currentSupport: 'aktivitetsersattning' },
      };
      given(opened, applied, granted, ended, extension)
        .when(
          command('GrantDecision', { decisionId: 'decision-2', grade: 'FULL', from: '2024-07-01', to: '2027-06-30' }),
        )
        .then({
          type: 'DecisionGranted',
          data: {
            decisionId: 'decision-2',
            applicationId: 'application-2',
            grade: 'FULL',
            period: { from: '2024-07-01', to: '2027-06-30' },
          },
        });
    });
  });

  describe('GrantSpecialCompensation (särskild ersättning)', () => {
    const grant = command('GrantSpecialCompensation', { compensationId: 'sc-1', purpose: 'Gymkort', amountSek: 1200 });
    const planAgreed: JourneyEvent = { type: 'PlanAgreed', data: plan };

    it('when a decision is active and a plan agreed, then the compensation is granted under the decision', () => {
      given(opened, applied, granted, planAgreed)
        .when(grant)
        .then({
          type: 'SpecialCompensationGranted',
          data: { compensationId: 'sc-1', decisionId: 'decision-1', purpose: 'Gymkort', amountSek: 1200 },
        });
    });

    it('when no plan is agreed, then it is refused', () => {
      given(opened, applied, granted).when(grant).thenFails('PLAN_NOT_AGREED', 'compensationId');
    });

    it('when no decision is active, then it is refused', () => {
      given(opened, planAgreed).when(grant).thenFails('NO_ACTIVE_DECISION', 'decisionId');
    });

    it('when the amount is not whole positive kronor, then it is refused', () => {
      given(opened, applied, granted, planAgreed)
        .when(command('GrantSpecialCompensation', { ...grant.data, amountSek: 0 }))
        .thenFails('AMOUNT_INVALID', 'amountSek');
    });
  });
});
