// Vietnamese strings of the whole-data-folder archive on the Backups card (merged into vi.ts).
export const backupsArchiveVi = {
  backupArchive: {
    heading: 'Xuất toàn bộ dữ liệu',
    intro:
      'Đóng gói toàn bộ thư mục dữ liệu (cài đặt, thư viện, gói tài liệu, các phiên bản và tệp đính kèm) thành một tệp .tar.gz để cất giữ riêng, ví dụ trên USB. Các bản sao lưu tự động không nằm trong tệp này. Muốn dùng lại trên máy khác: giải nén tệp vào một thư mục dữ liệu trống.',
    export: 'Xuất toàn bộ dữ liệu…',
    exporting: 'Đang đóng gói và ghi tệp…',
    exported: 'Đã lưu {{fileName}} ({{size}}, {{files}} tệp dữ liệu).',
    failed: 'Không xuất được dữ liệu: {{message}}',
    insideDataFolder: 'Không thể lưu tệp vào trong thư mục dữ liệu: mỗi lần sao lưu sau sẽ chép lại tệp này. Hãy chọn nơi khác, ví dụ thư mục Tài liệu hoặc USB.',
    unwritable: 'Không ghi được tệp vào nơi đã chọn (không có quyền ghi, ổ chỉ đọc hoặc đã đầy). Hãy chọn nơi khác.',
    tooLarge: 'Thư mục dữ liệu lớn hơn {{limit}}, quá lớn để xuất thành một tệp. Hãy đóng Spokesdesk rồi sao chép nguyên thư mục dữ liệu.',
  },
};
