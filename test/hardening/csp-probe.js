// The first script of hardening-csp.test.ts's strict-CSP page (an inline script would be blocked):
// records every Content-Security-Policy violation, uncaught error and console warning from here on
// in window.__csp, for the test to read.
(() => {
  const csp = { ready: true, violations: [], errors: [], warnings: [] };
  window.__csp = csp;
  document.addEventListener(
    'securitypolicyviolation',
    (e) =>
      csp.violations.push(
        `${e.effectiveDirective || e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample ? `"${e.sample}"` : ''} at ${e.sourceFile || '?'}:${e.lineNumber}`,
      ),
    true,
  );
  addEventListener('error', (e) => csp.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) =>
    csp.errors.push(String(e.reason && e.reason.message ? e.reason.message : e.reason)),
  );
  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    csp.warnings.push(args.map(String).join(' '));
    warn(...args);
  };
})();
