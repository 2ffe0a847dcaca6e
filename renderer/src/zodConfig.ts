// zod without code generation: the page's CSP forbids eval, and zod's eval probe would otherwise report a violation.
import { z } from 'zod';

z.config({ jitless: true });
