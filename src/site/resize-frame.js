/*! partnership-panel site: resize-frame.js | MIT */
// For a page on any other site that frames a page of this folder: add, after the iframe,
//   <script src="https://district.example/partnership/resize-frame.js" async></script>
// (this file's address in your folder). It sizes every iframe of a page of this folder to that page's
// height, as the page reports it (report-height.js, in WordPress's embed protocol), whenever it
// changes: no scrollbar inside the frame, and no empty space under it, at any width.
//
// Each frame gets a secret of its own in its address (`#?secret=…`, as WordPress does) and answers only
// to messages that come from that frame's window with that secret. It uses its own attribute,
// data-partnership-secret, so it and WordPress's wp-embed.js never size the same frame.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src || !window.postMessage) return;
  // The folder: this script's address without its file name.
  var folder = script.src.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  var frames = [];

  function secretOf() {
    var text = '';
    while (text.length < 10) text += Math.random().toString(36).slice(2);
    return text.slice(0, 10);
  }

  function ready(frame) {
    var secret = frame.getAttribute('data-partnership-secret');
    if (frame.contentWindow) frame.contentWindow.postMessage({ message: 'ready', secret: secret }, '*');
  }

  function take(frame) {
    if (frame.getAttribute('data-partnership-secret') || (frame.src || '').indexOf(folder) !== 0) return;
    var given = /[#&?]secret=([A-Za-z0-9]+)/.exec(frame.src);
    var secret = given ? given[1] : secretOf();
    frame.setAttribute('data-partnership-secret', secret);
    frame.setAttribute('scrolling', 'no');
    if (!given) frame.src = frame.src.replace(/#.*$/, '') + '#?secret=' + secret;
    frame.addEventListener('load', function () {
      ready(frame);
    });
    frames.push(frame);
    // Asked now, and again as the page and the frame settle (a frame that loaded before this script, or
    // that the browser had not laid out yet, answers one of these).
    ready(frame);
    for (var i = 1; i <= 4; i++) window.setTimeout(ready, 250 * i * i, frame);
  }

  function takeAll() {
    var all = document.getElementsByTagName('iframe');
    for (var i = 0; i < all.length; i++) take(all[i]);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.message !== 'height' || typeof data.secret !== 'string' || !data.secret) return;
    if (/[^A-Za-z0-9]/.test(data.secret)) return;
    var height = parseInt(data.value, 10);
    if (!(height > 0) || height > 100000) return;
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (frame.getAttribute('data-partnership-secret') !== data.secret) continue;
      frame.height = String(height);
      frame.style.height = height + 'px';
    }
  });

  takeAll();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', takeAll);
})();
