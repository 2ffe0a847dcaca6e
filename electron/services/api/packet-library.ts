// The library packets draw on, read from the stores: directives, talking points, Q&A, templates (stored and built-in), and display names.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { format } from '../../../shared/citations/index.js';
import { BUNDLED_FILES, parseBuiltInTemplate } from '../../../shared/content/bundle.js';
import type { ReferenceNameTable } from '../../../shared/ipc/features/packets.js';
import type { Directive, QAItem, TalkingPoint, Template } from '../../../shared/model/index.js';
import { libraryOf, type PacketFinding, type PacketLibrary } from '../../../shared/packets/index.js';
import type { ReferenceNames } from '../../../shared/library/doc-text.js';
import type { DataStores } from '../storage/library.js';

export interface LibraryDeps {
  stores: () => DataStores;
  /** The app's resources/ folder, where the built-in templates are shipped. */
  resourcesDir: string;
}

/** Reads the library for packets: templates are the stored ones plus the built-in ones not stored (yet) under their id. */
export class PacketLibrarySource {
  private builtIn: Promise<Template[]> | null = null;

  constructor(private readonly deps: LibraryDeps) {}

  /** The built-in templates shipped in resources/templates (read once). */
  private builtInTemplates(): Promise<Template[]> {
    this.builtIn ??= Promise.all(
      BUNDLED_FILES.templates.map(async (file) => parseBuiltInTemplate(file, JSON.parse(await readFile(path.join(this.deps.resourcesDir, ...file.split('/')), 'utf8')))),
    ).catch((error: unknown) => {
      this.builtIn = null;
      throw error;
    });
    return this.builtIn;
  }

  async templates(): Promise<Template[]> {
    const stored = this.deps.stores().templates.all();
    const ids = new Set(stored.map((t) => t.id));
    return [...stored, ...(await this.builtInTemplates()).filter((t) => !ids.has(t.id))];
  }

  async template(id: string): Promise<Template | undefined> {
    return this.deps.stores().templates.get(id) ?? (await this.builtInTemplates()).find((t) => t.id === id);
  }

  async library(): Promise<PacketLibrary> {
    const stores = this.deps.stores();
    const [talkingPoints, qaItems, templates] = await Promise.all([stores.talkingPoints.ready(), stores.qaItems.ready(), this.templates()]);
    return libraryOf({ directives: stores.directives.all(), talkingPoints: talkingPoints.all(), qaItems: qaItems.all(), templates });
  }
}

export function directiveName(directive: Directive): string {
  return (directive.symbol ? format(directive, 'short') : directive.title).normalize('NFC');
}

/** Names of every library item the findings mention (ids in their params). */
export function namesFor(findings: readonly PacketFinding[], library: PacketLibrary): ReferenceNameTable {
  const names: ReferenceNameTable = { directives: {}, talkingPoints: {}, qaItems: {} };
  const addDirective = (id: unknown): void => {
    const directive = typeof id === 'string' ? library.directives.get(id) : undefined;
    if (directive) names.directives[directive.id] = directiveName(directive);
  };
  const addPoint = (point: TalkingPoint | undefined): void => {
    if (point) names.talkingPoints[point.id] = point.title;
  };
  const addQa = (item: QAItem | undefined): void => {
    if (item) names.qaItems[item.id] = item.question;
  };
  for (const { code, params } of findings) {
    addDirective(params['directiveId']);
    addDirective(params['successorId']);
    const ids = params['directiveIds'];
    if (Array.isArray(ids)) ids.forEach(addDirective);
    const id = typeof params['id'] === 'string' ? params['id'] : '';
    const kind = params['kind'];
    if (code.includes('talking_point') || kind === 'talkingPoint') addPoint(library.talkingPoints.get(id));
    if (code.includes('qa') || kind === 'qa') addQa(library.qaItems.get(id));
  }
  return names;
}

/** Reference names for version comparisons: a directive's short citation, a talking point's title, a question. */
export function referenceNames(library: PacketLibrary): ReferenceNames {
  return {
    directiveName: (id) => {
      const directive = library.directives.get(id);
      return directive ? directiveName(directive) : id;
    },
    talkingPointName: (id) => library.talkingPoints.get(id)?.title ?? id,
    qaName: (id) => library.qaItems.get(id)?.question ?? id,
  };
}
