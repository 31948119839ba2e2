import type { Block, LetterDocument, Run } from './draft';

// The letter as a Word file, made on the device with the `docx` library. The library is large, so it
// is imported only when the person asks for the file: it is a chunk of its own, never in the first
// load (bench/README.md), and the service worker keeps it for offline use like every other file.

const points = (pt: number) => pt * 2; // docx sizes are in half-points
const twips = (pt: number) => pt * 20;

/** The .docx file's bytes (a Blob in the browser). */
export async function letterDocx(letter: LetterDocument): Promise<Blob> {
  const docx = await import('docx');
  const { Document, Packer, Paragraph, TextRun } = docx;

  const text = (run: Run, bold = false) =>
    new TextRun({
      text: run.text,
      ...(bold ? { bold: true } : {}),
      // a field left empty is a gap to fill in by hand: highlighted, as on screen and in print
      ...(run.gap ? { highlight: 'yellow' as const } : {}),
    });

  const paragraphs = (block: Block) => {
    switch (block.kind) {
      case 'lines':
        return [
          new Paragraph({
            children: block.lines.flatMap((line, i) => [
              ...(i > 0 ? [new TextRun({ text: '', break: 1 })] : []),
              ...line.map((run) => text(run)),
            ]),
          }),
        ];
      case 'subject':
        return [new Paragraph({ children: block.runs.map((run) => text(run, true)) })];
      case 'paragraph':
        return [new Paragraph({ children: block.runs.map((run) => text(run)) })];
      case 'list':
        return block.items.map(
          (item) => new Paragraph({ bullet: { level: 0 }, spacing: { after: twips(2) }, children: item.map((run) => text(run)) }),
        );
    }
  };

  const document = new Document({
    title: letter.title,
    creator: '',
    lastModifiedBy: '',
    styles: {
      default: {
        document: {
          run: { font: 'Arial', size: points(12), language: { value: letter.language === 'cy' ? 'cy-GB' : 'en-GB' } },
          paragraph: { spacing: { after: twips(12) } },
        },
      },
    },
    sections: [{ children: letter.blocks.flatMap(paragraphs) }],
  });
  return Packer.toBlob(document);
}
