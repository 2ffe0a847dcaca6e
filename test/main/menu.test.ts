// The application menu: File/Edit/View/Help in Vietnamese (English on request), the shared shortcuts, recent packets, menu commands.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_COMMANDS, acceleratorOf, commandForKey, COMMANDS } from '../../shared/commands/index.js';
import { electron, resetElectron } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).electronModule());

const { buildMenuTemplate, installMenu } = await import('../../electron/main/menu.js');
const { labelsFor } = await import('../../electron/main/labels.js');

type Options = Parameters<typeof buildMenuTemplate>[0];
type Item = ReturnType<typeof buildMenuTemplate>[number];

function submenu(item: Item | undefined): Item[] {
  const items = item?.submenu;
  if (!Array.isArray(items)) throw new Error(`no submenu in ${item?.label}`);
  return items;
}

function find(items: Item[], label: string): Item {
  const found = items.find((item) => item.label === label);
  if (!found) throw new Error(`menu item ${label} not found`);
  return found;
}

function click(item: Item): void {
  if (!item.click) throw new Error(`no click on ${item.label}`);
  // The handlers ignore Electron's (menuItem, window, event) arguments.
  Reflect.apply(item.click, undefined, []);
}

const roles = (items: Item[]) => items.filter((item) => item.role).map((item) => item.role);
const labels = (items: Item[]) => items.filter((item) => item.type !== 'separator').map((item) => item.label);

function template(overrides: Partial<Options> = {}) {
  return buildMenuTemplate({ labels: labelsFor('vi'), isDev: false, platform: 'win32', recent: [], sendCommand: vi.fn(), importExchangeFile: vi.fn(), commandsEnabled: true, ...overrides });
}

beforeEach(() => resetElectron());

describe('the application menu', () => {
  it('has File, Edit, View and Help with Vietnamese labels and the shortcuts of the shared command table', () => {
    const menus = template();
    expect(menus.map((item) => item.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    const [file, edit, view] = menus;
    expect(labels(submenu(file))).toEqual(['Gói mới', 'Mở gần đây', 'Lưu phiên bản', 'Xuất PDF…', 'In…', 'Nhập tệp trao đổi…', 'Thoát']);
    expect(submenu(file).map((item) => item.accelerator).filter(Boolean)).toEqual(['CmdOrCtrl+N', 'CmdOrCtrl+S', 'CmdOrCtrl+E', 'CmdOrCtrl+P', 'CmdOrCtrl+Q']);
    expect(find(submenu(file), 'Thoát').role).toBe('quit');

    expect(roles(submenu(edit))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(labels(submenu(edit))).toEqual(['Hoàn tác', 'Làm lại', 'Cắt', 'Sao chép', 'Dán', 'Chọn tất cả', 'Tìm trong gói', 'Tìm kiếm mọi nơi']);
    expect(find(submenu(edit), 'Tìm trong gói').accelerator).toBe('CmdOrCtrl+F');
    expect(find(submenu(edit), 'Tìm kiếm mọi nơi').accelerator).toBe('CmdOrCtrl+K');

    expect(roles(submenu(view))).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']);
    expect(submenu(view).slice(0, 3).map((item) => item.accelerator)).toEqual(['CmdOrCtrl+=', 'CmdOrCtrl+-', 'CmdOrCtrl+0']);
  });

  it('greys every item that goes to the page during the first-run wizard, and only those', () => {
    const sendCommand = vi.fn();
    const menus = template({ platform: 'darwin', commandsEnabled: false, recent: [{ id: 'packet0001', title: 'Họp báo tháng 11' }], sendCommand });
    const items = menus.flatMap((menu) => submenu(menu));
    const toPage = items.filter((item) => item.click !== undefined);
    expect(toPage.map((item) => item.label)).toEqual(expect.arrayContaining(['Gói mới', 'Lưu phiên bản', 'Nhập tệp trao đổi…', 'Tìm kiếm mọi nơi']));
    expect(toPage.filter((item) => item.enabled !== false)).toEqual([]);
    expect(find(items, 'Mở gần đây').enabled).toBe(false);
    // Editing, zoom and quit work in the wizard's own fields.
    expect(items.filter((item) => item.role && item.enabled === false)).toEqual([]);
    expect(template({ commandsEnabled: true }).flatMap((menu) => submenu(menu)).filter((item) => item.enabled === false)).toEqual([]);
  });

  it('shows every command of the shared table with the table’s label and accelerator', () => {
    const all = template().flatMap((menu) => submenu(menu));
    for (const command of APP_COMMANDS) {
      const item = find(all, COMMANDS[command].label.vi);
      expect(item.accelerator).toBe(acceleratorOf(command));
    }
  });

  it('maps in the renderer exactly the keys the menu shows (Ctrl or Cmd, no Alt or Shift, Caps Lock ignored)', () => {
    const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }>) =>
      commandForKey({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers });
    expect(APP_COMMANDS).toEqual(['newPacket', 'saveVersion', 'exportPdf', 'print', 'findInPacket', 'searchEverywhere']);
    for (const command of APP_COMMANDS) {
      const letter = acceleratorOf(command).replace('CmdOrCtrl+', '');
      expect(press(letter.toLowerCase(), { ctrlKey: true })).toBe(command);
      expect(press(letter.toLowerCase(), { metaKey: true })).toBe(command);
      expect(press(letter, { ctrlKey: true })).toBe(command);
      expect(press(letter.toLowerCase(), { ctrlKey: true, shiftKey: true })).toBeNull();
      expect(press(letter.toLowerCase(), { ctrlKey: true, altKey: true })).toBeNull();
      expect(press(letter.toLowerCase(), {})).toBeNull();
    }
    expect(press('q', { ctrlKey: true })).toBeNull();
  });

  it('sends the command of each item to the renderer; import asks main to choose the file', () => {
    const sendCommand = vi.fn();
    const importExchangeFile = vi.fn();
    const [file, edit, , help] = template({ sendCommand, importExchangeFile });
    for (const label of ['Gói mới', 'Lưu phiên bản', 'Xuất PDF…', 'In…']) click(find(submenu(file), label));
    for (const label of ['Tìm trong gói', 'Tìm kiếm mọi nơi']) click(find(submenu(edit), label));
    click(find(submenu(help), 'Giới thiệu Spokesdesk'));
    expect(sendCommand.mock.calls).toEqual([['newPacket'], ['saveVersion'], ['exportPdf'], ['print'], ['findInPacket'], ['searchEverywhere'], ['showAbout']]);
    expect(importExchangeFile).not.toHaveBeenCalled();
    click(find(submenu(file), 'Nhập tệp trao đổi…'));
    expect(importExchangeFile).toHaveBeenCalledTimes(1);
    expect(sendCommand).toHaveBeenCalledTimes(7);
  });

  it('lists recent packets, at most eight, in the given order; clicking one opens it; the list can be cleared', () => {
    const sendCommand = vi.fn();
    const recent = Array.from({ length: 10 }, (_, i) => ({ id: `packet-${i}`, title: `Họp báo tháng ${i + 1} & quý` }));
    const [file] = template({ recent, sendCommand });
    const items = submenu(find(submenu(file), 'Mở gần đây'));
    // "&" would become an access key on Windows: the title keeps it literally.
    expect(labels(items)).toEqual([...recent.slice(0, 8).map((p) => p.title.replace('&', '&&')), 'Xoá danh sách']);
    click(items[2] ?? {});
    click(find(items, 'Xoá danh sách'));
    expect(sendCommand.mock.calls).toEqual([['openPacket', 'packet-2'], ['clearRecent']]);
  });

  it('says so when no packet was opened yet, and cannot clear an empty list', () => {
    const items = submenu(find(submenu(template()[0]), 'Mở gần đây'));
    expect(items[0]).toMatchObject({ label: 'Chưa mở gói nào', enabled: false });
    expect(find(items, 'Xoá danh sách').enabled).toBe(false);
  });

  it('switches to English labels', () => {
    const menus = template({ labels: labelsFor('en'), platform: 'linux' });
    expect(menus.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(submenu(menus[0]))).toEqual(['New Packet', 'Open Recent', 'Save Version', 'Export PDF…', 'Print…', 'Import Exchange File…', 'Quit']);
    expect(labels(submenu(menus[1]))).toContain('Find in Packet');
  });

  it('offers reload and developer tools only in development', () => {
    const dev = template({ isDev: true, platform: 'linux' });
    expect(roles(submenu(dev[2]))).toEqual(['reload', 'toggleDevTools', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']);
  });

  it('follows the macOS layout there (application menu with Quit, Window menu)', () => {
    const menus = template({ platform: 'darwin' });
    expect(menus.map((item) => item.label)).toEqual(['Spokesdesk', 'Tệp', 'Sửa', 'Xem', 'Cửa sổ', 'Trợ giúp']);
    expect(roles(submenu(menus[0]))).toContain('quit');
    expect(roles(submenu(menus[1]))).toEqual([]);
  });

  it('is installed as the application menu', () => {
    installMenu({ labels: labelsFor('vi'), isDev: false, platform: 'win32', recent: [], sendCommand: vi.fn(), importExchangeFile: vi.fn(), commandsEnabled: true });
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(electron.Menu.buildFromTemplate.mock.results[0]?.value);
  });
});
