
export function Breadcrumbs({ trail }: { trail: { href?: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {trail.map((t, i) => (
          <li key={i}>{t.href ? <a href={t.href}>{t.label}</a> : <span aria-current="page">{t.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}
