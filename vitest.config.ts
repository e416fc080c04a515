import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    // Suites that start a hub, sign in (scrypt at OWASP's cost, N=2^17) or import the national
    // catalog in beforeAll need more than the default 10 s on a loaded 2-core CI machine.
    hookTimeout: 60_000,
  },
});
