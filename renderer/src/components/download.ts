/** Saving a file the core produced (an export, a report) from the browser, without a server round trip. */

/** Offers `content` (text, or base64 when `base64` is true) as a download named `filename`. */
export function downloadFile(
  filename: string,
  mimeType: string,
  content: string,
  base64 = false,
): void {
  const data = base64 ? Uint8Array.from(atob(content), (c) => c.charCodeAt(0)) : content;
  const url = URL.createObjectURL(new Blob([data], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads a chosen file as text (JSON, iCalendar, JSONL). */
export function readFileText(file: File): Promise<string> {
  return file.text();
}

/** Reads a chosen file as base64 (a gzip catalog). */
export async function readFileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
