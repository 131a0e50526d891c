import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ReportingModule } from '../reporting.tokens';

const COUNT = { nullable: true, description: 'null when withheld' } as const;

@ObjectType({ description: 'One kommun and age band of the county table', registerIn: () => ReportingModule })
export class CountyTableRow {
  @Field() kommunkod!: string;
  @Field() kommun!: string;
  @Field({ description: '19, 20-24 or 25-29' }) ageBand!: string;
  @Field(() => Int, COUNT) women!: number | null;
  @Field(() => Int, COUNT) men!: number | null;
}

@ObjectType({ description: 'A kommun’s totals ("Summa")', registerIn: () => ReportingModule })
export class CountyKommunTotal {
  @Field() kommunkod!: string;
  @Field() kommun!: string;
  @Field(() => Int, COUNT) women!: number | null;
  @Field(() => Int, COUNT) men!: number | null;
  @Field(() => Int, COUNT) total!: number | null;
}

@ObjectType({ description: 'The area’s totals', registerIn: () => ReportingModule })
export class CountyAreaTotal {
  @Field(() => Int, COUNT) women!: number | null;
  @Field(() => Int, COUNT) men!: number | null;
  @Field(() => Int, COUNT) total!: number | null;
}

@ObjectType({
  description:
    'People with an active decision on aktivitetsersättning per kommun × age band × legal gender on a date (seed 000’s county table)',
  registerIn: () => ReportingModule,
})
export class CountyTable {
  @Field() date!: string;
  @Field({ description: 'The län (2 digits) or kommun (4 digits) covered' }) area!: string;
  @Field({
    description: 'exact (statisticians) or public (counts under 5 withheld, and those that would give them away)',
  })
  view!: string;
  @Field(() => [CountyTableRow]) rows!: CountyTableRow[];
  @Field(() => [CountyKommunTotal]) kommunTotals!: CountyKommunTotal[];
  @Field(() => CountyAreaTotal) total!: CountyAreaTotal;
  @Field(() => Int, { description: 'How many numbers were withheld' }) withheld!: number;
}
