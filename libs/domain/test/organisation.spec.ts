import { Organisation, Regionkod } from '@samsyn/domain';
import { expectDomainError } from './expect-domain-error';

describe('Organisation', () => {
  describe('given each canonical form', () => {
    it.each([
      ['FK', 'FK'],
      ['AF', 'AF'],
      ['PERSON', 'PERSON'],
      ['KOMMUN:1880', 'KOMMUN'],
      ['REGION:18', 'REGION'],
      ['SAMORDNINGSFORBUND:sydnarkes-samordningsforbund', 'SAMORDNINGSFORBUND'],
      ['PROVIDER:activa', 'PROVIDER'],
      ['PROVIDER:ips-2', 'PROVIDER'],
    ])('when %s is parsed, then its kind is %s and it prints back unchanged', (text, kind) => {
      const organisation = Organisation.parse(text);
      expect(organisation.kind).toBe(kind);
      expect(organisation.toString()).toBe(text);
      // eslint-disable-next-line @typescript-eslint/restrict-template-expressions -- printing it is the point here
      expect(`${organisation}`).toBe(text);
      expect(JSON.stringify({ organisation })).toBe(`{"organisation":"${text}"}`);
      expect(Object.isFrozen(organisation)).toBe(true);
    });

    it('when a kommun is parsed, then it carries the real municipality', () => {
      const organisation = Organisation.parse('KOMMUN:1814');
      if (organisation.kind !== 'KOMMUN') throw new Error('expected a kommun');
      expect(organisation.kommunkod.name).toBe('Lekeberg');
    });

    it('when a region is parsed, then it carries its county', () => {
      const organisation = Organisation.parse('REGION:18');
      if (organisation.kind !== 'REGION') throw new Error('expected a region');
      expect(organisation.regionkod.lan).toBe('Örebro län');
    });

    it('when an id-carrying organisation is parsed, then it carries the id', () => {
      const organisation = Organisation.parse('PROVIDER:activa');
      if (organisation.kind !== 'PROVIDER') throw new Error('expected a provider');
      expect(organisation.id).toBe('activa');
    });

    it('when built from the factories, then it equals the parsed form', () => {
      expect(Organisation.equals(Organisation.kommun('1880'), Organisation.parse('KOMMUN:1880'))).toBe(true);
      expect(Organisation.equals(Organisation.region('01'), Organisation.parse('REGION:01'))).toBe(true);
      expect(Organisation.equals(Organisation.fk(), Organisation.af())).toBe(false);
      expect(Organisation.provider('activa').toString()).toBe('PROVIDER:activa');
    });
  });

  describe('given the 21 region codes', () => {
    const codes = [
      '01',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '12',
      '13',
      '14',
      '17',
      '18',
      '19',
      '20',
      '21',
      '22',
      '23',
      '24',
      '25',
    ];

    it('when each is parsed, then all are regions, and they are all there are', () => {
      for (const code of codes) expect(Organisation.parse(`REGION:${code}`).toString()).toBe(`REGION:${code}`);
      expect(Regionkod.all().map((region) => region.code)).toEqual(codes);
    });

    it.each(['00', '02', '11', '15', '16', '26', '1', '018', 'ab'])(
      'when REGION:%s is parsed, then the code is unknown',
      (code) => {
        expectDomainError(() => Organisation.parse(`REGION:${code}`), 'REGIONKOD_UNKNOWN', 'regionkod');
      },
    );
  });

  describe('given text that is not an organisation', () => {
    it('when the kommunkod is not a municipality, then the kommunkod is named', () => {
      expectDomainError(() => Organisation.parse('KOMMUN:1234'), 'KOMMUNKOD_UNKNOWN', 'kommunkod');
      expectDomainError(() => Organisation.parse('KOMMUN:18'), 'KOMMUNKOD_INVALID_FORMAT', 'kommunkod');
    });

    it.each(['POLIS', 'fk', 'Kommun:1880', '', ':1880', 'FORSAKRINGSKASSAN'])(
      "when the kind of '%s' is unknown, then it is refused",
      (text) => {
        expectDomainError(() => Organisation.parse(text), 'ORGANISATION_UNKNOWN_KIND', 'organisation');
      },
    );

    it.each(['KOMMUN', 'KOMMUN:', 'REGION', 'PROVIDER:', 'SAMORDNINGSFORBUND', 'FK:1', 'AF:', 'PERSON:me'])(
      "when '%s' has or lacks an id it should not, then the format is refused",
      (text) => {
        expectDomainError(() => Organisation.parse(text), 'ORGANISATION_INVALID_FORMAT', 'organisation');
      },
    );

    it.each(['PROVIDER:Activa', 'PROVIDER:ac tiva', 'SAMORDNINGSFORBUND:sydnärke', 'PROVIDER:a_b', 'PROVIDER:a:b'])(
      "when the id of '%s' is not a slug, then the id is refused",
      (text) => {
        expectDomainError(() => Organisation.parse(text), 'ORGANISATION_INVALID_ID', 'organisation');
      },
    );
  });
});
