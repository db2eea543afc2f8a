import { MultiBar, Presets } from 'cli-progress';

/** A progress bar on stderr (stdout stays pure JSON), and a way to print a line without tearing it. */
export interface Progress {
  tick(file: string): void;
  log(line: string): void;
  stop(): void;
}

export function progress(total: number, enabled: boolean): Progress {
  if (!enabled) {
    return { tick: () => {}, log: (line) => process.stderr.write(`${line}\n`), stop: () => {} };
  }
  const bars = new MultiBar(
    {
      stream: process.stderr,
      format: ' {bar} {value}/{total} files | {file}',
      hideCursor: true,
      clearOnComplete: false,
      noTTYOutput: !process.stderr.isTTY,
      notTTYSchedule: 1000,
    },
    Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { file: '' });
  return {
    tick: (file) => bar.increment(1, { file }),
    log: (line) => bars.log(`${line}\n`),
    stop: () => bars.stop(),
  };
}
