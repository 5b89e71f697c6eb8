/**
 * Under a python block: what it printed when the site ran it (scripts/run-code.ts, committed in
 * content/outputs/), with the versions it ran on, or why it is not run. Static markup, no client code.
 */
export function CodeRun({ output, torch, python, compat, noRun }: { output?: string; torch?: string; python?: string; compat?: string; noRun?: string }) {
  if (noRun !== undefined) {
    return (
      <p className="code-run code-run--no-run">
        <span className="code-run-label">Not run</span> {noRun}
      </p>
    );
  }
  const standIns = compat ? compat.split(" ") : [];
  return (
    <figure className="code-run code-run--output">
      <figcaption className="code-run-caption">
        <span className="code-run-label">Output</span>
        <span className="code-run-version">
          PyTorch {torch} (CPU), Python {python}
          {standIns.length > 0 && (
            <span title="PyTorch 1.13 lacks these 2.x functions; the run used the site's stand-ins, written from their documented math">
              {" "}
              · 2.x stand-in: {standIns.join(", ")}
            </span>
          )}
        </span>
      </figcaption>
      <pre className="code-run-text" tabIndex={0}>
        <samp>{output}</samp>
      </pre>
    </figure>
  );
}
