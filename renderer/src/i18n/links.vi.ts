// Vietnamese UI strings for links in content: the question before one opens outside the app (merged into vi.ts).
export const linksVi = {
  links: {
    confirmTitle: 'Mở liên kết ngoài ứng dụng?',
    confirmBody: 'Liên kết này sẽ mở trong trình duyệt (hoặc chương trình thư điện tử) của máy, ngoài Spokesdesk. Hãy kiểm tra địa chỉ trước khi mở:',
    addressReadsAs: '{{href}}  (hiển thị: {{unicode}})',
    confirmOpen: 'Mở liên kết',
    openFailed: 'Không mở được liên kết: {{message}}',
  },
};
