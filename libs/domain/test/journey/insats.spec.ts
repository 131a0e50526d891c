import type { JourneyEvent, StartInsats } from '@samsyn/domain';
import { insatsStarted, opened } from './journey-fixtures';
import { command, given } from './journey-test-kit';

const start = (data: Partial<StartInsats['data']> = {}) =>
  command(
    'StartInsats',
    {
      insatsId: 'insats-1',
      insatsType: 'arbetstraning',
      provider: 'PROVIDER:activa',
      kommun: '1880',
      extentPercent: 50,
      startDate: '2023-01-09',
      plannedEnd: '2023-12-22',
      ...data,
    },
    { author: 'AF' },
  );
const asAf = { author: 'AF' };
const paused: JourneyEvent = {
  type: 'InsatsPaused',
  data: { insatsId: 'insats-1', provider: 'PROVIDER:activa', reason: 'Sjukskriven två veckor' },
};
const ended: JourneyEvent = {
  type: 'InsatsEnded',
  data: { insatsId: 'insats-1', provider: 'PROVIDER:activa', endDate: '2023-02-28', reason: 'moved_on' },
};

describe('Insatser', () => {
  describe('StartInsats', () => {
    it('when AF starts arbetsträning at a provider, then AF is recorded as the one who ordered it', () => {
      given(opened).when(start()).then(insatsStarted());
    });

    it('when the planned end is before the start, then it is refused', () => {
      given(opened)
        .when(start({ plannedEnd: '2023-01-08' }))
        .thenFails('INSATS_ENDS_BEFORE_START', 'plannedEnd');
    });

    it('when there is no planned end, then it runs until further notice', () => {
      given(opened)
        .when(start({ plannedEnd: null }))
        .then(insatsStarted({ plannedEnd: null }));
    });

    it('when the insats id is already used, then it is refused', () => {
      given(opened, insatsStarted()).when(start()).thenFails('INSATS_ALREADY_STARTED', 'insatsId');
    });

    it.each([0, 101, 12.5])('when the extent is %s percent, then it is refused', (extentPercent) => {
      given(opened).when(start({ extentPercent })).thenFails('EXTENT_INVALID', 'extentPercent');
    });

    it('when the type or the kommun is unknown, then it is refused', () => {
      given(opened)
        .when(start({ insatsType: 'gym' as 'ips' }))
        .thenFails('VALUE_NOT_ALLOWED', 'insatsType');
      given(opened)
        .when(start({ kommun: '0000' }))
        .thenFails('KOMMUNKOD_UNKNOWN', 'kommun');
    });

    it('when the person starts an insats themselves, then they may not', () => {
      given(opened)
        .when(command('StartInsats', start().data, { author: 'PERSON' }))
        .thenFails('NOT_FOR_PERSON', 'metadata.author');
    });
  });

  describe('PauseInsats and ResumeInsats', () => {
    it('when the provider pauses a running insats, then the pause is recorded with the provider', () => {
      given(opened, insatsStarted())
        .when(
          command(
            'PauseInsats',
            { insatsId: 'insats-1', reason: 'Sjukskriven två veckor' },
            { author: 'PROVIDER:activa' },
          ),
        )
        .then(paused);
    });

    it('when the insats is already paused, then it cannot be paused twice', () => {
      given(opened, insatsStarted(), paused)
        .when(command('PauseInsats', { insatsId: 'insats-1', reason: 'Igen' }, asAf))
        .thenFails('INSATS_ALREADY_PAUSED', 'insatsId');
    });

    it('when a paused insats is resumed, then it runs again and may be paused again', () => {
      const resumed: JourneyEvent = {
        type: 'InsatsResumed',
        data: { insatsId: 'insats-1', provider: 'PROVIDER:activa' },
      };
      given(opened, insatsStarted(), paused)
        .when(command('ResumeInsats', { insatsId: 'insats-1' }, asAf))
        .then(resumed);
      given(opened, insatsStarted(), paused, resumed)
        .when(command('PauseInsats', { insatsId: 'insats-1', reason: 'Sjukskriven två veckor' }, asAf))
        .then(paused);
    });

    it('when a running insats is resumed, then it is refused', () => {
      given(opened, insatsStarted())
        .when(command('ResumeInsats', { insatsId: 'insats-1' }, asAf))
        .thenFails('INSATS_NOT_PAUSED', 'insatsId');
    });

    it('when the insats is unknown, then it is refused', () => {
      given(opened)
        .when(command('PauseInsats', { insatsId: 'insats-9', reason: 'x' }, asAf))
        .thenFails('INSATS_UNKNOWN', 'insatsId');
    });

    it('when an organisation that neither provides nor ordered it pauses it, then it may not', () => {
      given(opened, insatsStarted())
        .when(command('PauseInsats', { insatsId: 'insats-1', reason: 'x' }, { author: 'KOMMUN:1880' }))
        .thenFails('FORBIDDEN_AUTHOR', 'metadata.author');
    });

    it('when the insats has ended, then it cannot be paused', () => {
      given(opened, insatsStarted(), ended)
        .when(command('PauseInsats', { insatsId: 'insats-1', reason: 'x' }, asAf))
        .thenFails('INSATS_ALREADY_ENDED', 'insatsId');
    });
  });

  describe('EndInsats', () => {
    const end = (endDate: string) => command('EndInsats', { insatsId: 'insats-1', endDate, reason: 'moved_on' }, asAf);

    it('when it ends after it started, then the end is recorded with the provider', () => {
      given(opened, insatsStarted()).when(end('2023-02-28')).then(ended);
    });

    it('when it ends on its first day, then that is allowed', () => {
      given(opened, insatsStarted())
        .when(end('2023-01-09'))
        .then({
          type: 'InsatsEnded',
          data: { insatsId: 'insats-1', provider: 'PROVIDER:activa', endDate: '2023-01-09', reason: 'moved_on' },
        });
    });

    it('when it would end before it started, then it is refused', () => {
      given(opened, insatsStarted()).when(end('2023-01-08')).thenFails('INSATS_ENDS_BEFORE_START', 'endDate');
    });

    it('when a paused insats ends, then that is allowed', () => {
      given(opened, insatsStarted(), paused).when(end('2023-02-28')).then(ended);
    });

    it('when it has already ended, then it cannot end again', () => {
      given(opened, insatsStarted(), ended).when(end('2023-03-01')).thenFails('INSATS_ALREADY_ENDED', 'insatsId');
    });
  });
});
