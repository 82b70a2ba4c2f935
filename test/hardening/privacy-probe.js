// Loaded before the bundle in hardening-privacy.test.ts's page. Records every use of storage,
// cookies, the network and the usual fingerprinting APIs, and the window's own keys before the
// bundle runs, in window.__privacy. Plain JavaScript, so it runs as the page's first script as is.
(() => {
  const calls = [];
  const record = (what) => calls.push(what);

  /** Wraps a method of `owner` so that each call is recorded. */
  const method = (owner, name, label) => {
    const d = owner && Object.getOwnPropertyDescriptor(owner, name);
    if (!d || typeof d.value !== 'function') return;
    const original = d.value;
    Object.defineProperty(owner, name, {
      ...d,
      value: function (...args) {
        record(label);
        return original.apply(this, args);
      },
    });
  };
  /** Wraps an accessor of `owner` so that each read or write is recorded. */
  const accessor = (owner, name, label) => {
    const d = owner && Object.getOwnPropertyDescriptor(owner, name);
    if (!d || !d.get || !d.configurable) return;
    Object.defineProperty(owner, name, {
      ...d,
      get() {
        record(label);
        return d.get.call(this);
      },
      set: d.set
        ? function (value) {
            record(`${label} (set)`);
            d.set.call(this, value);
          }
        : undefined,
    });
  };
  /** Replaces a constructor of the window by one that records each construction. */
  const constructor = (name) => {
    const Original = window[name];
    if (typeof Original !== 'function') return;
    window[name] = new Proxy(Original, {
      construct(target, args, newTarget) {
        record(`new ${name}`);
        return Reflect.construct(target, args, newTarget);
      },
      apply(target, self, args) {
        record(name);
        return Reflect.apply(target, self, args);
      },
    });
  };
  /** An accessor found on the window itself or on Window.prototype (engines differ). */
  const windowAccessor = (name) => {
    if (Object.getOwnPropertyDescriptor(window, name)) accessor(window, name, name);
    else accessor(Window.prototype, name, name);
  };

  // Storage: Web Storage, IndexedDB, the Cache API, cookies.
  for (const name of ['getItem', 'setItem', 'removeItem', 'clear', 'key'])
    method(Storage.prototype, name, `Storage.${name}`);
  for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches', 'cookieStore']) windowAccessor(name);
  if (typeof IDBFactory !== 'undefined')
    for (const name of ['open', 'deleteDatabase', 'databases']) method(IDBFactory.prototype, name, `indexedDB.${name}`);
  accessor(Document.prototype, 'cookie', 'document.cookie');

  // The network, besides what performance entries show.
  method(window, 'fetch', 'fetch');
  method(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open');
  method(Navigator.prototype, 'sendBeacon', 'navigator.sendBeacon');
  for (const name of ['WebSocket', 'EventSource', 'RTCPeerConnection', 'Worker', 'SharedWorker']) constructor(name);
  if (navigator.serviceWorker) method(ServiceWorkerContainer.prototype, 'register', 'serviceWorker.register');

  // Fingerprinting: canvas, WebGL, audio, plugins, hardware, battery, devices.
  for (const name of ['getContext', 'toDataURL', 'toBlob']) method(HTMLCanvasElement.prototype, name, `canvas.${name}`);
  if (typeof OffscreenCanvas !== 'undefined')
    method(OffscreenCanvas.prototype, 'getContext', 'OffscreenCanvas.getContext');
  for (const name of ['getImageData', 'measureText'])
    method(CanvasRenderingContext2D.prototype, name, `canvas2d.${name}`);
  if (typeof WebGLRenderingContext !== 'undefined')
    method(WebGLRenderingContext.prototype, 'getParameter', 'webgl.getParameter');
  for (const name of ['AudioContext', 'OfflineAudioContext', 'webkitAudioContext']) constructor(name);
  for (const name of [
    'plugins',
    'mimeTypes',
    'hardwareConcurrency',
    'deviceMemory',
    'connection',
    'userAgentData',
    'mediaDevices',
    'getBattery',
  ])
    if (name === 'getBattery') method(Navigator.prototype, name, `navigator.${name}`);
    else accessor(Navigator.prototype, name, `navigator.${name}`);
  for (const name of ['width', 'height', 'colorDepth', 'pixelDepth', 'availWidth', 'availHeight'])
    accessor(Screen.prototype, name, `screen.${name}`);
  if (document.fonts) method(Object.getPrototypeOf(document.fonts), 'check', 'document.fonts.check');

  const probe = { calls, before: [], cookie: document.cookie };
  // document.cookie was read just now to remember it: that read is ours, not the bundle's.
  calls.length = 0;
  window.__privacy = probe;
  probe.before = Object.keys(window);
})();
