import { Button } from '@fluentui/react-components';
import { useEffect, useRef, useState, type JSX } from 'react';
import type { ReportClipboard } from '../../engine/summary/report-html.js';
import { PaneMessage } from './PaneMessage.js';

type Copied = 'copied' | 'refused' | undefined;

/**
 * "Copy for report": the paragraph and tables the engine made for the committee report, on the
 * clipboard as HTML Word pastes as real tables, with plain text beside it. Where the host refuses the
 * clipboard, the same content is shown selected, for the officer to copy with Ctrl+C.
 */
export function CopyForReport({ copy }: { copy: ReportClipboard }): JSX.Element {
  const [copied, setCopied] = useState<Copied>();
  const shown = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (copied !== 'refused' || !shown.current) return;
    window.getSelection()?.selectAllChildren(shown.current);
    shown.current.focus();
  }, [copied]);

  const onCopy = async () => {
    try {
      const item = new ClipboardItem({
        'text/html': new Blob([copy.html], { type: 'text/html' }),
        'text/plain': new Blob([copy.text], { type: 'text/plain' }),
      });
      await navigator.clipboard.write([item]);
      setCopied('copied');
    } catch {
      setCopied('refused');
    }
  };

  return (
    <>
      <Button onClick={() => void onCopy()}>Copy for report</Button>
      {copied === 'copied' && <PaneMessage intent="success">Copied the paragraph and tables: paste them into the committee report.</PaneMessage>}
      {copied === 'refused' && (
        <>
          <PaneMessage intent="info">Excel did not let the pane copy. The paragraph and tables are selected below: press Ctrl+C to copy them.</PaneMessage>
          {/* The engine's HTML, every text in it escaped: the report's paragraph and tables. */}
          <div ref={shown} tabIndex={-1} role="region" aria-label="Text for the committee report" dangerouslySetInnerHTML={{ __html: copy.html }} />
        </>
      )}
    </>
  );
}
