// The first script of trusted-types.test.ts's strict-CSP page, before csp-probe.js and the bundle
// (an inline script would be blocked): wraps trustedTypes.createPolicy so that every string any policy
// made from here on is asked to turn into TrustedHTML, TrustedScript or TrustedScriptURL is pushed into
// window.__ttSeen, and each policy's name into window.__ttPolicies. The policies still work: each rule
// is called as before and its answer returned. Without Trusted Types (window.trustedTypes undefined),
// both lists stay empty.
(() => {
  const seen = [];
  const policies = [];
  window.__ttSeen = seen;
  window.__ttPolicies = policies;
  const factory = window.trustedTypes;
  if (!factory) return;
  const createPolicy = factory.createPolicy;
  factory.createPolicy = function (name, rules) {
    policies.push(name);
    // Only these three rules are read by createPolicy; each is wrapped if the policy has it.
    const recorded = {};
    for (const kind of ['createHTML', 'createScript', 'createScriptURL']) {
      const rule = rules && rules[kind];
      if (typeof rule === 'function')
        recorded[kind] = (input, ...args) => {
          seen.push(String(input));
          return rule.call(rules, input, ...args);
        };
    }
    return createPolicy.call(factory, name, recorded);
  };
})();
