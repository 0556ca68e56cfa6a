import { Component, type ReactNode } from "react";
import { InfographicError } from "../a11y/InfographicError";

/** Props of the embed's error boundary. */
export interface EmbedBoundaryProps {
  /** Name shown and logged when the infographic fails while rendering. */
  componentName: string;
  /** The props the infographic was given (its title is reused by the error figure). */
  props: unknown;
  /** Called once the infographic is on the page and interactive (hydrated or rendered), with whether it failed. */
  onMounted?: (failed: boolean) => void;
  /** The infographic. */
  children: ReactNode;
}

/**
 * Keeps a failure inside one embedded figure: an error thrown while rendering draws the error figure in its place
 * instead of reaching the host page. It renders no element of its own, so hydration ids stay those of the server.
 */
export class EmbedBoundary extends Component<EmbedBoundaryProps, { message?: string }> {
  override state: { message?: string } = {};

  static getDerivedStateFromError(error: unknown): { message: string } {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override componentDidMount(): void {
    this.props.onMounted?.(this.state.message !== undefined);
  }

  override componentDidUpdate(): void {
    if (this.state.message !== undefined) this.props.onMounted?.(true);
  }

  override render() {
    const { message } = this.state;
    if (message === undefined) return this.props.children;
    return <InfographicError componentName={this.props.componentName} props={this.props.props} problems={[{ path: "(render)", message }]} />;
  }
}
