import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ReportingModule } from '../reporting.tokens';
import type { InsatsType } from '@samsyn/domain';
import { InsatsTypeEnum } from '@samsyn/subgraph';

const COUNT = { nullable: true, description: 'null when withheld' } as const;
const SHARE = { nullable: true, description: 'share from 0 to 1; null when a count it rests on is withheld' } as const;

@ObjectType({ description: 'How lotsning went after the avslag of a period', registerIn: () => ReportingModule })
export class LotsningOutcomeCounts {
  @Field(() => Int, COUNT) avslag!: number | null;
  @Field(() => Int, COUNT) offered!: number | null;
  @Field(() => Int, COUNT) accepted!: number | null;
  @Field(() => Int, COUNT) declined!: number | null;
  @Field(() => Int, COUNT) unreachable!: number | null;
  @Field(() => Int, COUNT) referred!: number | null;
  @Field(() => Int, COUNT) contactEstablished!: number | null;
  @Field(() => Int, { ...COUNT, description: 'Avslag followed by an omställningsmöte held' }) omstallningsmote!:
    number | null;
  @Field(() => Float, SHARE) shareAccepted!: number | null;
  @Field(() => Float, SHARE) shareReachingOmstallningsmote!: number | null;
}

@ObjectType({
  description: 'Benefits that ended in a period and how many moved on to work or studies',
  registerIn: () => ReportingModule,
})
export class BenefitEndingCounts {
  @Field(() => Int, COUNT) ended!: number | null;
  @Field(() => Int, COUNT) movedOn!: number | null;
  @Field(() => Float, SHARE) shareMovedOn!: number | null;
}

@ObjectType({ description: 'Contact-person changes in a period', registerIn: () => ReportingModule })
export class ContactContinuityCounts {
  @Field(() => Int, COUNT) changes!: number | null;
  @Field(() => Int, { ...COUNT, description: 'Changes the person was told of' }) told!: number | null;
  @Field(() => Float, { description: 'Person-years of journeys open in the period' }) personYears!: number;
  @Field(() => Float, SHARE) changesPerPersonYear!: number | null;
  @Field(() => Float, SHARE) shareTold!: number | null;
}

@ObjectType({ registerIn: () => ReportingModule })
export class KommunLotsningOutcomes {
  @Field() kommunkod!: string;
  @Field() kommun!: string;
  @Field(() => LotsningOutcomeCounts) counts!: LotsningOutcomeCounts;
}

@ObjectType({ registerIn: () => ReportingModule })
export class KommunBenefitEndings {
  @Field() kommunkod!: string;
  @Field() kommun!: string;
  @Field(() => BenefitEndingCounts) counts!: BenefitEndingCounts;
}

@ObjectType({ registerIn: () => ReportingModule })
export class KommunContactContinuity {
  @Field() kommunkod!: string;
  @Field() kommun!: string;
  @Field(() => ContactContinuityCounts) counts!: ContactContinuityCounts;
}

@ObjectType({ description: 'Avslag and lotsning outcomes per kommun and in all', registerIn: () => ReportingModule })
export class LotsningOutcomes {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => String, { nullable: true, description: 'null: all of Sweden' }) area!: string | null;
  @Field() view!: string;
  @Field(() => [KommunLotsningOutcomes]) rows!: KommunLotsningOutcomes[];
  @Field(() => LotsningOutcomeCounts) total!: LotsningOutcomeCounts;
  @Field(() => Int) withheld!: number;
}

@ObjectType({
  description: 'Ended benefits and moving on to work or studies, per kommun and in all',
  registerIn: () => ReportingModule,
})
export class BenefitEndings {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => String, { nullable: true }) area!: string | null;
  @Field() view!: string;
  @Field(() => [KommunBenefitEndings]) rows!: KommunBenefitEndings[];
  @Field(() => BenefitEndingCounts) total!: BenefitEndingCounts;
  @Field(() => Int) withheld!: number;
}

@ObjectType({ description: 'Contact-person continuity per kommun and in all', registerIn: () => ReportingModule })
export class ContactContinuity {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => String, { nullable: true }) area!: string | null;
  @Field() view!: string;
  @Field(() => [KommunContactContinuity]) rows!: KommunContactContinuity[];
  @Field(() => ContactContinuityCounts) total!: ContactContinuityCounts;
  @Field(() => Int) withheld!: number;
}

@ObjectType({ description: 'Time in insatser of one type', registerIn: () => ReportingModule })
export class InsatsDurationRow {
  @Field(() => InsatsTypeEnum) insatsType!: InsatsType;
  @Field(() => Int, { ...COUNT, description: 'Insatser of this type that ended in the period' }) ended!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median length in days; null when fewer than 5 ended' })
  medianDays!: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile of length in days' }) p90Days!: number | null;
  @Field(() => Int, { ...COUNT, description: 'Cut off because the benefit ended' }) cutByBenefitEnd!: number | null;
}

@ObjectType({ description: 'Time in insatser by type', registerIn: () => ReportingModule })
export class InsatsDurations {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => String, { nullable: true }) area!: string | null;
  @Field() view!: string;
  @Field(() => [InsatsDurationRow]) rows!: InsatsDurationRow[];
}
