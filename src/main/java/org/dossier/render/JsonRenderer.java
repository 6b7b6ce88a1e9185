package org.dossier.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.dossier.brief.Brief;
import org.dossier.extract.quotes.Quote;

/** The brief as JSON, in the shape {@code docs/brief-schema.json} describes (snake_case keys). */
public final class JsonRenderer {

  private static final ObjectMapper JSON =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).enable(SerializationFeature.INDENT_OUTPUT)
          .addMixIn(Quote.Speaker.class, SpeakerJson.class);

  /** One speaker keeps the documented shape {entity, name}; only several speaking together list their members. */
  private abstract static class SpeakerJson {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<String> members();
  }

  private JsonRenderer() {}

  public static String render(Brief brief) {
    try {
      return JSON.writeValueAsString(brief) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a brief is always serialisable", e);
    }
  }

  /** The mapper, for readers of the format (tests, evaluation). */
  public static ObjectMapper mapper() {
    return JSON.copy();
  }
}
