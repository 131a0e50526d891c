/** What the gateway app offers the app that composes Samsyn (apps/samsyn): composing subgraphs and serving them. */
export {
  CompositionError,
  composeSupergraph,
  fetchSubgraphSdl,
  type SubgraphSdl,
  type Supergraph,
} from './compose-supergraph';
export { startGateway, type RunningGateway } from './start-gateway';
