import { DomainError } from '../domain-error';

export type GradeName = 'QUARTER' | 'HALF' | 'THREE_QUARTERS' | 'FULL';

/** The four steps of aktivitetsersättning: 1/4, 1/2, 3/4 or full. */
export class Grade {
  static readonly QUARTER = new Grade('QUARTER', '1/4', 0.25);
  static readonly HALF = new Grade('HALF', '1/2', 0.5);
  static readonly THREE_QUARTERS = new Grade('THREE_QUARTERS', '3/4', 0.75);
  static readonly FULL = new Grade('FULL', '1/1', 1);
  static readonly ALL: readonly Grade[] = [Grade.QUARTER, Grade.HALF, Grade.THREE_QUARTERS, Grade.FULL];

  private constructor(
    readonly name: GradeName,
    readonly fraction: string,
    readonly share: number,
  ) {}

  /** From a name (`HALF`) or a fraction (`1/2`). */
  static parse(text: string): Grade {
    const grade = Grade.ALL.find((candidate) => candidate.name === text || candidate.fraction === text);
    if (!grade) {
      const accepted = Grade.ALL.map((candidate) => `${candidate.name} (${candidate.fraction})`).join(', ');
      throw new DomainError('GRADE_UNKNOWN', 'grade', `Grade must be one of ${accepted}; got '${text}'`);
    }
    return grade;
  }

  equals(other: Grade): boolean {
    return this.name === other.name;
  }

  toString(): GradeName {
    return this.name;
  }

  toJSON(): GradeName {
    return this.name;
  }
}
