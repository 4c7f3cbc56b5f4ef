import { useState } from 'react';
import type { Depth, Profile } from '../../../core/profile/types';
import { useT } from '../../i18n';
import { selectOccupation, showMove } from '../../store/actions';
import { useEdges, useProfile, useProfiles } from '../../store/selectors';
import { apply } from '../../store/store';
import { levelText, percent } from '../format';

const DEPTHS: Depth[] = ['grondig', 'kennis', 'basis'];

export function OccupationPanel({ profile }: { profile: Profile }) {
  const t = useT();
  const edges = useEdges();
  const profiles = useProfiles();
  const out = edges.filter((e) => e.source === profile.id).sort((a, b) => b.score - a.score);
  const into = edges.filter((e) => e.target === profile.id).sort((a, b) => b.score - a.score);
  const [target, setTarget] = useState('');
  const isDutch = profile.framework === 'MBO';

  return (
    <article className="panel" aria-labelledby="occupation-title">
      <div className="panel-head">
        <h2 id="occupation-title">{profile.title}</h2>
        <button type="button" className="link" onClick={() => apply(selectOccupation(null))}>
          {t('close')}
        </button>
      </div>
      <dl className="facts">
        <dt>{t('level')}</dt>
        <dd>{profile.levelLabel ?? t('levelUnknown')}</dd>
        {profile.code && (
          <>
            <dt>{t('code')}</dt>
            <dd>{profile.code}</dd>
          </>
        )}
        <dt>{t('framework')}</dt>
        <dd>{profile.framework === 'VKS' ? t('legendVks') : t('legendMbo')}</dd>
        {profile.year && (
          <>
            <dt>{t('year')}</dt>
            <dd>{profile.year}</dd>
          </>
        )}
        <dt>{t('source')}</dt>
        <dd>
          <code>{profile.source}</code>
        </dd>
      </dl>
      {profile.definition && (
        <section>
          <h3>{t('definition')}</h3>
          <p lang="nl">{profile.definition}</p>
        </section>
      )}

      <section>
        <h3>{t('movesOut')}</h3>
        <MoveList edges={out} direction="out" />
        <h3>{t('movesIn')}</h3>
        <MoveList edges={into} direction="in" />
        <form
          className="compare-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (target) apply(showMove({ from: profile.id, to: target }));
          }}
        >
          <label htmlFor="compare-target">{t('compareWith')}</label>
          <select id="compare-target" value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">{t('chooseOccupation')}</option>
            {profiles
              .filter((p) => p.id !== profile.id)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
          </select>
          <button type="submit" disabled={!target}>
            {t('showMove')}
          </button>
        </form>
      </section>

      {profile.alternativeTitles.length > 0 && (
        <section>
          <h3>{t('alternativeTitles')}</h3>
          <ul className="chips" lang="nl">
            {profile.alternativeTitles.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </section>
      )}
      {profile.careerPerspective.length > 0 && (
        <section>
          <h3>{t('careerPerspective')}</h3>
          <ul lang="nl">
            {profile.careerPerspective.map((c) => (
              <li key={c.title}>
                {c.title}
                {c.direction ? ` (${c.direction})` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section>
        <h3>{isDutch ? t('werkprocessen') : t('competences')}</h3>
        <ul className="competences" lang="nl">
          {profile.competences.map((c) => (
            <li key={c.id}>
              <details>
                <summary>
                  <span className="cid">{c.id}</span> {c.title}
                </summary>
                {c.group && <p className="muted">{c.group}</p>}
                {c.description && <p>{c.description}</p>}
                {c.activities.length > 0 && (
                  <ul>
                    {c.activities.map((a) => (
                      <li key={a}>{a}</li>
                    ))}
                  </ul>
                )}
                {c.sbb.length > 0 && <p className="muted">{c.sbb.join(' · ')}</p>}
              </details>
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h3>{t('knowledge')}</h3>
        {DEPTHS.map((depth) => {
          const items = profile.knowledge.filter((k) => k.depth === depth);
          if (items.length === 0) return null;
          return (
            <div key={depth} className="depth-group">
              <h4>
                {t(`depth_${depth}`)} ({items.length})
              </h4>
              <ul lang="nl">
                {items.map((k) => (
                  <li key={k.id}>{k.label}</li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>

      <section>
        <details>
          <summary>
            <h3 className="inline">
              {t('skills')} ({profile.skills.length})
            </h3>
          </summary>
          <ul lang="nl">
            {profile.skills.map((s) => (
              <li key={s.id}>{s.label}</li>
            ))}
          </ul>
        </details>
      </section>
    </article>
  );
}

function MoveList({ edges, direction }: { edges: ReturnType<typeof useEdges>; direction: 'in' | 'out' }) {
  const t = useT();
  if (edges.length === 0) return <p className="muted">{t('noMoves')}</p>;
  return (
    <ul className="moves">
      {edges.map((e) => (
        <MoveItem
          key={`${e.source}-${e.target}`}
          source={e.source}
          target={e.target}
          direction={direction}
          score={e.score}
          kind={e.kind}
        />
      ))}
    </ul>
  );
}

function MoveItem(props: {
  source: string;
  target: string;
  direction: 'in' | 'out';
  score: number;
  kind: 'progression' | 'lateral';
}) {
  const t = useT();
  const other = useProfile(props.direction === 'out' ? props.target : props.source);
  if (!other) return null;
  return (
    <li>
      <button
        type="button"
        className="move-button"
        onClick={() => apply(showMove({ from: props.source, to: props.target }))}
      >
        <span>
          {props.direction === 'out' ? '→ ' : '← '}
          {other.title} <span className="muted">({levelText(other, t)})</span>
        </span>
        <span className={`badge ${props.kind}`}>
          {t(props.kind)} · {percent(props.score)}
        </span>
      </button>
    </li>
  );
}
