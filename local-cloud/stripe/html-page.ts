/** The shell every hosted page shares (checkout, receipts): one column, no scripts, styles inline as the CSP allows. */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #f6f8fa; margin: 0; }
main { max-width: 28rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: 8px; box-shadow: 0 1px 4px #0002; }
h1 { font-size: 1.4rem; margin: .25rem 0; } h2 { font-size: 1.1rem; margin: 0 0 .25rem; }
.badge { display: inline-block; background: #ffe8a3; color: #5c4300; padding: 0 .5rem; border-radius: 4px; font-size: .85rem; margin: 0; }
.total { font-size: 1.6rem; font-weight: 600; margin: 0 0 1rem; }
fieldset { border: 1px solid #8a8f98; border-radius: 6px; margin: 0 0 1rem; padding: .5rem 1rem; }
legend { font-weight: 600; padding: 0 .25rem; }
.field { margin-bottom: 1rem; } label { display: block; font-weight: 600; }
.hint { margin: 0; color: #4a4f57; font-size: .9rem; }
input { box-sizing: border-box; width: 100%; font: inherit; padding: .5rem; border: 1px solid #6b7280; border-radius: 4px; }
input[readonly] { background: #eef0f3; }
.invalid input { border: 2px solid #b3261e; }
.error { color: #b3261e; margin: 0; font-weight: 600; }
.errors { border: 3px solid #b3261e; border-radius: 6px; padding: .75rem 1rem; margin: 0 0 1rem; }
.errors a { color: #b3261e; }
button { width: 100%; font: inherit; font-weight: 600; padding: .75rem; border: 0; border-radius: 6px; background: #4f46e5; color: #fff; cursor: pointer; }
a { color: #3730a3; }
:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
aside { margin-top: 1.5rem; font-size: .9rem; color: #4a4f57; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.secondary { width: auto; background: #fff; color: #3730a3; border: 1px solid #3730a3; padding: .5rem .75rem; }
.inline { display: flex; gap: .5rem; } .inline input { flex: 1; }
.summary { margin: 0 0 1rem; } .summary div { display: flex; justify-content: space-between; } .summary dt, .summary dd { margin: 0; }
.summary .grand { font-weight: 600; border-top: 1px solid #8a8f98; padding-top: .25rem; }
.promotion { margin: 0 0 1rem; }
.refunded { color: #5c4300; background: #ffe8a3; border-radius: 4px; padding: .5rem .75rem; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
