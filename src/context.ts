import { createLoaders, type Loaders } from './loaders/index.js';
import { GraphStore } from './store/graph-store.js';
import { countingRunner, type StoreStats } from './store/counting-runner.js';

/** Everything a resolver may use for one request; built fresh per request so loader caches never leak. */
export interface Context {
  /** Set by Yoga: the incoming request. */
  readonly request?: Request;
  readonly store: GraphStore;
  readonly loaders: Loaders;
  /** Store round trips and time spent in them during this request. */
  readonly stats: StoreStats;
}

export function createContext(store: GraphStore): Context {
  const stats: StoreStats = { queries: 0, ms: 0 };
  const requestStore = new GraphStore(countingRunner(store.runner, stats));
  return Object.freeze({ store: requestStore, loaders: createLoaders(requestStore), stats });
}
