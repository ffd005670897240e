#!/usr/bin/env node
// The `twin-cities` command: the compiled CLI lives in lib/ (npm run build).
process.stdout.on('error', (error) => {
  // `twin-cities validate … | head`: the reader left; stop quietly.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

try {
  const {main} = await import('../lib/cli/main.js');
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`twin-cities: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
