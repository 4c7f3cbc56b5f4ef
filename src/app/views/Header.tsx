import { SEARCH_INPUT_ID } from '../controllers/KeyboardController';
import { useT } from '../i18n';
import { setLang, setLayout, setQuery, setView } from '../store/actions';
import { apply, useStore } from '../store/store';

export function Header() {
  const t = useT();
  const query = useStore((s) => s.query);
  const view = useStore((s) => s.view);
  const layout = useStore((s) => s.layout);
  const lang = useStore((s) => s.lang);
  return (
    <header className="header">
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        <p className="tagline">{t('tagline')}</p>
      </div>
      <search className="search">
        <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
          {t('searchLabel')}
        </label>
        <input
          id={SEARCH_INPUT_ID}
          type="search"
          value={query}
          placeholder={t('searchPlaceholder')}
          autoComplete="off"
          onChange={(e) => apply(setQuery(e.target.value))}
          onKeyDown={(e) => e.key === 'Escape' && apply(setQuery(''))}
        />
      </search>
      <div className="toggles">
        <fieldset className="segmented">
          <legend className="sr-only">{t('viewLabel')}</legend>
          <button type="button" aria-pressed={view === 'map'} onClick={() => apply(setView('map'))}>
            {t('viewMap')}
          </button>
          <button type="button" aria-pressed={view === 'list'} onClick={() => apply(setView('list'))}>
            {t('viewList')}
          </button>
        </fieldset>
        {view === 'map' && (
          <fieldset className="segmented">
            <legend className="sr-only">{t('layoutLabel')}</legend>
            <button
              type="button"
              aria-pressed={layout === 'levels'}
              onClick={() => apply(setLayout('levels'))}
            >
              {t('layoutLevels')}
            </button>
            <button type="button" aria-pressed={layout === 'force'} onClick={() => apply(setLayout('force'))}>
              {t('layoutForce')}
            </button>
          </fieldset>
        )}
        <fieldset className="segmented">
          <legend className="sr-only">{t('language')}</legend>
          <button type="button" lang="nl" aria-pressed={lang === 'nl'} onClick={() => apply(setLang('nl'))}>
            NL
          </button>
          <button type="button" lang="en" aria-pressed={lang === 'en'} onClick={() => apply(setLang('en'))}>
            EN
          </button>
        </fieldset>
      </div>
    </header>
  );
}
