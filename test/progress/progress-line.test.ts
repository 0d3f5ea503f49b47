// The counting line for long work: drawn in place on a terminal, throttled, silent elsewhere.

import { describe, expect, it } from 'vitest';
import { createProgress } from '../../adapters/progress/progress-line.ts';

function terminal(isTTY = true, columns = 80) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns, write: (text: string) => writes.push(text) > 0 } };
}

describe('createProgress', () => {
  it('draws "label: n/total (p%) detail" in place, then clears the line', () => {
    const { writes, stream } = terminal();
    let clock = 0;
    const progress = createProgress('analysing articles', 4, { stream, now: () => clock });
    for (const id of ['a', 'b', 'c', 'd']) {
      progress.tick(id);
      clock += 200;
    }
    progress.done('analysed 4 articles');
    expect(writes).toEqual([
      '\r\x1b[2Kanalysing articles: 1/4 (25%) a',
      '\r\x1b[2Kanalysing articles: 2/4 (50%) b',
      '\r\x1b[2Kanalysing articles: 3/4 (75%) c',
      '\r\x1b[2Kanalysing articles: 4/4 (100%) d',
      '\r\x1b[2K',
      'analysed 4 articles\n',
    ]);
  });

  it('redraws at most every 100 ms, but always the first and the last', () => {
    const { writes, stream } = terminal();
    const progress = createProgress('reading files', 1000, { stream, now: () => 0 });
    for (let i = 0; i < 1000; i++) progress.tick();
    expect(writes).toEqual(['\r\x1b[2Kreading files: 1/1000 (0%)', '\r\x1b[2Kreading files: 1000/1000 (100%)']);
  });

  it('is silent when stderr is not a terminal (a pipe, a log file, CI)', () => {
    const { writes, stream } = terminal(false);
    const progress = createProgress('reading files', 3, { stream });
    progress.tick('a');
    progress.show('b');
    progress.done('done');
    expect(writes).toEqual([]);
  });

  it('keeps to one terminal row, and counts without a total', () => {
    const { writes, stream } = terminal(true, 30);
    const progress = createProgress('reading sources', undefined, { stream });
    progress.tick('a feed with a very long name indeed');
    expect(writes[0]).toBe('\r\x1b[2Kreading sources: 1 a feed wi…');
    expect(writes[0]!.length - '\r\x1b[2K'.length).toBe(29);
  });

  it('in lines mode writes whole lines, for work whose children write lines too', () => {
    const { writes, stream } = terminal();
    const progress = createProgress('benchmark steps', 2, { stream, lines: true, now: () => 0 });
    progress.show('10 articles: throughput…');
    progress.tick('10 articles: throughput done');
    progress.done();
    expect(writes).toEqual(['benchmark steps: 0/2 (0%) 10 articles: throughput…\n', 'benchmark steps: 1/2 (50%) 10 articles: throughput done\n']);
  });
});
