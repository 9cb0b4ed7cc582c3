import { Logger } from '@nestjs/common';
import { createApp } from './app';
import { installProcessGuards } from './common/process-guards';
import { ConfigError, loadConfig } from './config/config';

async function main(): Promise<void> {
  installProcessGuards(new Logger('Process'));
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`eventline: configuration error: ${err.message}`);
      process.exit(78);
    }
    throw err;
  }
  const app = await createApp(config);
  await app.listen(config.port, config.host);
}

main().catch((err: unknown) => {
  console.error(`eventline: failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
