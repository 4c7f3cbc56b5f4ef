import { defineConfig } from 'vitest/config';

/** End-to-end tests: the production build in headless Chromium. Run after `npm run build`. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
