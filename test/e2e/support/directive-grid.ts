// Finds rows of the directive grid by accessible names: the grid by its label, a row by its exact symbol cell.
import type { Locator, Page } from 'playwright-core';

export function directiveGrid(page: Page, gridLabel: string): Locator {
  return page.getByRole('grid', { name: gridLabel });
}

/** The row whose "Số, ký hiệu" cell is exactly `symbol` (titles citing the symbol do not match). */
export function directiveRow(page: Page, gridLabel: string, symbol: string): Locator {
  return directiveGrid(page, gridLabel)
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell', { name: symbol, exact: true }) });
}
