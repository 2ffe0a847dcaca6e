// How a directive's type, status and name read in the current language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DIRECTIVE_TYPES } from '../../../shared/directives/types';
import type { Directive } from '../../../shared/model/directive';
import { localeOf } from '../i18n/format';

const ENGLISH_TYPE = new Map<string, string>(DIRECTIVE_TYPES.map((type) => [type.vi, type.en]));
const NAME_TITLE_LENGTH = 60;

export interface DirectiveLabels {
  language: 'vi' | 'en';
  collator: Intl.Collator;
  typeLabel(type: string): string;
  /** "Kết luận 57-KL/TW", or the type and the start of the subject when there is no symbol. */
  nameOf(directive: Directive): string;
}

export function useDirectiveLabels(): DirectiveLabels {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  return useMemo(() => {
    const typeLabel = (type: string) => (language === 'en' ? (ENGLISH_TYPE.get(type) ?? type) : type);
    const nameOf = (directive: Directive) => {
      const rest = directive.symbol || truncate(directive.title, NAME_TITLE_LENGTH);
      return `${typeLabel(directive.type)} ${rest}`;
    };
    return { language, collator: new Intl.Collator(localeOf(language), { numeric: true, sensitivity: 'base' }), typeLabel, nameOf };
  }, [language]);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
