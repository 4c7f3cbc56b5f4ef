/** The parts of the core the app loads lazily, as one chunk. */
export { Corpus } from '../../core/match/corpus';
export { SearchIndex } from '../../core/search/search';
