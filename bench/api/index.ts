/** The API sections of `npm run bench` (issue #6): commands, reads, memory, and the soak (`--soak`). */
export { commandsSection } from './commands-section';
export { readsSection } from './reads-section';
export { memorySection } from './memory-section';
export { runSoak, type SoakOptions } from './soak';
