/**
 * The enterprise page's island: the editor with the enterprise's definition. Importing that
 * definition alone, not the registry, keeps the platform's annexes and schemas off this page.
 */
import { ENTERPRISE } from '../core/annexes/enterprise.ts';
import DossierEditor, { type EditorProps } from './DossierEditor.tsx';

export default function EnterpriseEditor(props: EditorProps) {
  return <DossierEditor applicant={ENTERPRISE} {...props} />;
}
