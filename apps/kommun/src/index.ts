/** What the kommun app offers the app that composes Samsyn (apps/samsyn): its subgraph. */
export { kommunSubgraph } from './kommun.subgraph';
