// The configurator's block for the places that take no script (demo/configurator.html, "A page to frame,
// and a handout"): the `partnership-panel site` command for the settings, the iframe of the folder's
// page, and "Print handout", which opens the handout `render --format handout` writes for them, with
// its QR code's address. Apart from configurator.js, which it only asks for the settings of its last
// update (currentSettings), so that it runs no check of its own; everything it writes comes from the
// widget's own code (dist/site-kit.js).
//
// Under the demo's strict Content-Security-Policy: no inline style or script. The handout opens as a
// blob: page of this origin, which keeps this page's policy, so its stylesheet is a file of this server.
import { currentSettings } from './configurator.js';
import { ATTRIBUTES, checkSiteUrl, handoutHtml, iframeSnippet } from '../dist/site-kit.js';

const $ = (id) => document.getElementById(id);
const HANDOUT_CSS = new URL('../src/site/handout.css', import.meta.url).href;
const DEFAULT_HEADING = 'Building Winning Partnerships';

/** A shell word: in single quotes when it needs quoting. */
const shellWord = (word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`);

/** The settings as render's options (the attribute data's property names) and as command-line words. */
function settings() {
  const { element, attributes, children } = currentSettings();
  const options = { element };
  const words = element === 'panel' ? [] : ['--element', element];
  for (const [name, value] of attributes) {
    const rule = ATTRIBUTES.find((a) => a.name === name);
    if (!rule || rule.kind === 'url') continue; // src: a file the browser fetches, not the command's
    options[rule.property] = value;
    words.push(`--${name}`, ...(value === true ? [] : [String(value)]));
  }
  const resources = children.map((child) => Object.fromEntries(child));
  if (resources.length) options.resources = resources;
  for (const r of resources)
    words.push(
      '--resource',
      [r.name, r.phone, r.href, r.description]
        .map((v) => v ?? '')
        .join('|')
        .replace(/\|+$/, ''),
    );
  return { options, words };
}

/** The folder's address as the command takes it, or its problem shown beside the field. */
function siteUrl() {
  const { url, problem } = checkSiteUrl($('site-url').value);
  $('site-url-error').hidden = !problem;
  $('site-url-error').textContent = problem ? `The ${problem.replace(/^url[=:] ?/, 'address ')}` : '';
  $('site-url').setAttribute('aria-invalid', String(Boolean(problem)));
  return url;
}

function update() {
  const url = siteUrl() ?? 'https://district.example/partnership/';
  const { options, words } = settings();
  $('site-command').textContent = ['npx', 'partnership-panel', 'site', '--url', url, '--out', 'partnership', ...words]
    .map(shellWord)
    .join(' ');
  $('site-iframe').value = iframeSnippet(url, options.heading || DEFAULT_HEADING);
  // The first language's page is the folder's own address (index.html): the handout's QR code opens it.
  $('qr-address').textContent = url;
}

$('print-handout').addEventListener('click', () => {
  const url = siteUrl();
  if (!url) {
    $('handout-status').textContent = 'Correct the folder’s address first: the QR code opens it.';
    $('site-url').focus();
    return;
  }
  const { html } = handoutHtml(settings().options, url, HANDOUT_CSS);
  const address = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const sheet = window.open(address, '_blank');
  if (!sheet) {
    $('handout-status').textContent = 'The browser blocked the new tab: allow pop-ups for this page, then try again.';
    return;
  }
  sheet.addEventListener('load', () => sheet.print(), { once: true });
  $('handout-status').textContent = 'The handout opened in a new tab, with the print dialog.';
  setTimeout(() => URL.revokeObjectURL(address), 60000);
});

// After each of the configurator's updates (it rewrites the prerender command), and as the address is typed.
new MutationObserver(update).observe($('prerender-command'), { childList: true, characterData: true, subtree: true });
$('site-url').addEventListener('input', update);
update();
document.getElementById('site-panel').dataset.ready = '';
