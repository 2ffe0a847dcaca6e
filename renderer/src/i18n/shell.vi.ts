// Vietnamese UI strings of the app shell's commands: shortcut labels (from shared/commands), recent packets, find in packet, opened files (merged into vi.ts).
import { commandLabels } from '../../../shared/commands';
import { EXCHANGE_MAX_BYTES } from '../../../shared/exchange/safe-read';

const EXCHANGE_MAX_MEGABYTES = EXCHANGE_MAX_BYTES / (1024 * 1024);

export const shellVi = {
  shell: {
    commands: {
      labels: commandLabels('vi'),
      needsPacket: 'Hãy mở một gói tài liệu trước: {{command}} dùng cho gói đang mở.',
      versionSaved: 'Đã lưu phiên bản {{number}}.',
      versionFailed: 'Chưa lưu được phiên bản: {{message}}',
      printHint: 'In cho phóng viên: xuất bản phát cho báo chí, rồi nhập số bản và bấm “In cho phóng viên…”.',
    },
    recent: {
      heading: 'Gần đây',
      listLabel: 'Các gói mở gần đây',
      clear: 'Xoá danh sách',
    },
    find: {
      label: 'Tìm trong gói',
      placeholder: 'Tìm trong gói (có dấu hay không dấu)',
      previous: 'Kết quả trước (Shift+Enter)',
      next: 'Kết quả sau (Enter)',
      close: 'Đóng tìm kiếm (Esc)',
      count: '{{current}}/{{total}}',
      none: 'Không thấy',
      inSection: 'Trong mục: {{section}}',
    },
    openedFile: {
      refused: {
        wrong_extension: 'Không mở được “{{fileName}}”: đây không phải tệp trao đổi .spokesdesk.',
        not_found: 'Không tìm thấy tệp “{{fileName}}”.',
        not_a_file: '“{{fileName}}” là một thư mục, không phải tệp trao đổi.',
        too_large: `Tệp “{{fileName}}” quá lớn để nhập (tối đa ${EXCHANGE_MAX_MEGABYTES} MB).`,
        unreadable: 'Không đọc được tệp “{{fileName}}”.',
      },
    },
  },
};
