/** What the fk app offers the app that composes Samsyn (apps/samsyn): its subgraph. */
export { fkSubgraph } from './fk.module';
