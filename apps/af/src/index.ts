/** What the af app offers the app that composes Samsyn (apps/samsyn): its subgraph. */
export { afSubgraph } from './af.module';
