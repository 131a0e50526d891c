import { COMMAND_AUTHORS, type JourneyCommand } from '@samsyn/domain';
import { applied, granted, offered, opened, rejected } from './journey-fixtures';
import { command, given } from './journey-test-kit';

describe('Who may write which command', () => {
  const fkOnly: JourneyCommand[] = [
    command('ReceiveApplication', { applicationId: 'application-2', kind: 'first_time', currentSupport: 'family' }),
    command('GrantDecision', { decisionId: 'decision-1', grade: 'HALF', from: '2022-07-01', to: '2024-06-30' }),
    command('RejectApplication', { reason: 'x' }),
    command('EndBenefit', { reason: 'other' }),
    command('GrantSpecialCompensation', { compensationId: 'sc-1', purpose: 'Gymkort', amountSek: 100 }),
    command('OfferSupport', { channel: 'phone' }),
    command('RecordFailedContactAttempt', { channel: 'phone' }),
    command('CloseLotsning', {}),
    command('MakeReferral', { referralId: 'ref-1', to: 'AF', help: 'information' }),
  ];

  it.each(fkOnly.map((fkCommand) => [fkCommand.type, fkCommand] as const))(
    'when AF writes %s, then only FK may',
    (_type, fkCommand) => {
      given(opened)
        .when({ ...fkCommand, metadata: { ...fkCommand.metadata, author: 'AF' } })
        .thenFails('COMMAND_OF_OTHER_ORGANISATION', 'metadata.author');
    },
  );

  it.each([command('RegisterJobSeeker', {}), command('DeregisterJobSeeker', { reason: 'work' })])(
    'when FK writes $type, then only AF may',
    (afCommand) => {
      given(opened).when(afCommand).thenFails('COMMAND_OF_OTHER_ORGANISATION', 'metadata.author');
    },
  );

  it('when a kommun grants a decision, then it is refused before any other rule', () => {
    given(opened, applied)
      .when(
        command(
          'GrantDecision',
          { decisionId: 'decision-1', grade: 'HALF', from: '2022-07-01', to: '2024-06-30' },
          { author: 'KOMMUN:1880' },
        ),
      )
      .thenFails('COMMAND_OF_OTHER_ORGANISATION', 'metadata.author');
    given(opened, applied)
      .when(command('GrantDecision', { decisionId: 'decision-1', grade: 'HALF', from: '2022-07-01', to: '2024-06-30' }))
      .then(granted);
  });

  it('when the person accepts support themselves, then that is allowed; a provider may not', () => {
    given(opened, applied, rejected, offered)
      .when(command('AcceptSupport', {}, { author: 'PERSON' }))
      .then({ type: 'SupportAccepted', data: {} });
    given(opened, applied, rejected, offered)
      .when(command('AcceptSupport', {}, { author: 'PROVIDER:activa' }))
      .thenFails('COMMAND_OF_OTHER_ORGANISATION', 'metadata.author');
  });

  it('when an agency-only command is written by the person, then it is refused', () => {
    given(opened)
      .when(command('RecordOutcome', { kind: 'work', extentPercent: 50 }, { author: 'PERSON' }))
      .thenFails('NOT_FOR_PERSON', 'metadata.author');
  });

  it('then every command has its authors listed', () => {
    for (const kinds of Object.values(COMMAND_AUTHORS)) expect(kinds.length).toBeGreaterThan(0);
    expect(Object.keys(COMMAND_AUTHORS)).toHaveLength(34);
  });
});
