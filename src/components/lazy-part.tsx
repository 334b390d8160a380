/**
 * A part of a page loaded only when first shown (lazy()). Its file is named after the build, and a
 * page open across an update of the site may find it gone: lazy() alone then left an empty panel or
 * a silent no-op, with only an error in the console. Here the place says so, and offers to try again.
 */
import { Component, type ComponentType, lazy, type ReactNode, Suspense } from 'react';

/** Marks a failure to load the part, as against an error of the part once loaded (left to rise as before). */
class PartLoadError extends Error {}

export const partFailedText = (backup: string): string =>
  `本页的部分内容无法载入，可能是网站已更新。请先${backup}或等待自动保存，然后刷新页面。`;

interface Options {
  /** Shown while the part loads. */
  loading: ReactNode;
  /** How the person keeps what is on the page before refreshing, as its button says (导出答案文件). */
  backup?: string;
}

export function lazyPart<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, { loading, backup = '导出答案文件' }: Options): ComponentType<P> {
  const fresh = () =>
    lazy(() =>
      load().catch((error: unknown) => {
        throw new PartLoadError(error instanceof Error ? error.message : String(error));
      }),
    );
  // lazy() keeps a failed load for good: a retry needs a new one.
  let Part = fresh();

  return class LazyPart extends Component<P, { failed: boolean }> {
    state = { failed: false };

    static getDerivedStateFromError(error: unknown) {
      if (!(error instanceof PartLoadError)) throw error;
      return { failed: true };
    }

    componentDidCatch(error: unknown) {
      if (error instanceof PartLoadError) Part = fresh();
    }

    render() {
      if (this.state.failed)
        return (
          <div className="notice notice-error" role="alert">
            <p>{partFailedText(backup)}</p>
            <button type="button" onClick={() => this.setState({ failed: false })}>
              重试
            </button>
          </div>
        );
      return (
        <Suspense fallback={loading}>
          <Part {...this.props} />
        </Suspense>
      );
    }
  };
}
