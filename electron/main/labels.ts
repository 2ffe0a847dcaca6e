// Strings the main process shows itself (menu, dialogs), in Vietnamese and English; the renderer has its own i18n.
import { commandLabels, type AppCommand } from '../../shared/commands/index.js';
import type { Language } from '../../shared/model/index.js';

export interface MainLabels {
  /** The shared command labels (shared/commands), the same words the renderer shows. */
  commands: Record<AppCommand | 'importExchange', string>;
  file: string;
  openRecent: string;
  clearRecent: string;
  noRecentPackets: string;
  exchangeFileFilter: string;
  archiveSaveTitle: string;
  archiveFileFilter: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  toggleDevTools: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  toggleFullScreen: string;
  help: string;
  about: string;
  hide: string;
  hideOthers: string;
  showAll: string;
  window: string;
  minimize: string;
  externalLinkTitle: string;
  externalLinkMessage: string;
  externalLinkDetail: string;
  open: string;
  cancel: string;
  startFailedTitle: string;
  startFailedMessage: string;
  dataFolderInUse: string;
  saveFailedTitle: string;
  saveFailedMessage: string;
}

const vi: Omit<MainLabels, 'commands'> = {
  file: 'Tệp',
  openRecent: 'Mở gần đây',
  clearRecent: 'Xoá danh sách',
  noRecentPackets: 'Chưa mở gói nào',
  exchangeFileFilter: 'Tệp trao đổi Spokesdesk',
  archiveSaveTitle: 'Lưu toàn bộ dữ liệu',
  archiveFileFilter: 'Tệp nén dữ liệu (.tar.gz)',
  quit: 'Thoát',
  edit: 'Sửa',
  undo: 'Hoàn tác',
  redo: 'Làm lại',
  cut: 'Cắt',
  copy: 'Sao chép',
  paste: 'Dán',
  selectAll: 'Chọn tất cả',
  view: 'Xem',
  reload: 'Tải lại',
  toggleDevTools: 'Công cụ phát triển',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  resetZoom: 'Cỡ mặc định',
  toggleFullScreen: 'Toàn màn hình',
  help: 'Trợ giúp',
  about: 'Giới thiệu Spokesdesk',
  hide: 'Ẩn Spokesdesk',
  hideOthers: 'Ẩn ứng dụng khác',
  showAll: 'Hiện tất cả',
  window: 'Cửa sổ',
  minimize: 'Thu xuống',
  externalLinkTitle: 'Mở liên kết ngoài',
  externalLinkMessage: 'Mở liên kết này bằng trình duyệt web?',
  externalLinkDetail: 'Liên kết dẫn ra ngoài Spokesdesk. Chỉ mở nếu anh/chị tin cậy địa chỉ này:',
  open: 'Mở trong trình duyệt',
  cancel: 'Huỷ',
  startFailedTitle: 'Không thể khởi động Spokesdesk',
  startFailedMessage: 'Không mở được thư mục dữ liệu. Dữ liệu chưa bị thay đổi.',
  dataFolderInUse: 'Thư mục dữ liệu đang được một tiến trình Spokesdesk khác sử dụng (dòng lệnh hoặc máy khác). Hãy đóng tiến trình đó rồi mở lại.',
  saveFailedTitle: 'Chưa lưu được dữ liệu',
  saveFailedMessage: 'Một số thay đổi cuối cùng có thể chưa được ghi xuống đĩa. Bản sao lưu tự động vẫn còn trong thư mục dữ liệu.',
};

const en: Omit<MainLabels, 'commands'> = {
  file: 'File',
  openRecent: 'Open Recent',
  clearRecent: 'Clear List',
  noRecentPackets: 'No packets opened yet',
  exchangeFileFilter: 'Spokesdesk exchange file',
  archiveSaveTitle: 'Save all data',
  archiveFileFilter: 'Data archive (.tar.gz)',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  reload: 'Reload',
  toggleDevTools: 'Developer Tools',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Actual Size',
  toggleFullScreen: 'Full Screen',
  help: 'Help',
  about: 'About Spokesdesk',
  hide: 'Hide Spokesdesk',
  hideOthers: 'Hide Others',
  showAll: 'Show All',
  window: 'Window',
  minimize: 'Minimize',
  externalLinkTitle: 'Open external link',
  externalLinkMessage: 'Open this link in your web browser?',
  externalLinkDetail: 'The link leads outside Spokesdesk. Open it only if you trust this address:',
  open: 'Open in browser',
  cancel: 'Cancel',
  startFailedTitle: 'Spokesdesk could not start',
  startFailedMessage: 'The data folder could not be opened. Your data has not been changed.',
  dataFolderInUse: 'The data folder is in use by another Spokesdesk process (the command line, or another computer). Close it, then start again.',
  saveFailedTitle: 'Data not saved',
  saveFailedMessage: 'Some of the latest changes may not have reached the disk. The automatic backups are still in the data folder.',
};

const LABELS: Record<Language, Omit<MainLabels, 'commands'>> = { vi, en };

export function labelsFor(language: Language): MainLabels {
  return { ...LABELS[language], commands: commandLabels(language) };
}
