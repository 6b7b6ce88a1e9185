package org.dossier.ingest.html;

import org.dossier.config.Settings;

/** The thresholds of {@link DossierExtractor}, read once from the {@code extract.html.*} keys. */
record ExtractorSettings(
    int contentMinChars,
    double contentMinShare,
    int contentJoinLevels,
    double contentJoinMinShare,
    int fallbackMinChars,
    double pruneMaxShare,
    double pruneMaxLinkDensity,
    int linkBoxMaxChars,
    int lineMaxChars,
    int edgeMaxChars,
    double blockMaxLinkDensity,
    int scoreMinParagraphChars,
    int scoreCharsPerPoint,
    int scoreMaxLengthPoints,
    double scoreClassWeight,
    double siblingRatio,
    double siblingMin,
    int siblingParagraphChars,
    double siblingLinkDensity,
    double climbRatio,
    double climbMaxLinkDensity,
    int fallbackParagraphMinChars,
    int leadLevels,
    int leadMinChars,
    int leadMaxChars) {

  static ExtractorSettings from(Settings s) {
    String p = "extract.html.";
    return new ExtractorSettings(
        s.integer(p + "content.min-chars"),
        s.decimal(p + "content.min-share"),
        s.integer(p + "content.join-levels"),
        s.decimal(p + "content.join-min-share"),
        s.integer(p + "fallback.min-chars"),
        s.decimal(p + "prune.max-share"),
        s.decimal(p + "prune.max-link-density"),
        s.integer(p + "prune.link-box-max-chars"),
        s.integer(p + "line.max-chars"),
        s.integer(p + "line.edge-max-chars"),
        s.decimal(p + "block.max-link-density"),
        s.integer(p + "score.min-paragraph-chars"),
        s.integer(p + "score.chars-per-point"),
        s.integer(p + "score.max-length-points"),
        s.decimal(p + "score.class-weight"),
        s.decimal(p + "score.sibling-ratio"),
        s.decimal(p + "score.sibling-min"),
        s.integer(p + "score.sibling-paragraph-chars"),
        s.decimal(p + "score.sibling-link-density"),
        s.decimal(p + "score.climb-ratio"),
        s.decimal(p + "score.climb-max-link-density"),
        s.integer(p + "fallback.paragraph-min-chars"),
        s.integer(p + "lead.levels"),
        s.integer(p + "lead.min-chars"),
        s.integer(p + "lead.max-chars"));
  }
}
