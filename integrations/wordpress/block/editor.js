/**
 * The "Partnership tips panel" block in the editor: its settings in the sidebar, with WordPress's own
 * components, and a live preview rendered by the server (the same element and fallback as the page),
 * which the bundle, loaded in the editor too, turns into the card. Plain JavaScript against WordPress's
 * globals: no build step. The block is dynamic: it saves nothing but its attributes.
 */
/* global window */
(function (blocks, blockEditor, components, element, i18n, ServerSideRender) {
  const el = element.createElement;
  const __ = i18n.__;
  const { InspectorControls, useBlockProps } = blockEditor;
  const {
    BaseControl,
    Button,
    CheckboxControl,
    ColorPalette,
    PanelBody,
    RangeControl,
    SelectControl,
    TextControl,
    TextareaControl,
    ToggleControl,
  } = components;
  const data = window.partnershipPanelBlock || { languages: [], sections: [] };
  const BLOCK = 'partnership-panel/panel';
  const ACCENTS = [
    { name: __('Blue', 'partnership-panel'), color: '#0b5cad' },
    { name: __('Green', 'partnership-panel'), color: '#1d6b3a' },
    { name: __('Plum', 'partnership-panel'), color: '#7a1f5c' },
    { name: __('Rust', 'partnership-panel'), color: '#a33a12' },
  ];

  /** The section ids of the `sections` attribute. */
  const idsOf = (sections) => sections.split(/[\s,]+/).filter(Boolean);

  function contentSettings({ attributes: a, setAttributes: set }) {
    const chosen = idsOf(a.sections);
    const toggleSection = (id, on) =>
      set({
        sections: data.sections
          .map((s) => s.id)
          .filter((s) => (s === id ? on : chosen.includes(s)))
          .join(','),
      });
    return el(
      PanelBody,
      { title: __('Content', 'partnership-panel') },
      el(SelectControl, {
        label: __('Language', 'partnership-panel'),
        value: a.lang,
        options: [{ value: '', label: __('The page’s language', 'partnership-panel') }, ...data.languages],
        onChange: (lang) => set({ lang }),
      }),
      el(SelectControl, {
        label: __('Audience', 'partnership-panel'),
        value: a.audience,
        options: [
          { value: '', label: __('Families and professionals', 'partnership-panel') },
          { value: 'families', label: __('Families', 'partnership-panel') },
          { value: 'professionals', label: __('Professionals', 'partnership-panel') },
        ],
        onChange: (audience) => set({ audience }),
      }),
      el(
        BaseControl,
        {
          id: 'partnership-panel-sections',
          label: __('Sections', 'partnership-panel'),
          help: __('None ticked shows every section of the audience.', 'partnership-panel'),
        },
        data.sections
          .filter((s) => !a.audience || s.audience === a.audience)
          .map((s) =>
            el(CheckboxControl, {
              key: s.id,
              label: s.heading,
              checked: chosen.includes(s.id),
              onChange: (on) => toggleSection(s.id, on),
            }),
          ),
      ),
      el(RangeControl, {
        label: __('Tips per section', 'partnership-panel'),
        help: __(
          '0 shows every tip; with fewer, each shortened section gets a “Show N more tips” button.',
          'partnership-panel',
        ),
        value: a.limit,
        min: 0,
        max: 10,
        onChange: (limit) => set({ limit: limit || 0 }),
      }),
      el(ToggleControl, {
        label: __('Tip of the day', 'partnership-panel'),
        help: __('One tip, a different one each day, with a “Show all tips” button.', 'partnership-panel'),
        checked: a.tipOfTheDay,
        onChange: (tipOfTheDay) => set({ tipOfTheDay }),
      }),
    );
  }

  function lookSettings({ attributes: a, setAttributes: set }) {
    return el(
      PanelBody,
      { title: __('Layout and colours', 'partnership-panel'), initialOpen: false },
      el(SelectControl, {
        label: __('Layout', 'partnership-panel'),
        value: a.layout,
        options: [
          { value: '', label: __('List', 'partnership-panel') },
          { value: 'accordion', label: __('Accordion (each section opens and closes)', 'partnership-panel') },
          { value: 'cards', label: __('Cards (sections side by side)', 'partnership-panel') },
          { value: 'compact', label: __('Compact (for a sidebar)', 'partnership-panel') },
        ],
        onChange: (layout) => set({ layout }),
      }),
      (a.layout === 'accordion' || a.layout === 'compact') &&
        el(ToggleControl, {
          label: __('Sections start open', 'partnership-panel'),
          checked: a.open,
          onChange: (open) => set({ open }),
        }),
      el(SelectControl, {
        label: __('Theme', 'partnership-panel'),
        value: a.theme,
        options: [
          { value: '', label: __('Light', 'partnership-panel') },
          { value: 'dark', label: __('Dark', 'partnership-panel') },
          { value: 'auto', label: __('The reader’s setting (light or dark)', 'partnership-panel') },
        ],
        onChange: (theme) => set({ theme }),
      }),
      el(SelectControl, {
        label: __('Card style', 'partnership-panel'),
        help: __('Plain: no border, background or coloured band; your theme’s text colour.', 'partnership-panel'),
        value: a.variant,
        options: [
          { value: '', label: __('Card', 'partnership-panel') },
          { value: 'plain', label: __('Plain', 'partnership-panel') },
        ],
        onChange: (variant) => set({ variant }),
      }),
      el(
        BaseControl,
        {
          id: 'partnership-panel-accent',
          label: __('Accent colour', 'partnership-panel'),
          help: __('Text on it stays readable: white, or black where white would not be.', 'partnership-panel'),
        },
        el(ColorPalette, {
          colors: ACCENTS,
          value: a.accent || undefined,
          disableAlpha: true,
          onChange: (accent) => set({ accent: accent || '' }),
        }),
      ),
    );
  }

  function headingSettings({ attributes: a, setAttributes: set }) {
    return el(
      PanelBody,
      { title: __('Heading', 'partnership-panel'), initialOpen: false },
      el(TextControl, {
        label: __('Heading', 'partnership-panel'),
        help: __('Empty: the fact sheet’s title.', 'partnership-panel'),
        value: a.heading,
        onChange: (heading) => set({ heading }),
      }),
      el(SelectControl, {
        label: __('Heading level', 'partnership-panel'),
        help: __('Headings inside are one level deeper.', 'partnership-panel'),
        value: String(a.headingLevel || 2),
        options: [1, 2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: `H${n}` })),
        onChange: (level) => set({ headingLevel: Number(level) === 2 ? 0 : Number(level) }),
      }),
    );
  }

  function resourceSettings({ attributes: a, setAttributes: set }) {
    const resources = a.resources || [];
    const change = (i, field, value) =>
      set({ resources: resources.map((r, j) => (j === i ? { ...r, [field]: value } : r)) });
    const field = (i, name, label, props = {}) =>
      el(TextControl, { label, value: resources[i][name] || '', onChange: (v) => change(i, name, v), ...props });
    return el(
      PanelBody,
      { title: __('Resources', 'partnership-panel'), initialOpen: false },
      el(ToggleControl, {
        label: __('Leave out the resource list', 'partnership-panel'),
        checked: a.noResources,
        onChange: (noResources) => set({ noResources }),
      }),
      !a.noResources &&
        el(ToggleControl, {
          label: __('Only my own resources', 'partnership-panel'),
          help: __('Leaves out the fact sheet’s (CADRE, NCFL).', 'partnership-panel'),
          checked: a.noDefaultResources,
          onChange: (noDefaultResources) => set({ noDefaultResources }),
        }),
      !a.noResources &&
        !a.noDefaultResources &&
        el(ToggleControl, {
          label: __('My own resources first', 'partnership-panel'),
          checked: a.resourcesFirst === 'local',
          onChange: (first) => set({ resourcesFirst: first ? 'local' : '' }),
        }),
      !a.noResources &&
        resources.map((r, i) =>
          el(
            'fieldset',
            { key: i, className: 'partnership-panel-resource' },
            el('legend', null, r.name || __('New resource', 'partnership-panel')),
            field(i, 'name', __('Name (required)', 'partnership-panel')),
            field(i, 'phone', __('Phone', 'partnership-panel'), { type: 'tel' }),
            field(i, 'href', __('Website (https://…) or email (mailto:…)', 'partnership-panel'), { type: 'url' }),
            el(TextareaControl, {
              label: __('Description', 'partnership-panel'),
              value: r.description || '',
              rows: 2,
              onChange: (v) => change(i, 'description', v),
            }),
            el(
              Button,
              {
                variant: 'link',
                isDestructive: true,
                onClick: () => set({ resources: resources.filter((_, j) => j !== i) }),
              },
              __('Remove this resource', 'partnership-panel'),
            ),
          ),
        ),
      !a.noResources &&
        el(
          Button,
          {
            variant: 'secondary',
            onClick: () => set({ resources: [...resources, { name: '', phone: '', href: '', description: '' }] }),
          },
          __('Add a resource', 'partnership-panel'),
        ),
    );
  }

  blocks.registerBlockType(BLOCK, {
    edit(props) {
      return el(
        element.Fragment,
        null,
        el(
          InspectorControls,
          null,
          contentSettings(props),
          lookSettings(props),
          headingSettings(props),
          resourceSettings(props),
        ),
        el('div', useBlockProps(), el(ServerSideRender, { block: BLOCK, attributes: props.attributes })),
      );
    },
    save: () => null,
  });
})(
  window.wp.blocks,
  window.wp.blockEditor,
  window.wp.components,
  window.wp.element,
  window.wp.i18n,
  window.wp.serverSideRender,
);
