/** What the samordning app offers the app that composes Samsyn (apps/samsyn): its subgraph. */
export { samordningSubgraph } from './samordning.subgraph';
