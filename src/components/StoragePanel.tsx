/**
 * What this site keeps in the browser, whether the browser has agreed to keep it, and one
 * button that erases all of it.
 */
import { useEffect, useState } from 'react';
import type { DossierRecord, DossierStore } from '../browser/dossier-db.ts';
import { announce } from '../browser/dossier-lock.ts';

interface Props {
  store: DossierStore | null;
  records: readonly DossierRecord[];
  onErased: () => void;
}

const kb = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const ourKeys = () => {
  try {
    return Object.keys(localStorage).filter((k) => k.startsWith('zjtx:'));
  } catch {
    return [];
  }
};

export default function StoragePanel({ store, records, onErased }: Props) {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [usage, setUsage] = useState<number | null>(null);
  const [erased, setErased] = useState(false);

  useEffect(() => {
    void navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(null));
    void navigator.storage?.estimate?.().then((e) => setUsage(e.usage ?? null), () => setUsage(null));
  }, [records]);

  async function askPersist() {
    setPersisted((await navigator.storage?.persist?.()) ?? false);
  }

  async function eraseAll() {
    if (!store || !window.confirm('这会删除本站保存在本浏览器中的全部档案和设置，无法恢复。建议先逐个导出。确定删除吗？')) return;
    await store.eraseAll();
    for (const k of ourKeys()) localStorage.removeItem(k);
    announce({ type: 'erased' });
    setErased(true);
    onErased();
    // The store was closed to be deleted: a fresh page opens a fresh one.
    location.reload();
  }

  const size = records.reduce((n, r) => n + JSON.stringify(r).length * 2, 0);
  const backups = ourKeys().filter((k) => k.includes(':unreadable:'));
  return (
    <section className="storage" aria-labelledby="storage-title">
      <h2 id="storage-title">本浏览器中保存的内容</h2>
      <ul>
        <li>
          档案 {records.length} 份，约 {kb(size)}
          {usage !== null && `（本站在本浏览器共占用约 ${kb(usage)}）`}。保存位置：{store?.mode === 'memory' ? '仅本页内存（浏览器不允许保存，关闭页面即丢失）' : '本浏览器内的本地数据库，不会上传'}。
        </li>
        {backups.length > 0 && <li>另有 {backups.length} 份无法读取的旧草稿备份（原样保留，未被覆盖）。</li>}
        <li>
          {persisted === true
            ? '浏览器已同意长期保存本站数据，不会在空间紧张时自动清除。'
            : '浏览器可能在长期不用或空间紧张时清除本站数据，请定期导出答案文件备份。'}
          {persisted === false && (
            <>
              {' '}
              <button type="button" onClick={() => void askPersist()}>
                请求长期保存
              </button>
            </>
          )}
        </li>
        <li>这些内容只在本浏览器中，不会上传到任何服务器。</li>
      </ul>
      <button type="button" className="danger" disabled={!store || erased} onClick={() => void eraseAll()}>
        删除本站在本浏览器中的全部数据
      </button>
    </section>
  );
}
