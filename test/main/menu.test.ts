// The application menu: File/Edit/View/Help in Vietnamese (English on request), standard shortcuts, menu commands.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, resetElectron } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).electronModule());

const { buildMenuTemplate, installMenu } = await import('../../electron/main/menu.js');
const { labelsFor } = await import('../../electron/main/labels.js');

type Item = ReturnType<typeof buildMenuTemplate>[number];

function submenu(item: Item | undefined): Item[] {
  const items = item?.submenu;
  if (!Array.isArray(items)) throw new Error(`no submenu in ${item?.label}`);
  return items;
}

function find(items: Item[], predicate: (item: Item) => boolean): Item {
  const found = items.find(predicate);
  if (!found) throw new Error('menu item not found');
  return found;
}

const roles = (items: Item[]) => items.filter((item) => item.role).map((item) => item.role);

beforeEach(() => resetElectron());

describe('the application menu', () => {
  it('has File, Edit, View and Help with Vietnamese labels by default', () => {
    const sendCommand = vi.fn();
    const template = buildMenuTemplate({ labels: labelsFor('vi'), isDev: false, platform: 'win32', sendCommand });
    expect(template.map((item) => item.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);

    const [file, edit, view, help] = template;
    const newItem = find(submenu(file), (item) => item.label === 'Mới');
    expect(newItem.accelerator).toBe('CmdOrCtrl+N');
    expect(find(submenu(file), (item) => item.role === 'quit').label).toBe('Thoát');

    expect(roles(submenu(edit))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(submenu(edit).flatMap((item) => (item.role ? [item.label] : []))).toEqual([
      'Hoàn tác',
      'Làm lại',
      'Cắt',
      'Sao chép',
      'Dán',
      'Chọn tất cả',
    ]);
    expect(roles(submenu(view))).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']);

    const about = find(submenu(help), (item) => item.label === 'Giới thiệu Spokesdesk');
    const click = (item: Item) => {
      if (!item.click) throw new Error('no click');
      // The handlers ignore Electron's (menuItem, window, event) arguments.
      Reflect.apply(item.click, undefined, []);
    };
    click(newItem);
    click(about);
    expect(sendCommand.mock.calls).toEqual([['newItem'], ['showAbout']]);
  });

  it('switches to English labels', () => {
    const template = buildMenuTemplate({ labels: labelsFor('en'), isDev: false, platform: 'linux', sendCommand: vi.fn() });
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(submenu(template[0]).map((item) => item.label)).toContain('New');
  });

  it('offers reload and developer tools only in development', () => {
    const dev = buildMenuTemplate({ labels: labelsFor('vi'), isDev: true, platform: 'linux', sendCommand: vi.fn() });
    expect(roles(submenu(dev[2]))).toEqual(['reload', 'toggleDevTools', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']);
  });

  it('follows the macOS layout there (application menu with Quit, Window menu)', () => {
    const template = buildMenuTemplate({ labels: labelsFor('vi'), isDev: false, platform: 'darwin', sendCommand: vi.fn() });
    expect(template.map((item) => item.label)).toEqual(['Spokesdesk', 'Tệp', 'Sửa', 'Xem', 'Cửa sổ', 'Trợ giúp']);
    expect(roles(submenu(template[0]))).toContain('quit');
    expect(roles(submenu(template[1]))).toEqual([]);
  });

  it('is installed as the application menu', () => {
    installMenu({ labels: labelsFor('vi'), isDev: false, platform: 'win32', sendCommand: vi.fn() });
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(electron.Menu.buildFromTemplate.mock.results[0]?.value);
  });
});
