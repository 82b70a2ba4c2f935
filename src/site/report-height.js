/*! partnership-panel site: report-height.js | MIT */
// In every page of the folder `partnership-panel site` writes. When a page is framed, it tells its
// parent how tall it is whenever that changes, in WordPress's embed protocol, so that WordPress's own
// wp-embed.js (and resize-frame.js on any other site) sizes the iframe to it with no scrollbar:
//   parent.postMessage({ message: 'height', value: <CSS pixels>, secret: <the secret> }, '*')
// The secret is the one the parent put in the page's address, `#?secret=…`, as WordPress does; the page
// answers the parent's `{ message: 'ready', secret }` with its height too (and takes that secret when
// its address has none yet). Nothing is read from the parent but that message, and nothing but the
// height (and the link below) is sent.
//
// In a sandbox that opens no new tab (WordPress frames discovered embeds with sandbox="allow-scripts"),
// a link that opens a new tab asks the parent to open it instead (`{ message: 'link', value: href }`),
// which wp-embed.js does for an address on the frame's own host.
//
// Not needed to read the page: without it (no JavaScript, sandbox="") the page is whole, only not sized.
(function () {
  'use strict';
  if (window.parent === window || !window.postMessage) return;
  var root = document.documentElement;
  var secret = '';
  var last = -1;

  function readSecret() {
    var found = /[#&?]secret=([A-Za-z0-9]+)/.exec(window.location.hash);
    if (found) secret = found[1];
  }

  function send(message, value) {
    window.parent.postMessage({ message: message, value: value, secret: secret }, '*');
  }

  /**
   * The page's height: its root's box, which holds every margin (the root does not collapse them). A
   * browser that has not laid the frame out yet (Chromium leaves a frame of no size unrendered) gives 0:
   * that is never sent, and asked again a little later.
   */
  var retries = 0;
  function sendHeight(always) {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (!height) {
      if (retries++ < 50)
        window.setTimeout(function () {
          sendHeight(always);
        }, 100);
      return;
    }
    if (height === last && !always) return;
    last = height;
    send('height', height);
  }

  readSecret();
  // Framed: the page drops its outer spacing (partnership-site.css), the parent's frame is its margin.
  root.setAttribute('data-framed', '');
  window.addEventListener('hashchange', function () {
    readSecret();
    sendHeight(true);
  });
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.source !== window.parent || !data || data.message !== 'ready') return;
    // The parent's secret, where the address has none yet (it may set it after the page has loaded).
    if (!secret && typeof data.secret === 'string' && /^[A-Za-z0-9]+$/.test(data.secret)) secret = data.secret;
    if (data.secret !== secret) return;
    sendHeight(true);
  });
  window.addEventListener('load', function () {
    sendHeight(true);
  });
  if (window.ResizeObserver)
    new ResizeObserver(function () {
      sendHeight(false);
    }).observe(root);
  else
    window.addEventListener('resize', function () {
      sendHeight(false);
    });
  sendHeight(true);

  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[target="_blank"]') : null;
    // An opaque origin is a sandbox without allow-same-origin, as WordPress's; with a secret, WordPress's.
    if (!link || !secret || window.origin !== 'null') return;
    if (event.button || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    send('link', link.href);
  });
})();
