import { defineConfig } from 'drizzle-kit';

// Only for `drizzle-kit generate`: the app applies migrations itself at start-up.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './migrations',
});
