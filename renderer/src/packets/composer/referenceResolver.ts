// The editor's reference look-ups for a packet: citations from the directive library, cards from talking points and Q&A, variable values.
import { format } from '../../../../shared/citations';
import { isStale } from '../../../../shared/library/staleness';
import { plainText } from '../../../../shared/model/rich-text';
import type { ReferenceResolver } from '../../editor/resolver';
import type { KeptReferences } from './keptReferences';
import type { ComposerLibrary } from './useComposerLibrary';

export interface ResolverInput {
  library: ComposerLibrary;
  variables: Readonly<Record<string, string>>;
  kept: KeptReferences;
  today: string;
}

export function buildResolver({ library, variables, kept, today }: ResolverInput): ReferenceResolver {
  const labels = new Map((library.template?.variables ?? []).map((v) => [v.name, v.label]));
  return {
    directive: (id) => {
      const directive = library.directives.get(id);
      if (!directive) return null;
      return {
        short: format(directive, 'short'),
        full: format(directive, 'full'),
        status: directive.status,
        excerptLabel: (excerptId) => directive.excerpts.find((e) => e.id === excerptId)?.reference ?? null,
      };
    },
    talkingPoint: (id) => {
      const point = library.talkingPoints.get(id);
      if (!point) return null;
      return { title: point.title, text: plainText(point.message), currentRevision: point.revision, approved: point.approval.status === 'approved', stale: isStale(point, library.directives, today) };
    },
    qa: (id) => {
      const item = library.qaItems.get(id);
      if (!item) return null;
      return { title: item.question, text: plainText(item.answer), currentRevision: item.revision, approved: item.approval.status === 'approved', stale: isStale(item, library.directives, today) };
    },
    variable: (name) => {
      const value = variables[name];
      const label = labels.get(name);
      if (label === undefined && value === undefined) return null;
      return { label: label ?? name, value: value || undefined };
    },
    keepReference: (kind, id, revision) => kept.keep(kind, id, revision),
    isKept: (kind, id, revision) => kept.has(kind, id, revision),
  };
}
