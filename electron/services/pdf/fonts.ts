// Loads the export fonts: an installed Times New Roman (all four styles, full Vietnamese) when allowed, else the bundled Liberation Serif.
import { readFile, access } from 'node:fs/promises';
import path from 'node:path';
import { FontSet, VIETNAMESE_SAMPLE, type FontSource } from '../../../shared/pdf/fonts/font-set.js';
import type { FontStyle } from '../../../shared/pdf/fonts/face.js';

const BUNDLED: Record<FontStyle, string> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};

/** Where Windows, macOS and Linux (msttcorefonts) keep Times New Roman. */
const TIMES_LOCATIONS: ReadonlyArray<Record<FontStyle, string>> = [
  { regular: 'C:\\Windows\\Fonts\\times.ttf', bold: 'C:\\Windows\\Fonts\\timesbd.ttf', italic: 'C:\\Windows\\Fonts\\timesi.ttf', boldItalic: 'C:\\Windows\\Fonts\\timesbi.ttf' },
  {
    regular: '/System/Library/Fonts/Supplemental/Times New Roman.ttf',
    bold: '/System/Library/Fonts/Supplemental/Times New Roman Bold.ttf',
    italic: '/System/Library/Fonts/Supplemental/Times New Roman Italic.ttf',
    boldItalic: '/System/Library/Fonts/Supplemental/Times New Roman Bold Italic.ttf',
  },
  {
    regular: '/Library/Fonts/Times New Roman.ttf',
    bold: '/Library/Fonts/Times New Roman Bold.ttf',
    italic: '/Library/Fonts/Times New Roman Italic.ttf',
    boldItalic: '/Library/Fonts/Times New Roman Bold Italic.ttf',
  },
  {
    regular: '/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf',
    bold: '/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman_Bold.ttf',
    italic: '/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman_Italic.ttf',
    boldItalic: '/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman_Bold_Italic.ttf',
  },
];

async function readAll(files: Record<FontStyle, string>): Promise<Record<FontStyle, Uint8Array>> {
  const [regular, bold, italic, boldItalic] = await Promise.all([files.regular, files.bold, files.italic, files.boldItalic].map((f) => readFile(f)));
  const bytes = (b: Buffer | undefined): Uint8Array => new Uint8Array(b ?? new Uint8Array());
  return { regular: bytes(regular), bold: bytes(bold), italic: bytes(italic), boldItalic: bytes(boldItalic) };
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** The bundled family from resources/fonts. */
export async function bundledFontSource(resourcesDir: string): Promise<FontSource> {
  const files = Object.fromEntries(Object.entries(BUNDLED).map(([style, name]) => [style, path.join(resourcesDir, 'fonts', name)])) as Record<FontStyle, string>;
  return { family: 'Liberation Serif', faces: await readAll(files) };
}

/** An installed Times New Roman whose four styles cover Vietnamese, or null. */
export async function systemTimesSource(locations: ReadonlyArray<Record<FontStyle, string>> = TIMES_LOCATIONS): Promise<FontSource | null> {
  for (const files of locations) {
    const present = await Promise.all(Object.values(files).map(exists));
    if (!present.every(Boolean)) continue;
    try {
      const source: FontSource = { family: 'Times New Roman', faces: await readAll(files) };
      const set = new FontSet(source);
      if (Object.values(set.faces).every((face) => face.covers(VIETNAMESE_SAMPLE))) return source;
    } catch {
      // an unreadable or non-TrueType file: fall back to the bundled font
    }
  }
  return null;
}

async function readExportFonts(resourcesDir: string, useSystemTimesNewRoman: boolean): Promise<FontSet> {
  const system = useSystemTimesNewRoman ? await systemTimesSource() : null;
  return new FontSet(system ?? (await bundledFontSource(resourcesDir)));
}

/** Parsed font sets by resources folder and setting: reading and parsing four faces is done once per process. */
const loaded = new Map<string, Promise<FontSet>>();

/**
 * The fonts an export uses, following the "use an installed Times New Roman" setting. The set is shared by later
 * exports (its glyph and width caches stay warm); a failed load is forgotten so the next export tries again.
 */
export function loadExportFonts(resourcesDir: string, useSystemTimesNewRoman: boolean): Promise<FontSet> {
  const key = `${useSystemTimesNewRoman ? 'system' : 'bundled'}:${resourcesDir}`;
  let fonts = loaded.get(key);
  if (!fonts) {
    fonts = readExportFonts(resourcesDir, useSystemTimesNewRoman);
    loaded.set(key, fonts);
    fonts.catch(() => loaded.delete(key));
  }
  return fonts;
}
