/** Files dropped anywhere on an editor: the props for its element, and whether a drag is over it. */
import { type DragEvent, useState } from 'react';

export function useFileDrop(onFiles: (files: File[]) => void) {
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    dropProps: {
      onDragOver: (e: DragEvent) => {
        // Only files: dragging selected text within the form must keep working as usual.
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      },
      onDragLeave: () => setDragging(false),
      onDrop: (e: DragEvent) => {
        const files = [...e.dataTransfer.files];
        if (!files.length) return;
        e.preventDefault();
        setDragging(false);
        onFiles(files);
      },
    },
  };
}
