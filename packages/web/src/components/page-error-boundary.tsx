/**
 * Catches a fault while showing a page, so a person sees what to do instead of a blank screen.
 * The fault itself goes to the browser console for a developer; no stack trace is shown.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { href } from '../router.js';

interface State {
  failed: boolean;
}

export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Liaison could not show this page', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="page" id="main">
        <div className="status status-error" role="alert">
          <h2>This page could not be shown</h2>
          <p>
            Something went wrong in Liaison while showing it. Your study is not affected. Reload the
            page; if it happens again, go back to the study home and report what you opened.
          </p>
          <p className="status-actions">
            <button type="button" onClick={() => window.location.reload()}>
              Reload
            </button>
            <a href={href.home()}>Study home</a>
          </p>
        </div>
      </main>
    );
  }
}
