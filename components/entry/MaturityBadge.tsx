import type { Maturity } from "@/lib/content";
import "./badge.css";

const DESCRIPTIONS: Record<Maturity, string> = {
  established: "In wide production use",
  emerging: "Published and gaining adoption",
  experimental: "Research with little adoption",
  speculative: "Claims without public evidence",
};

export function MaturityBadge({ maturity }: { maturity: Maturity }) {
  return (
    <span className={`badge badge--${maturity}`} title={DESCRIPTIONS[maturity]} data-maturity={maturity}>
      {maturity}
      <span className="visually-hidden">: {DESCRIPTIONS[maturity]}</span>
    </span>
  );
}
