/** What the journey app offers the app that composes Samsyn (apps/samsyn): its subgraph. */
export { journeySubgraph } from './journey.module';
