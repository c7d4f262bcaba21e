import cliProgress from 'cli-progress';

/** A progress bar on stderr when it is a terminal; silent otherwise (CI, tests, pipes). */
export interface Progress {
  start(label: string, total: number): void;
  update(done: number): void;
  stop(): void;
}

export function progressBar(enabled = Boolean(process.stderr.isTTY)): Progress {
  if (!enabled) return { start() {}, update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      format: '{label} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}',
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  return {
    start(label, total) {
      if (running) bar.stop();
      bar.start(total, 0, { label: label.padEnd(16) });
      running = true;
    },
    update(done) {
      bar.update(done);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
