// The web server of the demo (`npm start`) and of the benchmark: @web/dev-server, the server the test
// runner is built on, started through its Node API on the repository root, with no file watching and
// no script injected into pages. The demo pages are sent with the strict Content-Security-Policy the
// README asks sites for, so the demo shows the widget working under it.
import { startDevServer } from '@web/dev-server';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** The configurator also reads dist/integrity.json, for the snippet's integrity attribute. */
const CONFIGURATOR_CSP = CSP.replace("img-src 'self'; ", "img-src 'self'; connect-src 'self'; ");
const CONFIGURATOR = '/demo/configurator.html';

/** Koa middleware: the strict CSP on every HTML page. */
const contentSecurityPolicy = async (ctx, next) => {
  await next();
  if (ctx.response.is('html')) ctx.set('content-security-policy', ctx.path === CONFIGURATOR ? CONFIGURATOR_CSP : CSP);
};

/**
 * Koa middleware: answers this machine only, and only from the repository. (The dev server listens on
 * every interface when its hostname is localhost, and its /__wds-outside-root__/ paths reach the folders
 * above its root, a monorepo feature this repository has no use for.)
 */
const thisMachineAndRepositoryOnly = (ctx, next) => {
  const local = /^(127\.|::ffff:127\.|::1$)/.test(ctx.req.socket.remoteAddress ?? '');
  if (local && !ctx.path.startsWith('/__wds-outside-root__/')) return next();
  ctx.status = 403;
  ctx.body = 'Forbidden';
};

/**
 * Starts the server on `port`, or when none is given on 8000 or the first free port after it (the dev
 * server's default); 0 is any free port. `middleware` (Koa middleware) runs before the files are served.
 * Resolves to the dev server (`stop()` ends it), its port and its base URL.
 */
export async function serve({ port, root = ROOT, csp = true, middleware = [] } = {}) {
  const server = await startDevServer({
    config: {
      rootDir: root,
      port,
      hostname: 'localhost',
      watch: false,
      injectWebSocket: false,
      middleware: [thisMachineAndRepositoryOnly, ...(csp ? [contentSecurityPolicy] : []), ...middleware],
    },
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  const actual = server.server.address().port;
  return { server, port: actual, url: `http://localhost:${actual}` };
}
