/**
 * The "Partnership tips panel" block in the editor: its settings in the sidebar, with WordPress's own
 * components, and a live preview rendered by the server (the same element and fallback as the page),
 * which the bundle, loaded in the editor too, turns into the card. Plain JavaScript against WordPress's
 * globals: no build step. The block is dynamic: it saves nothing but its attributes, which the plugin's
 * PHP registers from attributes.json (block.json lists none); the values and ranges the settings offer
 * come from there too, through window.partnershipPanelBlock.
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
  // From the plugin's PHP (partnership_panel_editor_data): the languages, the sections, and each
  // attribute's rule by its option name (from attributes.json): its kind, values, range and default.
  const data = window.partnershipPanelBlock;
  const rules = data.attributes;
  const BLOCK = 'partnership-panel/panel';
  const ACCENTS = [
    { name: __('Blue', 'partnership-panel'), color: '#0b5cad' },
    { name: __('Green', 'partnership-panel'), color: '#1d6b3a' },
    { name: __('Plum', 'partnership-panel'), color: '#7a1f5c' },
    { name: __('Rust', 'partnership-panel'), color: '#a33a12' },
  ];

  /** The section ids of the `sections` attribute. */
  const idsOf = (sections) => (sections || '').split(/[\s,]+/).filter(Boolean);

  /**
   * The words for a keyword attribute's values, by value (the values themselves come from the rules).
   * A value without words here is offered as written.
   */
  const WORDS = {
    audience: {
      all: __('Families and professionals', 'partnership-panel'),
      families: __('Families', 'partnership-panel'),
      professionals: __('Professionals', 'partnership-panel'),
    },
    layout: {
      list: __('List', 'partnership-panel'),
      accordion: __('Accordion (each section opens and closes)', 'partnership-panel'),
      cards: __('Cards (sections side by side)', 'partnership-panel'),
      compact: __('Compact (for a sidebar)', 'partnership-panel'),
    },
    theme: {
      light: __('Light', 'partnership-panel'),
      dark: __('Dark', 'partnership-panel'),
      auto: __('The reader’s setting (light or dark)', 'partnership-panel'),
    },
    variant: {
      card: __('Card', 'partnership-panel'),
      plain: __('Plain', 'partnership-panel'),
    },
    resourcesFirst: {
      'fact-sheet': __('The fact sheet’s', 'partnership-panel'),
      local: __('My own', 'partnership-panel'),
    },
  };
  /** A keyword attribute's values, as a SelectControl's options. */
  const choices = (name) =>
    (rules[name]?.values || []).map((value) => ({ value, label: WORDS[name]?.[value] || value }));
  /** The whole numbers from an integer attribute's min to its max. */
  const range = (name) => Array.from({ length: rules[name].max - rules[name].min + 1 }, (_, i) => rules[name].min + i);

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
        value: a.lang || '',
        options: [{ value: '', label: __('The page’s language', 'partnership-panel') }, ...data.languages],
        onChange: (lang) => set({ lang }),
      }),
      el(SelectControl, {
        label: __('Audience', 'partnership-panel'),
        value: a.audience,
        options: choices('audience'),
        onChange: (audience) => set({ audience }),
      }),
      el(
        BaseControl,
        {
          id: 'partnership-panel-sections',
          label: __('Sections', 'partnership-panel'),
          help: __('None ticked shows every section of the audience.', 'partnership-panel'),
        },
        // The sections of the chosen audience; every section for one that has none of its own (all).
        data.sections
          .filter((s) => s.audience === a.audience || !data.sections.some((t) => t.audience === a.audience))
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
          'Empty (Reset) shows every tip; with fewer, each shortened section gets a “Show N more tips” button.',
          'partnership-panel',
        ),
        value: a.limit,
        // The limit's range, up to the most tips a section has (more would shorten none).
        min: rules.limit.min,
        max: Math.min(rules.limit.max, Math.max(rules.limit.min, ...data.sections.map((s) => s.tips))),
        allowReset: true,
        onChange: (limit) => set({ limit }),
      }),
      el(ToggleControl, {
        label: __('Tip of the day', 'partnership-panel'),
        help: __('One tip, a different one each day, with a “Show all tips” button.', 'partnership-panel'),
        checked: a.tipOfTheDay,
        onChange: (tipOfTheDay) => set({ tipOfTheDay }),
      }),
      el(ToggleControl, {
        label: __('Families’ tips first', 'partnership-panel'),
        help: __(
          'For pages written to families: “What Families Can Do” before the professionals’ tips.',
          'partnership-panel',
        ),
        checked: a.familiesFirst,
        onChange: (familiesFirst) => set({ familiesFirst }),
      }),
      el(ToggleControl, {
        label: __('Leave out the contents list', 'partnership-panel'),
        help: __('“On this page” names each section and the resources.', 'partnership-panel'),
        checked: a.noContents,
        onChange: (noContents) => set({ noContents }),
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
        options: choices('layout'),
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
        options: choices('theme'),
        onChange: (theme) => set({ theme }),
      }),
      el(SelectControl, {
        label: __('Card style', 'partnership-panel'),
        help: __('Plain: no border, background or coloured band; your theme’s text colour.', 'partnership-panel'),
        value: a.variant,
        options: choices('variant'),
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
        value: a.heading || '',
        onChange: (heading) => set({ heading }),
      }),
      el(SelectControl, {
        label: __('Heading level', 'partnership-panel'),
        help: __('Headings inside are one level deeper.', 'partnership-panel'),
        value: String(a.headingLevel),
        options: range('headingLevel').map((n) => ({ value: String(n), label: `H${n}` })),
        onChange: (level) => set({ headingLevel: Number(level) }),
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
        el(SelectControl, {
          label: __('Resources first', 'partnership-panel'),
          value: a.resourcesFirst,
          options: choices('resourcesFirst'),
          onChange: (resourcesFirst) => set({ resourcesFirst }),
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
