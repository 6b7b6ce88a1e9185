package org.dossier.ingest;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF: the text layer, read with PDFBox. Scanned pages without a text layer give no text and are
 * reported as such; there is no OCR.
 */
final class PdfReader {

  private PdfReader() {}

  static FileResult read(String file, byte[] bytes) {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      // Mark PDFBox's own paragraph guesses with a blank line; the cleaner reflows the rest.
      stripper.setParagraphEnd("\n\n");
      String text = stripper.getText(pdf);
      if (text.isBlank()) {
        return FileResult.skip(file, "PDF has no text layer (scanned pages are not read)");
      }
      PDDocumentInformation info = pdf.getDocumentInformation();
      String title = info == null || info.getTitle() == null || info.getTitle().isBlank() ? null : info.getTitle();
      String author = info == null ? null : info.getAuthor();
      return FileResult.of(new RawArticle(file, 0, Format.PDF, text, new Hints(title, null, null, null, null, author)));
    } catch (IOException e) {
      return FileResult.skip(file, "unreadable PDF: " + e.getMessage());
    }
  }
}
