/** `## Title {#id}` would be read as a JS expression by MDX; escaping the braces keeps it as text for remarkHeadingIds. */
export function escapeExplicitIds(body: string): string {
  return body.replace(/^(#{1,6} .*?)\{#([a-z0-9][a-z0-9-]*)\}[ \t]*$/gm, "$1\\{#$2\\}");
}
