// Talking points, Q&A items, directive excerpts, internal notes and citations as they print in each profile.
import type { RunStyle } from '../flow/types.js';
import type { ProofPoint } from '../../model/talking-point.js';
import type { Composer } from './composer.js';
import { qaAt, talkingPointAt } from './resolved.js';

/** Writes a citation: full at first mention, short afterwards (or short with a footnote). */
export function cite(c: Composer, directiveId: string, style: RunStyle = c.baseStyle()): void {
  const directive = c.resolved.directives.get(directiveId);
  if (!directive) {
    c.warn('missing_reference', `directive ${directiveId}`);
    c.text(c.labels.missingDirective, style);
    return;
  }
  const mention = c.citations.mention(directive, c.frame.language);
  c.text(mention.text, style);
  if (mention.footnote) c.footnote(mention.footnote);
}

function missing(c: Composer, what: string): void {
  c.warn('missing_reference', what);
  c.paragraph(() => c.text(c.labels.missingItem));
}

function bold(c: Composer): RunStyle {
  return { ...c.baseStyle(), bold: true };
}

function proofPoints(c: Composer, points: readonly ProofPoint[], english: boolean): void {
  const listed = points.filter((p) => (english ? p.textEn.trim() : p.text.trim()));
  if (listed.length === 0) return;
  c.list('bullet', 1, () => {
    for (const point of listed) {
      c.listItem(() =>
        c.withFrame({ role: 'proof-point' }, () =>
          c.paragraph(() => {
            c.text(english ? point.textEn : point.text);
            const source = point.source;
            if (source.kind === 'none') return;
            const italic = { ...c.baseStyle(), italic: true };
            c.text(` (${c.labels.source}: `, italic);
            if (source.kind === 'directive') {
              if (source.excerpt.trim()) c.text(`${source.excerpt.trim()} `, italic);
              cite(c, source.directiveId, italic);
            } else c.text(source.date ? `${source.name}, ${numericDate(source.date)}` : source.name, italic);
            c.text(')', italic);
          }),
        ),
      );
    }
  });
}

function numericDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function renderTalkingPoint(c: Composer, attrs: { talkingPointId: string; revision: number }): void {
  const point = c.resolved.talkingPoints.get(attrs.talkingPointId);
  if (!point) return missing(c, `talking point ${attrs.talkingPointId}`);
  const internal = point.audience === 'internal';
  if (internal && c.settings.profile === 'handout') {
    c.excluded.internalTalkingPoints++;
    return;
  }
  const { content, changed } = talkingPointAt(point, attrs.revision);
  if (changed) c.warn('changed_since_inserted', `talking point ${point.id}`);
  const label = point.houseRole === 'primary' ? c.labels.primaryMessage : c.labels.talkingPoint;
  c.barred({ internal: c.frame.internal || internal, outline: false }, () => {
    c.withFrame({ role: 'talking-point-title', bold: true }, () =>
      c.paragraph(() => {
        c.text(`${label}: ${content.title}`);
        if (internal) c.text(` (${c.labels.internalAudience})`, { ...c.baseStyle(), bold: false, italic: true });
      }, { keepWithNext: true }),
    );
    c.children(content.message);
    proofPoints(c, content.proofPoints, false);
    if (c.settings.bilingual && (content.messageEn || content.proofPoints.some((p) => p.textEn.trim()))) {
      c.withFrame({ language: 'en' }, () => {
        c.withFrame({ italic: true, role: 'talking-point-title' }, () => c.paragraph(() => c.text(`${c.labels.englishVersion}:`), { keepWithNext: true }));
        if (content.messageEn) c.children(content.messageEn);
        proofPoints(c, content.proofPoints, true);
      });
    }
    if (c.settings.profile === 'full' && point.notes.trim()) renderNoteText(c, point.notes);
  });
}

export function renderQa(c: Composer, attrs: { qaId: string; revision: number }): void {
  const item = c.resolved.qaItems.get(attrs.qaId);
  if (!item) return missing(c, `Q&A ${attrs.qaId}`);
  const sensitive = item.sensitivity === 'sensitive' || item.audience === 'internal';
  if (sensitive && c.settings.profile === 'handout') {
    c.excluded.sensitiveQa++;
    return;
  }
  const { content, changed } = qaAt(item, attrs.revision);
  if (changed) c.warn('changed_since_inserted', `Q&A ${item.id}`);
  const full = c.settings.profile === 'full';
  c.barred({ internal: c.frame.internal || sensitive, outline: false }, () => {
    writeQa(c, content.question, item.outlet, () => c.children(content.answer), full && sensitive, item.kind === 'rebuttal');
    if (full && content.bridgingLines.length > 0) {
      c.withFrame({ italic: true, internal: true }, () => {
        c.paragraph(() => c.text(`${c.labels.bridging}:`), { keepWithNext: true });
        c.list('bullet', 1, () => content.bridgingLines.forEach((line) => c.listItem(() => c.paragraph(() => c.text(line)))));
      });
    }
    const answerEn = content.answerEn;
    if (c.settings.bilingual && content.questionEn.trim() && answerEn) {
      c.withFrame({ language: 'en' }, () => writeQa(c, content.questionEn, item.outlet, () => c.children(answerEn), false, item.kind === 'rebuttal'));
    }
    if (full && item.notes.trim()) renderNoteText(c, item.notes);
  });
}

function writeQa(c: Composer, question: string, outlet: string, answer: () => void, sensitive: boolean, rebuttal: boolean): void {
  c.withFrame({ role: 'qa-question', bold: true }, () =>
    c.paragraph(() => {
      if (rebuttal) c.text(`[${c.labels.rebuttal}] `);
      c.text(`${c.labels.question}${outlet.trim() ? ` (${outlet.trim()})` : ''}: ${question}`);
      if (sensitive) c.text(` [${c.labels.sensitive}]`, { ...c.baseStyle(), italic: true });
    }, { keepWithNext: true }),
  );
  c.prefixNext([{ kind: 'text', text: `${c.labels.answer}:`, style: bold(c) }]);
  answer();
}

export function renderInternalNote(c: Composer, body: () => void): void {
  if (c.settings.profile === 'handout') {
    c.excluded.internalNotes++;
    return;
  }
  c.barred({ internal: true, italic: true, outline: false }, () => {
    c.prefixNext([{ kind: 'text', text: `${c.labels.internalNote}:`, style: { ...c.baseStyle(), bold: true } }]);
    body();
  });
}

function renderNoteText(c: Composer, notes: string): void {
  renderInternalNote(c, () => {
    for (const line of notes.split(/\n+/).filter((l) => l.trim())) c.paragraph(() => c.text(line.trim()));
  });
}

export function renderExcerpt(c: Composer, attrs: { directiveId: string; excerptId: string | null }): void {
  const directive = c.resolved.directives.get(attrs.directiveId);
  if (!directive) return missing(c, `directive ${attrs.directiveId}`);
  const excerpt = attrs.excerptId ? directive.directive.excerpts.find((e) => e.id === attrs.excerptId) : undefined;
  if (attrs.excerptId && !excerpt) c.warn('missing_reference', `excerpt ${attrs.excerptId} of ${attrs.directiveId}`);
  const text = excerpt?.text ?? directive.directive.title;
  const indent = c.geometry.firstLineIndent;
  c.withFrame({ leftIndent: c.frame.leftIndent + indent, rightIndent: c.frame.rightIndent + indent / 2, italic: true, firstLineIndent: 0, role: 'quote' }, () => {
    const paragraphs = text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
    paragraphs.forEach((p, index) => {
      const open = index === 0 ? '“' : '';
      const close = index === paragraphs.length - 1 ? '”' : '';
      c.paragraph(() => c.text(`${open}${p}${close}`), { spaceAfter: index === paragraphs.length - 1 ? 2 : c.frame.spaceAfter });
    });
    c.withFrame({ italic: false, align: 'right', role: 'quote-reference' }, () =>
      c.paragraph(() => {
        c.text(`(${c.labels.excerpt} `);
        if (excerpt?.reference.trim()) c.text(`${excerpt.reference.trim()} `);
        cite(c, directive.directive.id);
        c.text(')');
      }),
    );
  });
}
