/**
 * The platform page's island: the editor with the platform's definition. Importing that
 * definition alone, not the registry, keeps the enterprise's annexes and schemas off this page.
 */
import { PLATFORM } from '../core/annexes/platform.ts';
import DossierEditor, { type EditorProps } from './DossierEditor.tsx';

export default function PlatformEditor(props: EditorProps) {
  return <DossierEditor applicant={PLATFORM} {...props} />;
}
