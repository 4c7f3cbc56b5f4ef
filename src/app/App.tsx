import { lazy, Suspense } from 'react';
import { DataController } from './controllers/DataController';
import { DocumentController } from './controllers/DocumentController';
import { KeyboardController } from './controllers/KeyboardController';
import { UrlController } from './controllers/UrlController';
import { useT } from './i18n';
import { useLoaded } from './store/selectors';
import { useStore } from './store/store';
import { download } from './views/download';
import { ErrorBoundary } from './views/ErrorBoundary';
import { Header } from './views/Header';
import { ListView } from './views/list/ListView';
import { Intro } from './views/panels/Intro';
import { SidePanel } from './views/panels/SidePanel';

// Cytoscape is the largest dependency: it loads after the first paint.
const MapView = lazy(() => import('./views/map/MapView'));

export function App() {
  return (
    <>
      <DataController />
      <UrlController />
      <DocumentController />
      <KeyboardController />
      <Header />
      <Main />
    </>
  );
}

function Main() {
  const t = useT();
  const data = useStore((s) => s.data);
  const view = useStore((s) => s.view);
  const hasMove = useStore((s) => s.move !== null);
  if (data.status === 'error') {
    return (
      <main className="main status">
        <div role="alert" className="error" data-testid="load-error">
          <h2>{t('loadError')}</h2>
          <p>
            <code>{data.error}</code>
          </p>
          <p>{t('loadErrorHelp')}</p>
        </div>
      </main>
    );
  }
  const ready = data.status === 'ready';
  return (
    <main className={hasMove ? 'main has-move' : 'main'}>
      <div className="stage">
        {!ready ? (
          <Loading />
        ) : (
          <ErrorBoundary fallback={(e, reset) => <Failure error={e} reset={reset} />}>
            {view === 'map' ? (
              <Suspense fallback={<Loading />}>
                <MapView />
              </Suspense>
            ) : (
              <ListView />
            )}
            <ExportJson />
          </ErrorBoundary>
        )}
      </div>
      <aside className="side" aria-label={t('details')}>
        {ready ? (
          <ErrorBoundary fallback={(e, reset) => <Failure error={e} reset={reset} />}>
            <SidePanel />
          </ErrorBoundary>
        ) : (
          <Intro />
        )}
      </aside>
    </main>
  );
}

/** Holds the place of the map while it loads, at the map's size, so nothing shifts when it arrives. */
function Loading() {
  const t = useT();
  return (
    <div className="map loading">
      <p role="status">{t('loading')}</p>
    </div>
  );
}

function ExportJson() {
  const t = useT();
  const loaded = useLoaded();
  if (!loaded) return null;
  return (
    <p className="no-print export">
      <button
        type="button"
        className="link"
        onClick={() =>
          download(
            new Blob([`${JSON.stringify(loaded.graph, null, 2)}\n`], { type: 'application/json' }),
            'graph.json',
          )
        }
      >
        {t('exportJson')}
      </button>
    </p>
  );
}

function Failure({ error, reset }: { error: Error; reset: () => void }) {
  const t = useT();
  return (
    <div role="alert" className="error">
      <p>{t('renderError')}</p>
      <p>
        <code>{error.message}</code>
      </p>
      <button type="button" onClick={reset}>
        {t('retry')}
      </button>
    </div>
  );
}
