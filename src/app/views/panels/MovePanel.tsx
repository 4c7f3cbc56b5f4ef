import type { Comparison } from '../../../core/match/compare';
import { groupMissingByCompetence } from '../../../core/match/group-missing';
import type { Profile } from '../../../core/profile/types';
import { useT } from '../../i18n';
import { closeMove, swapMove } from '../../store/actions';
import { useComparison, useProfile } from '../../store/selectors';
import { apply, type Move } from '../../store/store';
import { levelText, percent } from '../format';

export function MovePanel({ move }: { move: Move }) {
  const t = useT();
  const from = useProfile(move.from);
  const to = useProfile(move.to);
  const comparison = useComparison(move);
  if (!from || !to || !comparison) return null;
  const upgrades = comparison.matches.filter((m) => m.depthGap);
  const vars = { from: from.title, to: to.title };

  return (
    <article className="panel move" aria-labelledby="move-title" data-testid="move-panel">
      <div className="panel-head">
        <h2 id="move-title">
          {t('moveTitle')}: {from.title} → {to.title}
        </h2>
        <div className="actions no-print">
          <button type="button" className="link" onClick={() => apply(swapMove())}>
            {t('swap')}
          </button>
          <button type="button" className="link" onClick={() => window.print()}>
            {t('print')}
          </button>
          <button type="button" className="link" onClick={() => apply(closeMove())}>
            {t('close')}
          </button>
        </div>
      </div>
      <p className="muted">
        {from.title} ({levelText(from, t)}) → {to.title} ({levelText(to, t)})
      </p>

      <div className="coverage" data-testid="coverage">
        <span className="coverage-value">{percent(comparison.coverage)}</span>
        <span className="coverage-text">{t('coverageExplain', vars)}</span>
        <div className="bar" aria-hidden="true">
          <div style={{ width: percent(comparison.coverage) }} />
        </div>
      </div>

      <section aria-labelledby="shared-title">
        <h3 id="shared-title">
          {t('shared')} ({comparison.matches.length})
        </h3>
        <table className="pairs" data-testid="shared-items">
          <thead>
            <tr>
              <th scope="col">{t('sharedHas', vars)}</th>
              <th scope="col">{t('sharedNeeds', vars)}</th>
              <th scope="col">{t('how')}</th>
            </tr>
          </thead>
          <tbody lang="nl">
            {comparison.matches.map((m) => (
              <tr key={`${m.from}|${m.to}`}>
                <td>{m.from}</td>
                <td>{m.to}</td>
                <td lang={undefined}>
                  <span className={`how ${m.how}`}>{t(`how_${m.how}`)}</span>
                  {m.how === 'fuzzy' && <span className="muted"> {percent(m.similarity)}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {upgrades.length > 0 && (
        <section aria-labelledby="depth-title">
          <h3 id="depth-title">
            {t('depthUpgrades')} ({upgrades.length})
          </h3>
          <ul data-testid="depth-upgrades">
            {upgrades.map((m) => (
              <li key={m.to}>
                <span lang="nl">{m.to}</span>:{' '}
                {t('depthFromTo', { has: m.depthGap?.has ?? '', needs: m.depthGap?.needs ?? '' })}
              </li>
            ))}
          </ul>
        </section>
      )}

      <MissingByCompetence comparison={comparison} target={to} />
    </article>
  );
}

function MissingByCompetence({ comparison, target }: { comparison: Comparison; target: Profile }) {
  const t = useT();
  const groups = groupMissingByCompetence(comparison.missing, target.competences);
  return (
    <section aria-labelledby="missing-title">
      <h3 id="missing-title">
        {t('missing')} ({comparison.missing.length})
      </h3>
      <div data-testid="missing-items">
        {groups.map(({ competence, items }) => (
          <section key={competence?.id ?? 'general'} className="missing-group">
            <h4 lang={competence ? 'nl' : undefined}>
              {competence ? `${competence.id} ${competence.title}` : t('general')}
            </h4>
            <ul lang="nl">
              {items.map((m) => (
                <li key={m.label}>
                  {m.label} <span className="muted">({t(`kind_${m.kind}`)})</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
