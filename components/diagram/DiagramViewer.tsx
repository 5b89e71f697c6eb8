"use client";

import { useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent, type ReactNode, type SyntheticEvent } from "react";

const MIN_ZOOM = 0.5;
const MAX_ZOOM = 3;
const STEP = 1.25;

/**
 * Zoom and pan for a server-rendered diagram, and hover/focus highlighting of a box's edges. The SVG is
 * visible without this island; it only adds the controls.
 */
export function DiagramViewer({ children, label, width }: { children: ReactNode; label: string; width: number }) {
  const [zoom, setZoom] = useState(1);
  const [status, setStatus] = useState("");
  const viewport = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null);
  const active = useRef<string | null>(null);

  const zoomTo = (next: number) => {
    const el = viewport.current;
    const z = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(next * 100) / 100));
    if (el) {
      // Keep the point at the centre of the view where it is.
      const cx = (el.scrollLeft + el.clientWidth / 2) / zoom;
      const cy = (el.scrollTop + el.clientHeight / 2) / zoom;
      requestAnimationFrame(() => {
        el.scrollLeft = cx * z - el.clientWidth / 2;
        el.scrollTop = cy * z - el.clientHeight / 2;
      });
    }
    setZoom(z);
  };
  const fit = () => {
    const el = viewport.current;
    if (el) zoomTo(Math.min(1, (el.clientWidth - 2) / width));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "+" || e.key === "=") zoomTo(zoom * STEP);
    else if (e.key === "-") zoomTo(zoom / STEP);
    else if (e.key === "0") zoomTo(1);
    else return;
    e.preventDefault();
  };

  // Drag to pan (mouse only; touch scrolls natively). Text and links keep their own pointer behaviour.
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const el = viewport.current;
    const target = e.target as Element;
    if (!el || e.pointerType !== "mouse" || e.button !== 0 || target.closest("a, text, button")) return;
    if (el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight) return;
    drag.current = { x: e.clientX, y: e.clientY, left: el.scrollLeft, top: el.scrollTop };
    el.setPointerCapture(e.pointerId);
    el.classList.add("is-panning");
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const el = viewport.current;
    const d = drag.current;
    if (!el || !d) return;
    el.scrollLeft = d.left - (e.clientX - d.x);
    el.scrollTop = d.top - (e.clientY - d.y);
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    viewport.current?.classList.remove("is-panning");
    if (viewport.current?.hasPointerCapture(e.pointerId)) viewport.current.releasePointerCapture(e.pointerId);
  };

  // Highlight the edges of the box under the pointer or focus, and name its target.
  const highlight = (e: SyntheticEvent<HTMLDivElement>) => {
    const el = viewport.current;
    const box = (e.target as Element).closest?.("[data-box]");
    const id = box?.getAttribute("data-box") ?? null;
    if (!el || id === active.current) return;
    active.current = id;
    el.querySelectorAll(".d-edge.is-active").forEach((n) => n.classList.remove("is-active"));
    if (id) el.querySelectorAll(`.d-edge[data-boxes~="${id}"]`).forEach((n) => n.classList.add("is-active"));
    const name = box?.querySelector("title")?.textContent ?? "";
    const target = box?.getAttribute("data-target");
    setStatus(target ? `→ ${target}` : name);
  };
  const clear = () => {
    active.current = null;
    viewport.current?.querySelectorAll(".d-edge.is-active").forEach((n) => n.classList.remove("is-active"));
    setStatus("");
  };

  return (
    <>
      <div className="diagram-toolbar" role="group" aria-label="Diagram zoom">
        <button type="button" className="diagram-button" aria-label="Zoom out" onClick={() => zoomTo(zoom / STEP)} disabled={zoom <= MIN_ZOOM}>
          −
        </button>
        <span className="diagram-zoom" aria-live="polite">
          {Math.round(zoom * 100)}%
        </span>
        <button type="button" className="diagram-button" aria-label="Zoom in" onClick={() => zoomTo(zoom * STEP)} disabled={zoom >= MAX_ZOOM}>
          +
        </button>
        <button type="button" className="diagram-button" aria-label="Reset zoom to 100%" onClick={() => zoomTo(1)}>
          Reset
        </button>
        <button type="button" className="diagram-button" aria-label="Fit diagram to width" onClick={fit}>
          Fit
        </button>
        <span className="diagram-status">{status}</span>
      </div>
      <div
        ref={viewport}
        className="diagram-scroll diagram-viewport"
        tabIndex={0}
        role="region"
        aria-label={`${label} (+ and − zoom, 0 resets, arrow keys scroll)`}
        style={{ "--diagram-zoom": zoom } as CSSProperties}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onPointerOver={highlight}
        onFocus={highlight}
        onPointerLeave={clear}
        onBlur={clear}
      >
        {children}
      </div>
    </>
  );
}
