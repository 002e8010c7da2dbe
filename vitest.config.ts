import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (logic, and integration over real temp databases with the real
 * migrations) and `e2e` (real screens in Debian's Chromium against the loopback host).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
          // A beforeAll that builds a register of thousands through the API takes seconds on a
          // quiet machine, and several times that on a loaded one.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
