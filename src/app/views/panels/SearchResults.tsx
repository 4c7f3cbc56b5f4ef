import { useT } from '../../i18n';
import { selectOccupation, setQuery } from '../../store/actions';
import { useSearchResults } from '../../store/selectors';
import { apply, useStore } from '../../store/store';

export function SearchResults() {
  const t = useT();
  const query = useStore((s) => s.query);
  const results = useSearchResults();
  return (
    <section className="panel" aria-labelledby="search-results-title">
      <div className="panel-head">
        <h2 id="search-results-title">
          {t('searchResults')}: “{query}”
        </h2>
        <button type="button" className="link" onClick={() => apply(setQuery(''))}>
          {t('clearSearch')}
        </button>
      </div>
      <p className="sr-only" aria-live="polite">
        {results.length} {t('occupations').toLowerCase()}
      </p>
      {results.length === 0 ? (
        <p>{t('noResults')}</p>
      ) : (
        <ol className="results" data-testid="search-results">
          {results.map((r) => (
            <li key={r.id}>
              <button type="button" className="result-title" onClick={() => apply(selectOccupation(r.id))}>
                {r.title}
              </button>
              <ul className="result-items">
                {r.items.slice(0, 6).map((item) => (
                  <li key={`${item.kind}:${item.label}`}>
                    <Highlight text={item.label} query={query} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Marks where the query occurs in an item, case-insensitively. */
function Highlight({ text, query }: { text: string; query: string }) {
  const q = query.trim().toLowerCase();
  const at = q ? text.toLowerCase().indexOf(q) : -1;
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{text.slice(at, at + q.length)}</mark>
      {text.slice(at + q.length)}
    </>
  );
}
