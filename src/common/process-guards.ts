interface ErrorLogger {
  error(message: string): void;
}

let installed = false;

/**
 * The service never dies of a stray driver error: an unhandled rejection (a promise nobody
 * awaited, e.g. a socket closing while Neo4j restarts) is logged and the process keeps serving.
 * Uncaught exceptions are still fatal — state after a synchronous throw is unknown — but logged
 * first. Installed once per process, by main.ts.
 */
export function installProcessGuards(logger: ErrorLogger, exit: (code: number) => void = (c) => process.exit(c)): void {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason: unknown) => {
    logger.error(`unhandled rejection (kept running): ${describe(reason)}`);
  });
  process.on('uncaughtException', (err: Error) => {
    logger.error(`uncaught exception: ${describe(err)}`);
    exit(1);
  });
}

function describe(reason: unknown): string {
  return reason instanceof Error ? `${reason.name}: ${reason.message.split('\n')[0]}` : String(reason);
}
