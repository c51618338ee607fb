import type { ReactNode } from 'react';
import { Icon } from './Icon';

/** For the rare screens shown instead of the app: no host, start-up failure, an unexpected rendering error. */
export function FullPageMessage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="full-page">
      <div className="full-page__card" role="alert">
        <Icon name="alert" size={28} className="full-page__icon" />
        <h1 className="full-page__title">{title}</h1>
        {children}
      </div>
    </main>
  );
}
