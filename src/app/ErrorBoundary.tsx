/**
 * Catches a rendering error below it and shows a clear message with a way out, so a learner
 * never faces a blank page.
 */
import { Component, type ReactNode } from 'react';
import { CrashMessage } from './CrashMessage.tsx';

interface ErrorBoundaryState {
  error: unknown;
}

/** Shows `CrashMessage` instead of its children when they throw while rendering. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error };
  }

  componentDidCatch(error: unknown): void {
    console.error('Pas à pas: a page crashed', error);
  }

  render() {
    return this.state.error ? <CrashMessage /> : this.props.children;
  }
}
