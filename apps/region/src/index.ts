/** What the region app offers the app that composes Samsyn (apps/samsyn): its subgraph. */
export { regionSubgraph } from './region.subgraph';
