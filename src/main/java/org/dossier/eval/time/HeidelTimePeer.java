package org.dossier.eval.time;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * HeidelTime 2.1 in its French news mode, as shipped on Maven Central, with no part-of-speech tagger
 * (TreeTagger is a separate native install Dossier does not assume). Its settings come from a class
 * path resource; it reads nothing from the network.
 */
final class HeidelTimePeer implements TimeSystem {

  private static final String SETTINGS = "/org/dossier/eval/time/heideltime.properties";

  /** Held so that the level set on it stays: java.util.logging keeps loggers weakly. */
  private static final Logger LOG = Logger.getLogger("HeidelTimeStandalone");

  private final HeidelTimeStandalone tagger;

  HeidelTimePeer() throws IOException {
    // Each document logs several INFO lines on stderr; the figures are what matters here.
    LOG.setLevel(Level.WARNING);
    Properties props = new Properties();
    try (InputStream in = HeidelTimePeer.class.getResourceAsStream(SETTINGS)) {
      if (in == null) throw new IOException("missing resource " + SETTINGS);
      props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Config.setProps(props);
    this.tagger = new HeidelTimeStandalone(Language.FRENCH, DocumentType.NEWS, OutputType.TIMEML, null, POSTagger.NO);
  }

  @Override
  public String name() {
    return "heideltime";
  }

  @Override
  public List<Found> tag(String text, LocalDate creationDate) throws Exception {
    List<Found> out = new ArrayList<>();
    Date dct = Date.from(creationDate.atStartOfDay(ZoneId.systemDefault()).toInstant());
    tagger.process(text, dct, jcas -> {
      FSIterator<Annotation> it = jcas.getAnnotationIndex(Timex3.type).iterator();
      while (it.hasNext()) {
        Timex3 t = (Timex3) it.next();
        out.add(new Found(t.getBegin(), t.getEnd(), t.getTimexType(), t.getTimexValue()));
      }
      return "";
    });
    return out;
  }
}
