// How the UI names a stored directive in links and messages: its short citation, with the symbol for laws cited by name.
import { format, type CitationDirective } from '../../../shared/citations/index';
import { directiveTypeInfo } from '../../../shared/directives/types';

/** "Kết luận số 57-KL/TW"; "Luật Báo chí (126/2025/QH15)", since two Press Laws share the short citation "Luật Báo chí". */
export function citedName(directive: CitationDirective): string {
  const short = format(directive, 'short');
  return directiveTypeInfo(directive.type).byName === true && directive.symbol !== '' && !short.includes(directive.symbol) ? `${short} (${directive.symbol})` : short;
}
