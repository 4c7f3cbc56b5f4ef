import { useT } from '../../i18n';

/** The hint shown before anything is chosen; also the start-up placeholder of the side column. */
export function Intro() {
  const t = useT();
  return (
    <section className="panel intro">
      <p>{t('intro')}</p>
    </section>
  );
}
