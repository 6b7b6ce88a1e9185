package org.dossier.ingest.html;

import java.util.List;

/** Test-scope access to the content selectors, for debugging tools. */
public final class ResourceLinesAccess {
  private ResourceLinesAccess() {}

  public static List<String> selectors() {
    return ResourceLines.read("/org/dossier/html/content-selectors.txt");
  }
}
