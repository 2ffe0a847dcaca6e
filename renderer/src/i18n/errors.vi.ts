// Vietnamese UI strings for a part of the window that failed to show (an editor that did not load, a screen error) (merged into vi.ts).
export const errorBoundaryVi = {
  errorBoundary: {
    partTitle: 'Chưa mở được phần soạn thảo',
    partBody: 'Phần soạn thảo không tải được. Dữ liệu đã lưu không bị ảnh hưởng; hãy bấm “Thử lại”. Nếu vẫn lỗi, đóng và mở lại Spokesdesk.',
    screenTitle: 'Màn hình gặp lỗi',
    screenBody: 'Spokesdesk gặp lỗi khi hiển thị màn hình này. Dữ liệu đã lưu không bị ảnh hưởng; hãy bấm “Thử lại”. Nếu vẫn lỗi, đóng và mở lại Spokesdesk.',
    detail: 'Chi tiết kỹ thuật: {{message}}',
    retry: 'Thử lại',
  },
};
