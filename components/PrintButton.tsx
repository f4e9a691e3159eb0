'use client';

import { useEffect, useState } from 'react';

/** Enhancement: a print button, shown only when JavaScript runs (the hint beside it works without). */
export function PrintButton() {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark"
    >
      Drucken / Als PDF speichern
    </button>
  );
}
