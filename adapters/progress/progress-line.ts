// One counting line on a terminal for long work (`npm run brief` on a big folder, eval, bench,
// the first read of many feeds): "analysing articles: 120/400 (30%) glacier-herald.md", redrawn
// in place on stderr. Silent when stderr is not a terminal, so logs and pipes stay clean.
//
//   const progress = createProgress('analysing articles', articles.length);
//   for (const a of articles) { …; progress.tick(a.id); }
//   progress.done();

export interface Progress {
  /** One more item done; `detail` names it. */
  tick(detail?: string): void;
  /** What is under way now (a long step), with the count so far. */
  show(detail: string): void;
  /** Clears the line (a terminal keeps no half-drawn counter), then prints `summary` if given. */
  done(summary?: string): void;
}

export interface ProgressOptions {
  /** Where to draw; default process.stderr. */
  stream?: Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean; columns?: number };
  /** Milliseconds between redraws at most; default 100. */
  minIntervalMs?: number;
  /**
   * One whole line per update instead of redrawing one line in place: for work whose child
   * processes write their own lines to the same terminal (the benchmark).
   */
  lines?: boolean;
  now?: () => number;
}

const SILENT: Progress = { tick() {}, show() {}, done() {} };

export function createProgress(label: string, total: number | undefined, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (!stream.isTTY) return SILENT;
  const now = options.now ?? Date.now;
  const minInterval = options.minIntervalMs ?? 100;
  let count = 0;
  let lastDrawn = Number.NEGATIVE_INFINITY;
  let drawn = false;

  const line = (detail?: string) => {
    const counted = total ? `${count}/${total} (${Math.floor((100 * count) / Math.max(1, total))}%)` : `${count}`;
    const text = `${label}: ${counted}${detail ? ` ${detail}` : ''}`;
    // One terminal row: a wrapped line could not be redrawn in place.
    const width = Math.max(20, (stream.columns || 80) - 1);
    return text.length > width ? `${text.slice(0, width - 1)}…` : text;
  };
  const draw = (detail?: string) => {
    if (options.lines) stream.write(`${line(detail)}\n`);
    else {
      stream.write(`\r\x1b[2K${line(detail)}`);
      drawn = true;
    }
    lastDrawn = now();
  };

  return {
    tick(detail) {
      count++;
      if (count === 1 || count === total || now() - lastDrawn >= minInterval) draw(detail);
    },
    show(detail) {
      draw(detail);
    },
    done(summary) {
      if (drawn) stream.write('\r\x1b[2K');
      if (summary) stream.write(`${summary}\n`);
    },
  };
}
