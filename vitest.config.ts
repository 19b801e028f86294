// Test runner configuration: node environment, tests under test/, temporary files in one folder removed after the run.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    // Two workers even on a 2-core machine (vitest's default is one less than the cores): most tests wait on a CLI they spawn.
    maxWorkers: 2,
    globalSetup: ['test/helpers/temp-root.ts'],
  },
});
