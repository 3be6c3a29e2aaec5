interface CodeViewProps {
  /** Accessible name of the region, e.g. "Server code". */
  title: string;
  source: string;
}

/** A program with line numbers, as a labelled region that later panels mark up line by line. */
export function CodeView({ title, source }: CodeViewProps) {
  const lines = source.replace(/\n$/, '').split('\n');
  const id = `code-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="panel code-panel" role="region" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ol className="code" aria-label={`${title}, ${lines.length} lines`}>
        {lines.map((line, i) => (
          <li key={i} className="code-line">
            <span className="line-no" aria-hidden="true">
              {i + 1}
            </span>
            <code>{line || ' '}</code>
          </li>
        ))}
      </ol>
    </section>
  );
}
