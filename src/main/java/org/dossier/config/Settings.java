package org.dossier.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every threshold and limit of the pipeline, read from one defaults file ({@code
 * org/dossier/defaults.properties}) with an optional user file laid over it.
 *
 * <p>Keeping them in one place means a tuning run changes data, not code, and a reviewer sees every
 * magic number side by side. A user file may only override keys the defaults declare: a typo fails
 * loudly instead of being silently ignored.
 */
public final class Settings {

  private static final String DEFAULTS = "/org/dossier/defaults.properties";
  private static final Settings DEFAULT = new Settings(readDefaults());

  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** The built-in defaults. */
  public static Settings defaults() {
    return DEFAULT;
  }

  /** The defaults with the keys of {@code overlay} replaced; unknown keys are rejected. */
  public static Settings withOverlay(Path overlay) {
    Properties user = new Properties();
    try (Reader in = Files.newBufferedReader(overlay, StandardCharsets.UTF_8)) {
      user.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read settings file " + overlay, e);
    }
    Map<String, String> merged = new TreeMap<>(DEFAULT.values);
    for (String key : user.stringPropertyNames()) {
      if (!merged.containsKey(key)) {
        throw new IllegalArgumentException(
            "unknown setting '" + key + "' in " + overlay + " (known keys are listed in " + DEFAULTS + ")");
      }
      merged.put(key, user.getProperty(key).trim());
    }
    return new Settings(merged);
  }

  public String string(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("no setting named '" + key + "' in " + DEFAULTS);
    }
    return value;
  }

  public int integer(String key) {
    try {
      return Integer.parseInt(string(key));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting '" + key + "' is not an integer: " + string(key), e);
    }
  }

  public long longValue(String key) {
    try {
      return Long.parseLong(string(key));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting '" + key + "' is not an integer: " + string(key), e);
    }
  }

  public double decimal(String key) {
    try {
      return Double.parseDouble(string(key));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting '" + key + "' is not a number: " + string(key), e);
    }
  }

  private static Map<String, String> readDefaults() {
    Properties p = new Properties();
    try (InputStream in = Settings.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULTS);
      }
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULTS, e);
    }
    Map<String, String> m = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      m.put(key, p.getProperty(key).trim());
    }
    return m;
  }
}
