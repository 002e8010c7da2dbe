/**
 * Saves a file the API sent as base64 (both transports carry JSON only): a Blob behind a
 * temporary link, so nothing leaves the computer and no data: URL lingers in the page.
 */
export function downloadBase64(base64: string, fileName: string, type: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the next task; the URL would only hold memory after that.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
