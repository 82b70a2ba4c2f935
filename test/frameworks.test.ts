// The elements used from React 19 and Vue 3, as an app would: attributes set from the framework's
// props, updates when the props change, and the custom events received through the framework's own
// listener syntax (React 19: `onpartnership-link`; Vue: `@partnership-link` / `onPartnershipLink`).
// React's CommonJS packages and Vue's browser build are served by scripts/wtr-frameworks.mjs.
import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { createApp, h, nextTick, type App } from 'vue';
import '../src/define.js';
import type { PartnershipLinkDetail, PartnershipToggleDetail } from '../src/index.js';
import { allTips, english, renderedTips, toggled } from './helpers.js';

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

const familiesTips = english.audiences.find((a) => a.id === 'families')!.sections.flatMap((s) => s.tips);
const professionalsTips = english.audiences.find((a) => a.id === 'professionals')!.sections.flatMap((s) => s.tips);

/** Records console.warn and console.error (React and Vue report misuse there in development). */
function captureConsole() {
  const messages: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => Object.assign(console, { warn, error }) };
}

/** Clicks the element's first phone link, with navigation prevented on the host as a page would. */
function clickPhoneLink(el: HTMLElement) {
  const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]');
  expect(link, 'a phone link').to.exist;
  const stop = (event: Event) => event.preventDefault();
  el.addEventListener('click', stop);
  link!.click();
  el.removeEventListener('click', stop);
}

let container: HTMLElement;
let logged: ReturnType<typeof captureConsole>;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  logged = captureConsole();
});
afterEach(() => {
  logged.restore();
  container.remove();
});

describe('React 19', () => {
  let root: Root;
  beforeEach(() => (root = createRoot(container)));
  afterEach(() => root.unmount());

  const renderReact = async (props: Record<string, unknown>, tag = 'partnership-panel') => {
    flushSync(() => root.render(createElement(tag, props)));
    const el = container.querySelector<Rendered>(tag)!;
    await el.updateComplete;
    return el;
  };

  it('sets attributes from props and updates them on a new render', async () => {
    const el = await renderReact({ audience: 'families', 'heading-level': '3', 'no-resources': true });
    expect(el.getAttribute('audience')).to.equal('families');
    expect(el.getAttribute('heading-level')).to.equal('3');
    expect(el.hasAttribute('no-resources')).to.be.true;
    expect(renderedTips(el)).to.deep.equal(familiesTips);
    expect(el.shadowRoot!.querySelector('[part~="resources"]')).to.be.null;

    await renderReact({ audience: 'professionals', 'heading-level': '3' });
    expect(el.getAttribute('audience')).to.equal('professionals');
    expect(el.hasAttribute('no-resources')).to.be.false;
    expect(renderedTips(el)).to.deep.equal(professionalsTips);
    expect(logged.messages).to.deep.equal([]);
  });

  it('receives partnership-link through an onpartnership-link prop', async () => {
    const received: PartnershipLinkDetail[] = [];
    const el = await renderReact({
      audience: 'families',
      'onpartnership-link': (event: CustomEvent<PartnershipLinkDetail>) => received.push(event.detail),
    });
    clickPhoneLink(el);
    expect(received).to.have.length(1);
    expect(received[0].kind).to.equal('phone');
    expect(received[0].href).to.match(/^tel:/);
    expect(received[0].label).to.equal('Call 541-359-4210');
    expect(logged.messages).to.deep.equal([]);
  });

  it('receives partnership-toggle from <partnership-tips> through onpartnership-toggle', async () => {
    const received: PartnershipToggleDetail[] = [];
    const el = await renderReact(
      {
        layout: 'accordion',
        'onpartnership-toggle': (event: CustomEvent<PartnershipToggleDetail>) => received.push(event.detail),
      },
      'partnership-tips',
    );
    await toggled(el, el.shadowRoot!.querySelector('#build-trust summary')!);
    expect(received).to.deep.equal([{ section: 'build-trust', control: 'section', open: true }]);
  });
});

describe('Vue 3', () => {
  let app: App | undefined;
  afterEach(() => {
    app?.unmount();
    app = undefined;
  });

  it('binds attributes in a template (isCustomElement) and receives @partnership-link', async () => {
    const received: PartnershipLinkDetail[] = [];
    const state = { audience: 'families' };
    app = createApp({
      data: () => state,
      methods: { onLink: (event: CustomEvent<PartnershipLinkDetail>) => received.push(event.detail) },
      template:
        '<partnership-panel :audience="audience" heading-level="3" @partnership-link="onLink"></partnership-panel>',
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('partnership-');
    const vm = app.mount(container) as unknown as typeof state;
    const el = container.querySelector<Rendered>('partnership-panel')!;
    await el.updateComplete;
    expect(el.getAttribute('audience')).to.equal('families');
    expect(el.getAttribute('heading-level')).to.equal('3');
    expect(renderedTips(el)).to.deep.equal(familiesTips);

    clickPhoneLink(el);
    expect(received.map((d) => [d.kind, d.label])).to.deep.equal([['phone', 'Call 541-359-4210']]);

    vm.audience = 'professionals';
    await nextTick();
    await el.updateComplete;
    expect(el.getAttribute('audience')).to.equal('professionals');
    expect(renderedTips(el)).to.deep.equal(professionalsTips);
    // Without isCustomElement, Vue would warn "Failed to resolve component: partnership-panel".
    expect(logged.messages).to.deep.equal([]);
  });

  it('renders with h() and receives onPartnershipToggle', async () => {
    const received: PartnershipToggleDetail[] = [];
    app = createApp({
      render: () =>
        h('partnership-tips', {
          layout: 'accordion',
          open: true,
          onPartnershipToggle: (event: CustomEvent<PartnershipToggleDetail>) => received.push(event.detail),
        }),
    });
    app.mount(container);
    const el = container.querySelector<Rendered>('partnership-tips')!;
    await el.updateComplete;
    expect(el.hasAttribute('open')).to.be.true;
    expect(renderedTips(el)).to.deep.equal(allTips(english));
    await toggled(el, el.shadowRoot!.querySelector('#families-can-do summary')!);
    expect(received).to.deep.equal([{ section: 'families-can-do', control: 'section', open: false }]);
    expect(logged.messages).to.deep.equal([]);
  });
});
