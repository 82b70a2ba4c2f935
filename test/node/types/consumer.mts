// A consumer's TypeScript, checked by test/node/types.test.mjs with `tsc -p test/node/types` against the
// built declarations (dist/lib/*.d.ts) through the package's own name and "exports", as an app sees them.
import 'partnership-panel/define';
import {
  PartnershipPanel,
  PartnershipTips,
  type PartnershipLinkDetail,
  type PartnershipEventMap,
} from 'partnership-panel';

const panel: PartnershipPanel | null = document.querySelector('partnership-panel');
const tips: PartnershipTips = document.createElement('partnership-tips');
tips.audience = 'families';
tips.tipOfTheDay = true;
const resource = document.createElement('partnership-resource');
resource.setAttribute('name', 'District family liaison');

panel?.addEventListener('partnership-link', (event) => {
  const detail: PartnershipLinkDetail = event.detail;
  const kind: 'phone' | 'email' | 'web' = detail.kind;
  console.log(detail.href, kind, detail.label);
});
tips.addEventListener('partnership-toggle', (event) => {
  const section: string = event.detail.section;
  const open: boolean = event.detail.open;
  console.log(section, open);
});

const handler = (event: PartnershipEventMap['partnership-link']) => event.detail.href;
document.body.addEventListener('partnership-link', handler);

// @ts-expect-error noResources is a boolean
panel!.noResources = 'yes';
// @ts-expect-error the detail has no such field
tips.addEventListener('partnership-toggle', (event) => event.detail.nothing);
