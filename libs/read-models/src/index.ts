import type { Projection } from '@samsyn/projections';
import { journeyAccessProjection } from './access/journey-access.projection';
import { afProjection } from './af/af.projection';
import { fkBenefitProjection } from './fk/fk-benefit.projection';
import { involvementProjection } from './involvement/involvement.projection';
import { personDirectoryProjection } from './persons/person-directory.projection';
import { reportingProjection } from './reporting/reporting.projection';
import { riskSignalsProjection } from './risk/risk-signals.projection';

export * from './dates';
export * from './access/journey-access.projection';
export * from './access/journey-access-queries';
export * from './fk/fk-benefit.projection';
export * from './fk/fk-queries';
export * from './af/af.projection';
export * from './af/af-queries';
export * from './involvement/involvement.projection';
export * from './involvement/involvement-queries';
export * from './risk/risk-signals.projection';
export * from './risk/risk-queries';
export * from './risk/risk-access';
export * from './persons/person-directory.projection';
export * from './persons/person-directory-queries';
export * from './reporting/legal-gender';
export * from './reporting/reporting.projection';
export * from './reporting/reporting-queries';
export * from './person-view/min-plan';
export * from './person-view/what-happens-next';
export * from './person-view/timeline';
export * from './person-view/organisation-names';

/** Every read model kept in tables; the person's own view and the timeline are folded from the stream on read. */
export const READ_MODEL_PROJECTIONS: readonly Projection[] = [
  personDirectoryProjection,
  fkBenefitProjection,
  afProjection,
  involvementProjection,
  riskSignalsProjection,
  reportingProjection,
  journeyAccessProjection,
];
