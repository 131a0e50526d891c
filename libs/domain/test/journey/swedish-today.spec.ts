import { opened } from './journey-fixtures';
import { command, given } from './journey-test-kit';

/** 23:30 UTC on 28 February 2023 is 00:30 on 1 March in Sweden. */
const JUST_AFTER_SWEDISH_MIDNIGHT = '2023-02-28T23:30:00Z';

const certificate = (issuedOn: string, now: string) =>
  command('ReceiveMedicalCertificate', { certificateId: 'cert-1', issuedBy: 'REGION:18', issuedOn }, { now });

describe("The rules' today is the date in Sweden at the command's instant", () => {
  it('when it is 00:30 on 1 March in Sweden but still 28 February in UTC, then a certificate issued on 1 March is not in the future', () => {
    given(opened)
      .when(certificate('2023-03-01', JUST_AFTER_SWEDISH_MIDNIGHT))
      .then({
        type: 'MedicalCertificateReceived',
        data: { certificateId: 'cert-1', issuedBy: 'REGION:18', issuedOn: '2023-03-01' },
      });
  });

  it('when it is 00:30 on 1 March in Sweden, then a certificate issued on 2 March is in the future', () => {
    given(opened).when(certificate('2023-03-02', JUST_AFTER_SWEDISH_MIDNIGHT)).thenFails('DATE_IN_FUTURE', 'issuedOn');
  });

  it('when the same instant is written as 18:30 in New York, then today is still 1 March', () => {
    given(opened).when(certificate('2023-03-02', '2023-02-28T18:30:00-05:00')).thenFails('DATE_IN_FUTURE', 'issuedOn');
    given(opened)
      .when(certificate('2023-03-01', '2023-02-28T18:30:00-05:00'))
      .then({
        type: 'MedicalCertificateReceived',
        data: { certificateId: 'cert-1', issuedBy: 'REGION:18', issuedOn: '2023-03-01' },
      });
  });

  it('when it is 23:59 on 28 February in Sweden, then 1 March is still in the future', () => {
    given(opened).when(certificate('2023-03-01', '2023-02-28T22:59:00Z')).thenFails('DATE_IN_FUTURE', 'issuedOn');
  });
});
