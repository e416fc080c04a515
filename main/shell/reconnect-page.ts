/** The page a kiosk, desk or hall display shows while its hub cannot be reached. */

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** A self-contained HTML page (no script, no outside resource): Vietnamese first, English second. */
export function reconnectPageHtml(hubUrl: string, attempt: number, nextInSeconds: number): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Đang kết nối lại máy chủ…</title>
<style>body{margin:0;height:100vh;display:flex;align-items:center;justify-content:center;
font-family:system-ui,sans-serif;background:#0b3d91;color:#fff;text-align:center}
h1{font-size:3rem;margin:0 0 1rem}p{font-size:1.5rem;margin:.5rem}small{opacity:.8}</style></head>
<body><main><h1>Đang kết nối lại máy chủ…</h1>
<p>Xin vui lòng chờ trong giây lát. Máy sẽ tự hoạt động trở lại.</p>
<p><small>Máy chủ: ${escapeHtml(hubUrl)} · lần thử ${attempt} · thử lại sau ${nextInSeconds} giây</small></p>
<p><small lang="en">Reconnecting to the server…</small></p></main></body></html>`;
}

/** The page as a data: URL the window can load without touching the network. */
export function reconnectPageUrl(hubUrl: string, attempt: number, nextInSeconds: number): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(reconnectPageHtml(hubUrl, attempt, nextInSeconds))}`;
}
