import type { ReactNode } from "react";
import { getRegistry } from "@/lib/content";
import { Sidebar } from "./Sidebar";

/** Sidebar + main column (+ optional right rail), shared by every content page. */
export function PageShell({ children, aside, currentCategory, currentEntry }: { children: ReactNode; aside?: ReactNode; currentCategory?: string; currentEntry?: string }) {
  const { categories } = getRegistry();
  return (
    <div className={aside ? "site-shell" : "site-shell site-shell--no-rail"}>
      <aside className="site-sidebar" id="site-sidebar">
        <Sidebar categories={categories} currentCategory={currentCategory} currentEntry={currentEntry} />
      </aside>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      {aside && <aside className="site-rail">{aside}</aside>}
    </div>
  );
}
