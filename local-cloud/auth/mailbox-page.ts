import type { MailMessage } from './mailbox';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

/** The developer-facing inbox: every code the local Cognito sent and every email a function sent, newest first. */
export function renderMailboxPage(messages: readonly MailMessage[]): string {
  const rows = messages
    .map(
      (m) =>
        `<tr><td>${escapeHtml(m.sentAt)}</td><td><a href="mailbox/${encodeURIComponent(m.to)}.json">${escapeHtml(m.to)}</a></td>` +
        `<td>${escapeHtml(m.from ?? 'Cognito')}</td><td>${escapeHtml(m.subject)}</td><td>${escapeHtml(m.purpose)}</td>` +
        `<td><code>${escapeHtml(m.code)}</code></td><td style="white-space:pre-line">${escapeHtml(m.body)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Local mailbox</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.4rem .8rem;text-align:left}code{font-size:1.2em}</style>
</head><body><h1>Local mailbox</h1>
<p>${messages.length} message(s), newest first.</p>
<table><thead><tr><th>Sent</th><th>To</th><th>From</th><th>Subject</th><th>Purpose</th><th>Code</th><th>Body</th></tr></thead>
<tbody>
${rows}
</tbody></table></body></html>`;
}
