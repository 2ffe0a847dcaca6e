// English UI strings for links in content: the question before one opens outside the app (merged into en.ts).
import type { linksVi } from './links.vi';

export const linksEn: typeof linksVi = {
  links: {
    confirmTitle: 'Open the link outside the app?',
    confirmBody: 'This link opens in your computer’s browser (or mail program), outside Spokesdesk. Check the address before opening it:',
    addressReadsAs: '{{href}}  (shown as: {{unicode}})',
    confirmOpen: 'Open link',
    openFailed: 'The link could not be opened: {{message}}',
  },
};
