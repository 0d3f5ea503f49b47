import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Adapter tests start local servers; keep them deterministic on a 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
    // Test files share each worker's modules instead of loading them afresh (vitest's default): every
    // file re-imported and re-initialised compromise, the stages and the SDKs, about half of the
    // suite's CPU (import 114–123 s summed over files on an idle 2-core machine). The tests keep no
    // state between files (no module mocks or stubbed globals; servers, stores and bots are closed
    // by the file that opened them; the one fake clock is restored after each test).
    isolate: false,
    // A safety net against hangs (120 s), far above what any test takes on a loaded machine: tests wait on
    // events (with their own generous limits), never on wall-clock time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
