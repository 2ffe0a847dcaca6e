// In-app preview: draws the engine's laid-out pages as SVG (the same positions as the PDF; text in the Times-compatible system serif).
import type { DrawItem, PositionedPage, TextItem } from '../../../shared/pdf/layout/types';

const FONT_WEIGHT = { regular: 'normal', bold: 'bold', italic: 'normal', boldItalic: 'bold' } as const;
const FONT_STYLE = { regular: 'normal', bold: 'normal', italic: 'italic', boldItalic: 'italic' } as const;

/** A text item's spans: strings drawn in order, a number is extra space (points) before the next string (justification). */
function TextRun({ item }: { item: TextItem }) {
  const spans: Array<{ text: string; gap: number }> = [];
  let gap = 0;
  for (const part of item.parts) {
    if (typeof part === 'number') gap += part;
    else {
      spans.push({ text: part, gap });
      gap = 0;
    }
  }
  return (
    <text xmlSpace="preserve" x={item.x} y={item.y} fontSize={item.size} fontWeight={FONT_WEIGHT[item.font]} fontStyle={FONT_STYLE[item.font]} textLength={item.width > 0 ? item.width : undefined} lengthAdjust="spacing">
      {spans.map((span, index) => (
        <tspan key={index} dx={span.gap || undefined}>
          {span.text}
        </tspan>
      ))}
    </text>
  );
}

function Item({ item }: { item: DrawItem }) {
  switch (item.kind) {
    case 'text':
      return <TextRun item={item} />;
    case 'line':
      return <line x1={item.x1} y1={item.y1} x2={item.x2} y2={item.y2} strokeWidth={item.width} strokeDasharray={item.dotted ? `0 ${item.width * 3}` : undefined} strokeLinecap={item.dotted ? 'round' : 'butt'} className="page-preview__line" />;
    case 'rect': {
      const grey = item.fill === null ? 'none' : `rgb(${Math.round(item.fill * 255)} ${Math.round(item.fill * 255)} ${Math.round(item.fill * 255)})`;
      return <rect x={item.x} y={item.y} width={item.w} height={item.h} fill={grey} stroke={item.stroke ? 'black' : 'none'} strokeWidth={item.lineWidth} />;
    }
    case 'watermark': {
      const grey = Math.round(item.gray * 255);
      return (
        <text x={item.cx} y={item.cy} fontSize={item.size} fontWeight="bold" textAnchor="middle" dominantBaseline="central" fill={`rgb(${grey} ${grey} ${grey})`} transform={`rotate(${-item.angle} ${item.cx} ${item.cy})`}>
          {item.text}
        </text>
      );
    }
  }
}

/** A scrolling region: focusable and named, so the pages can be scrolled with the keyboard. */
export function PagePreview({ pages, label, regionLabel }: { pages: readonly PositionedPage[]; label: (page: number) => string; regionLabel: string }) {
  return (
    <div className="page-preview" data-testid="export-preview" role="region" aria-label={regionLabel} tabIndex={0}>
      {pages.map((page) => (
        <svg key={page.number} className="page-preview__page" viewBox={`0 0 ${page.width} ${page.height}`} role="img" aria-label={label(page.number)}>
          <rect x={0} y={0} width={page.width} height={page.height} fill="white" />
          {page.items.map((item, index) => (
            <Item key={index} item={item} />
          ))}
        </svg>
      ))}
    </div>
  );
}
