import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Adapter tests start local servers; keep them deterministic on a 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
    // A safety net against hangs (120 s), far above what any test takes on a loaded machine: tests wait on
    // events (with their own generous limits), never on wall-clock time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
