package org.dossier.extract.quotes;

/** A quote found in an article whose speaker is still to be resolved. */
record Candidate(String text, int start, int end, boolean direct, String cue, Who who) {}
