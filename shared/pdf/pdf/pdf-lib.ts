// pdf-lib through its single-file ES build: the CommonJS entry loads hundreds of modules (over a second at CLI start-up).
export { PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFString } from 'pdf-lib/dist/pdf-lib.esm.min.js';
export type { PDFContext, PDFDict, PDFRef } from 'pdf-lib';
