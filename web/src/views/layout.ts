import type { LayoutInput, Positions } from './layout-core';

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (p: Positions) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; positions?: Positions; error?: string }>) => {
      const job = pending.get(event.data.id);
      if (!job) return;
      pending.delete(event.data.id);
      if (event.data.positions) job.resolve(event.data.positions);
      else job.reject(new Error(event.data.error ?? 'layout failed'));
    };
    worker.onerror = () => {
      // A worker that cannot start (old browser, policy): every layout runs on the page instead.
      for (const job of pending.values()) job.reject(new Error('layout worker failed'));
      pending.clear();
      worker?.terminate();
      worker = null;
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** Positions for every node, computed in a Web Worker (on the page when no worker can run). */
export async function layoutGraph(input: LayoutInput): Promise<Positions> {
  const w = getWorker();
  if (w) {
    try {
      return await new Promise<Positions>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        w.postMessage({ id, input });
      });
    } catch {
      // fall through to the page
    }
  }
  const { computeLayout } = await import('./layout-core');
  return computeLayout(input);
}
