import { DomainError } from '../domain-error';
import { KOMMUNER } from './kommuner';

const FIELD = 'kommunkod';

/** One of Sweden's 290 municipalities, by SCB's 4-digit code. */
export class Kommunkod {
  private static readonly byCode: ReadonlyMap<string, Kommunkod> = new Map(
    KOMMUNER.map(([code, name]) => [code, new Kommunkod(code, name)]),
  );

  private constructor(
    readonly code: string,
    readonly name: string,
  ) {}

  static parse(text: string): Kommunkod {
    if (!/^\d{4}$/.test(text)) {
      throw new DomainError('KOMMUNKOD_INVALID_FORMAT', FIELD, `Kommunkod must be exactly four digits, got '${text}'`);
    }
    const kommun = Kommunkod.byCode.get(text);
    if (!kommun) {
      throw new DomainError(
        'KOMMUNKOD_UNKNOWN',
        FIELD,
        `Kommunkod '${text}' is not one of SCB's 290 municipality codes`,
      );
    }
    return kommun;
  }

  static all(): readonly Kommunkod[] {
    return [...Kommunkod.byCode.values()];
  }

  /** The county (län) the municipality lies in: the code's first two digits. */
  get lanskod(): string {
    return this.code.slice(0, 2);
  }

  equals(other: Kommunkod): boolean {
    return this.code === other.code;
  }

  toString(): string {
    return this.code;
  }

  toJSON(): string {
    return this.code;
  }
}
