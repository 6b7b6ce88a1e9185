package org.dossier.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.dossier.brief.Brief;

/** The brief as JSON, in the shape {@code docs/brief-schema.json} describes (snake_case keys). */
public final class JsonRenderer {

  private static final ObjectMapper JSON =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).enable(SerializationFeature.INDENT_OUTPUT);

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
