/** The service plus a bare JSON echo route (the framework's floor), for `npm run load`. */
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

const config = loadConfig({
  ...process.env,
  RATE_LIMIT_MAX: '0',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  DATABASE_URL: process.env.DATABASE_URL ?? ':memory:',
});
const app = await buildApp(config, {
  extraRoutes: (a) => {
    a.post('/__echo', async (request) => request.body);
  },
});
let closing = false;
const shutdown = async (): Promise<void> => {
  if (closing) return;
  closing = true;
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
await app.listen({ port: config.PORT, host: '127.0.0.1' });
process.send?.('ready');
