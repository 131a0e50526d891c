import { DomainError } from '../domain-error';

const LAN: ReadonlyArray<readonly [code: string, name: string]> = [
  ['01', 'Stockholms län'],
  ['03', 'Uppsala län'],
  ['04', 'Södermanlands län'],
  ['05', 'Östergötlands län'],
  ['06', 'Jönköpings län'],
  ['07', 'Kronobergs län'],
  ['08', 'Kalmar län'],
  ['09', 'Gotlands län'],
  ['10', 'Blekinge län'],
  ['12', 'Skåne län'],
  ['13', 'Hallands län'],
  ['14', 'Västra Götalands län'],
  ['17', 'Värmlands län'],
  ['18', 'Örebro län'],
  ['19', 'Västmanlands län'],
  ['20', 'Dalarnas län'],
  ['21', 'Gävleborgs län'],
  ['22', 'Västernorrlands län'],
  ['23', 'Jämtlands län'],
  ['24', 'Västerbottens län'],
  ['25', 'Norrbottens län'],
];

/** One of the 21 regions, by the SCB code of its county (län). */
export class Regionkod {
  private static readonly byCode: ReadonlyMap<string, Regionkod> = new Map(
    LAN.map(([code, lan]) => [code, new Regionkod(code, lan)]),
  );

  private constructor(
    readonly code: string,
    readonly lan: string,
  ) {}

  static parse(text: string): Regionkod {
    const region = Regionkod.byCode.get(text);
    if (!region) {
      const known = [...Regionkod.byCode.keys()].join(', ');
      throw new DomainError(
        'REGIONKOD_UNKNOWN',
        'regionkod',
        `Regionkod '${text}' is not one of SCB's 21 county codes: ${known}`,
      );
    }
    return region;
  }

  static all(): readonly Regionkod[] {
    return [...Regionkod.byCode.values()];
  }

  equals(other: Regionkod): boolean {
    return this.code === other.code;
  }

  toString(): string {
    return this.code;
  }

  toJSON(): string {
    return this.code;
  }
}
