import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    // Set-ups that sign in pay scrypt at OWASP's cost (N=2^17, ~0.5–1 s each on a busy machine).
    hookTimeout: 60_000,
  },
});
