/** The few words beside a page's export button that say where its answers are kept now (use-dossier.ts). */
import type { DossierState } from './use-dossier.ts';

/** `exportName`: the page's own export button (导出答案文件, or the desk's 导出汇总文件), which is what to do when nothing is kept. */
export function saveStateText(saved: DossierState['saved'], exportName: string): string {
  switch (saved) {
    case 'saved':
      return '已自动保存在本浏览器';
    // Said where the answers are, not "saved": a browser that refuses storage keeps nothing past this page.
    case 'memory':
      return `只保留在本页（浏览器不允许保存），请“${exportName}”备份`;
    case 'failed':
      return `浏览器无法保存草稿，请“${exportName}”备份`;
    case 'erased':
      return `不再自动保存（已删除全部数据），请“${exportName}”备份`;
    default:
      return '';
  }
}
