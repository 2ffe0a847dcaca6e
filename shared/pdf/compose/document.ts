// Composes a resolved packet into blocks for one profile: sections, auto sections, the list of cited directives.
import type { PageGeometry } from '../adjust.js';
import type { Block, OutlineTarget } from '../flow/types.js';
import type { LayoutPreset } from '../presets.js';
import type { PacketSection } from '../../model/packet.js';
import { Composer, type ComposeSettings, type ExcludedCounts, type ExportWarning } from './composer.js';
import { renderQa, renderTalkingPoint } from './embedded.js';
import { renderNode } from './nodes.js';
import type { ResolvedDirective, ResolvedPacket } from './resolved.js';
import { headingFrame } from './styles.js';
import { fillPlaceholders } from './variables.js';

export interface ComposedDocument {
  /** The packet title with its placeholders filled. */
  title: string;
  blocks: Block[];
  /** Section titles and headings with bookmarks, in reading order. */
  outline: OutlineTarget[];
  cited: ResolvedDirective[];
  warnings: ExportWarning[];
  excluded: ExcludedCounts;
}

function sectionTitle(c: Composer, title: string, internal: boolean): void {
  c.withFrame({ ...headingFrame(c, 0), internal }, () => {
    const heading = c.preset.headings[0];
    const text = heading?.uppercase ? title.toLocaleUpperCase('vi') : title;
    const block = c.paragraph(() => c.text(text), { keepWithNext: true, spaceBefore: heading?.spaceBeforePt ?? 12 });
    block.outline = c.outlineFor(title, 1);
  });
}

function fill(c: Composer, text: string): string {
  return fillPlaceholders(text, c.resolved, (name) => c.warn('unfilled_variable', name));
}

function autoContent(c: Composer, section: PacketSection): void {
  const auto = section.auto;
  if (!auto || auto.kind === 'cited_directives') return;
  if (auto.kind === 'talking_points_by_tag') {
    const points = [...c.resolved.talkingPoints.values()]
      .filter((p) => p.tags.includes(auto.tag))
      .sort((a, b) => Number(b.houseRole === 'primary') - Number(a.houseRole === 'primary') || a.title.localeCompare(b.title, 'vi'));
    for (const p of points) renderTalkingPoint(c, { talkingPointId: p.id, revision: p.revision });
  } else {
    const items = [...c.resolved.qaItems.values()].filter((q) => q.tags.includes(auto.tag)).sort((a, b) => a.question.localeCompare(b.question, 'vi'));
    for (const q of items) renderQa(c, { qaId: q.id, revision: q.revision });
  }
}

function citedList(c: Composer): void {
  c.withFrame({ role: 'cited-list', outline: false }, () => {
    c.citations.cited.forEach((directive, index) => {
      c.prefixNext([{ kind: 'text', text: `${index + 1}.`, style: c.baseStyle() }]);
      c.paragraph(() => c.text(directive.citation.full));
    });
  });
}

export function composePacket(resolved: ResolvedPacket, settings: ComposeSettings, preset: LayoutPreset, geometry: PageGeometry): ComposedDocument {
  const c = new Composer(resolved, settings, preset, geometry, renderNode);
  const title = fill(c, resolved.packet.title);
  let listAt: number | null = null;
  for (const section of resolved.packet.sections) {
    if (section.internalOnly && settings.profile === 'handout') {
      c.excluded.sections++;
      continue;
    }
    c.withFrame({ internal: section.internalOnly }, () => {
      sectionTitle(c, fill(c, section.title), section.internalOnly);
      c.children(section.content);
      autoContent(c, section);
    });
    if (section.auto?.kind === 'cited_directives') listAt = c.root.length;
  }
  if (c.citations.cited.length > 0) {
    const listStart = c.root.length;
    if (listAt === null) sectionTitle(c, c.labels.citedList, false);
    citedList(c);
    if (listAt !== null) {
      const listBlocks = c.root.splice(listStart);
      c.root.splice(listAt, 0, ...listBlocks);
    }
  }
  const outline = c.root.flatMap((b) => (b.kind === 'paragraph' && b.outline ? [b.outline] : []));
  return { title, blocks: c.root, outline, cited: c.citations.cited, warnings: c.warnings, excluded: c.excluded };
}
