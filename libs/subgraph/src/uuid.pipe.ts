import { Injectable, type PipeTransform } from '@nestjs/common';
import { GraphQLError } from 'graphql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An ID argument that must be a UUID; an absent optional one passes as undefined. */
@Injectable()
export class UuidPipe implements PipeTransform<string | undefined, string | undefined> {
  constructor(
    private readonly field: string,
    private readonly hint: string,
  ) {}

  transform(value: string | undefined | null): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (!UUID.test(value)) {
      throw new GraphQLError(`${this.field} must be a UUID: ${this.hint}`, {
        extensions: { code: 'BAD_USER_INPUT', field: this.field },
      });
    }
    return value.toLowerCase();
  }
}
