package org.dossier.eval.time;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One ISO-TimeML document (FR-TimeBank's .tml): its creation date, the plain text of its TEXT
 * element, and the TIMEX3 spans in that text with their type and value.
 */
record TimeBankDocument(String id, LocalDate creationDate, String text, List<Found> gold) {

  TimeBankDocument {
    gold = List.copyOf(gold);
  }

  static TimeBankDocument read(Path file) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      StringBuilder text = new StringBuilder();
      List<Found> gold = new ArrayList<>();
      Deque<String[]> open = new ArrayDeque<>();
      Deque<Integer> starts = new ArrayDeque<>();
      LocalDate dct = null;
      boolean inText = false;
      boolean inDct = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("TEXT")) inText = true;
          else if (name.equals("DCT")) inDct = true;
          else if (name.equals("TIMEX3") && inDct) dct = LocalDate.parse(r.getAttributeValue(null, "value").substring(0, 10));
          else if (name.equals("TIMEX3") && inText) {
            open.push(new String[] {r.getAttributeValue(null, "type"), r.getAttributeValue(null, "value")});
            starts.push(text.length());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("TEXT")) inText = false;
          else if (name.equals("DCT")) inDct = false;
          else if (name.equals("TIMEX3") && inText && !open.isEmpty()) {
            String[] a = open.pop();
            int start = starts.pop();
            if (text.length() > start) gold.add(new Found(start, text.length(), a[0], a[1]));
          }
        } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
          text.append(r.getText());
        }
      }
      if (dct == null) throw new IOException("no DCT in " + file);
      String name = file.getFileName().toString();
      return new TimeBankDocument(name.replaceFirst("\\.tml$", ""), dct, text.toString(), gold);
    } catch (XMLStreamException e) {
      throw new IOException("cannot parse " + file + ": " + e.getMessage(), e);
    }
  }
}
