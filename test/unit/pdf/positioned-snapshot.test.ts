// Snapshot of the positioned boxes (not PDF bytes) of the canonical packet: any change to layout shows up as a readable diff.
import { describe, expect, it } from 'vitest';
import type { DrawItem, PositionedPage } from '../../../shared/pdf/layout/types.js';
import { exportFixture } from './helpers.js';

const r = (n: number): string => (Math.round(n * 10) / 10).toFixed(1);

function describeItem(item: DrawItem): string {
  switch (item.kind) {
    case 'text':
      return `T ${r(item.x)},${r(item.y)} ${item.font} ${r(item.size)} w${r(item.width)} "${item.parts.map((p) => (typeof p === 'string' ? p : `[${r(p)}]`)).join('')}"`;
    case 'line':
      return `L ${r(item.x1)},${r(item.y1)} ${r(item.x2)},${r(item.y2)} w${r(item.width)}${item.dotted ? ' dotted' : ''}`;
    case 'rect':
      return `R ${r(item.x)},${r(item.y)} ${r(item.w)}x${r(item.h)}${item.fill === null ? '' : ` fill ${item.fill}`}${item.stroke ? ' stroke' : ''}`;
    case 'watermark':
      return `W "${item.text}" ${r(item.cx)},${r(item.cy)} ${item.angle}°`;
  }
}

function describePage(page: PositionedPage): string {
  const links = page.links.map((l) => `A ${r(l.x)},${r(l.y)} ${r(l.w)}x${r(l.h)} → ${l.target.kind === 'uri' ? l.target.href : `#${l.target.id}`}`);
  const anchors = page.anchors.map((a) => `# ${a.id} @${r(a.y)}`);
  return [`page ${page.number} (${page.kind})`, ...page.items.map(describeItem), ...links, ...anchors].join('\n');
}

describe('positioned layout', () => {
  it.each(['full', 'handout'] as const)('of the canonical packet (%s) is stable', async (profile) => {
    const result = await exportFixture({ profile });
    expect(result.layout.pages.map(describePage).join('\n\n')).toMatchSnapshot();
  });

  it('with footnotes and the bilingual handout (%s) is stable', async () => {
    const result = await exportFixture({ profile: 'handout', citations: 'footnotes', bilingual: true });
    expect(result.layout.pages.map(describePage).join('\n\n')).toMatchSnapshot();
  });
});
