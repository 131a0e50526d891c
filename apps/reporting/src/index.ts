/** What the reporting app offers the app that composes Samsyn (apps/samsyn): its subgraph. */
export { reportingSubgraph } from './reporting.module';
