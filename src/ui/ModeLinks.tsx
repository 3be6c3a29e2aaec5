const LINK_STYLE = { textDecoration: 'none', display: 'inline-flex', alignItems: 'center', marginRight: '0.4rem' } as const;

/** Links to the scenario library and the quiz (hash routes, see Root.tsx). */
export function ModeLinks({ current }: { current?: 'workspace' | 'scenarios' | 'quiz' }) {
  const links = [['workspace', '#/', 'Workspace'], ['scenarios', '#/scenarios', 'Scenarios'], ['quiz', '#/quiz', 'Quiz']] as const;
  return (
    <nav className="mode-links" aria-label="Pages">
      {links.filter(([id]) => id !== 'workspace' || current).map(([id, href, text]) => (
        <a key={id} className="btn small mode-link" href={href} aria-current={current === id ? 'page' : undefined} style={LINK_STYLE}>{text}</a>
      ))}
    </nav>
  );
}
