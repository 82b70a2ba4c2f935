#!/usr/bin/env node
// `npm test`: type-check, build the bundle (some tests load it), run the Node checks of the content,
// then the browser suite in every engine found. Locally a missing engine is skipped with one line
// saying how to install it; with CI=true every engine must run. Xvfb and WebKitWebDriver, which
// WebKit needs, are started here and stopped here, by pid.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { CHROMIUM_PATH } from './chromium.mjs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const INSTALL = 'apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb xauth';
const WEBKIT_BROWSER = process.env.WEBKIT_BROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const engines = {
  chromium: [CHROMIUM_PATH],
  firefox: [process.env.FIREFOX_PATH || '/usr/bin/firefox-esr'],
  webkit: ['/usr/bin/WebKitWebDriver', WEBKIT_BROWSER, '/usr/bin/Xvfb'],
};
const wanted = (process.env.PARTNERSHIP_ENGINES || Object.keys(engines).join(',')).split(',').filter(Boolean);

function run(cmd, args, opts = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (result.status !== 0) {
    console.error(`\n${cmd} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

const found = [];
for (const name of wanted) {
  const missing = (engines[name] ?? [`(unknown engine ${name})`]).filter((file) => !existsSync(file));
  if (!missing.length) found.push(name);
  else if (ci) {
    console.error(`CI=true but ${name} is missing (${missing.join(', ')}). Install: ${INSTALL}`);
    process.exit(1);
  } else console.log(`Skipping ${name}: ${missing.join(', ')} not found. Install it with: ${INSTALL}`);
}
if (!found.length) {
  console.error(`No browser found to test in. Install them with: ${INSTALL}`);
  process.exit(1);
}

run('npx', ['tsc', '--noEmit']);
run('npm', ['run', 'build', '--silent']);
run(process.execPath, ['--test', 'test/node/']);
run(process.execPath, ['test/wordpress/run.mjs']); // the WordPress plugin on a real WordPress (skipped locally without it)

const started = [];
function start(cmd, args, env) {
  const child = spawn(cmd, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  started.push(child);
  return child;
}
function stopAll() {
  for (const child of started.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const portOpen = (port) =>
  new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => (socket.end(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

async function waitForPort(port, what) {
  for (let i = 0; i < 100; i++) {
    if (await portOpen(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start listening on port ${port}`);
}

const env = { PARTNERSHIP_ENGINES: found.join(',') };
if (found.includes('webkit')) {
  const display = `:${90 + (process.pid % 9)}`;
  start('/usr/bin/Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
  let port = 4444;
  while (await portOpen(port)) port++;
  await new Promise((r) => setTimeout(r, 300));
  start('/usr/bin/WebKitWebDriver', [`--port=${port}`], { DISPLAY: display });
  await waitForPort(port, 'WebKitWebDriver');
  env.WEBKIT_DRIVER_PORT = String(port);
}

console.log(`Browser tests in: ${found.join(', ')}`);
const wtr = spawn('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ...env },
});
wtr.on('exit', (code, signal) => {
  stopAll();
  process.exit(code ?? (signal ? 1 : 0));
});
