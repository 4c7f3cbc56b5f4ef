import { useT } from '../../i18n';
import { selectOccupation, showMove } from '../../store/actions';
import { useEdges, useProfiles } from '../../store/selectors';
import { apply, useStore } from '../../store/store';
import { percent } from '../format';

/** Occupations and moves as tables: the keyboard, screen-reader and small-screen view of the map. */
export function ListView() {
  const t = useT();
  const profiles = useProfiles();
  const edges = useEdges();
  const selectedId = useStore((s) => s.selectedId);
  const titles = new Map(profiles.map((p) => [p.id, p.title]));
  // Moves per occupation, counted once rather than by scanning all edges for every row.
  const moveCount = new Map<string, number>();
  for (const e of edges) {
    moveCount.set(e.source, (moveCount.get(e.source) ?? 0) + 1);
    moveCount.set(e.target, (moveCount.get(e.target) ?? 0) + 1);
  }
  const byLevel = [...profiles].sort(
    (a, b) => (b.level ?? 0) - (a.level ?? 0) || a.title.localeCompare(b.title),
  );
  return (
    <div className="list-view">
      <section aria-labelledby="list-occupations">
        <h2 id="list-occupations">{t('occupations')}</h2>
        <div className="table-scroll">
          <table data-testid="occupation-table">
            <thead>
              <tr>
                <th scope="col">{t('title')}</th>
                <th scope="col">{t('level')}</th>
                <th scope="col">{t('framework')}</th>
                <th scope="col">{t('moves')}</th>
              </tr>
            </thead>
            <tbody>
              {byLevel.map((p) => (
                <tr key={p.id} aria-current={p.id === selectedId ? 'true' : undefined}>
                  <th scope="row">
                    <button type="button" className="link" onClick={() => apply(selectOccupation(p.id))}>
                      {p.title}
                    </button>
                  </th>
                  <td>{p.levelLabel ?? t('levelUnknown')}</td>
                  <td>{p.framework}</td>
                  <td>{moveCount.get(p.id) ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="list-moves">
        <h2 id="list-moves">{t('moves')}</h2>
        <div className="table-scroll">
          <table data-testid="move-table">
            <thead>
              <tr>
                <th scope="col">{t('from')}</th>
                <th scope="col">{t('to')}</th>
                <th scope="col">{t('kind')}</th>
                <th scope="col">{t('score')}</th>
              </tr>
            </thead>
            <tbody>
              {[...edges]
                .sort((a, b) => b.score - a.score)
                .map((e) => (
                  <tr key={`${e.source}-${e.target}`}>
                    <td>{titles.get(e.source)}</td>
                    <td>{titles.get(e.target)}</td>
                    <td>
                      {t(e.kind)}
                      {e.stated ? ` (${t('stated')})` : ''}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="link"
                        onClick={() => apply(showMove({ from: e.source, to: e.target }))}
                      >
                        {percent(e.score)}{' '}
                        <span className="sr-only">
                          — {t('showMove')}: {titles.get(e.source)} → {titles.get(e.target)}
                        </span>
                      </button>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
