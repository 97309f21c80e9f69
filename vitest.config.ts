import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // The default reporter for people, plus the plain closing line CI reads.
    reporters: ['default', './tests/support/closing-line-reporter.ts'],
    testTimeout: 30_000,
  },
});
