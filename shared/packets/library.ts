// The library a packet draws on, looked up by id: directives, talking points, Q&A items and (optionally) templates.
import type { Directive } from '../model/directive.js';
import type { QAItem } from '../model/qa-item.js';
import type { TalkingPoint } from '../model/talking-point.js';
import type { Template } from '../model/template.js';

export interface PacketLibrary {
  directives: ReadonlyMap<string, Directive>;
  talkingPoints: ReadonlyMap<string, TalkingPoint>;
  qaItems: ReadonlyMap<string, QAItem>;
  /** Templates by id, for variable defaults and declarations; a packet without its template is checked on its own values. */
  templates: ReadonlyMap<string, Template>;
}

function byId<T extends { id: string }>(items: Iterable<T> = []): Map<string, T> {
  return new Map([...items].map((item) => [item.id, item]));
}

/** Builds the lookup maps from lists (any list may be left out). */
export function libraryOf(documents: {
  directives?: Iterable<Directive>;
  talkingPoints?: Iterable<TalkingPoint>;
  qaItems?: Iterable<QAItem>;
  templates?: Iterable<Template>;
}): PacketLibrary {
  return {
    directives: byId(documents.directives),
    talkingPoints: byId(documents.talkingPoints),
    qaItems: byId(documents.qaItems),
    templates: byId(documents.templates),
  };
}
