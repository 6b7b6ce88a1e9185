package org.dossier.extract.entities;

/** An acronym defined in the text, "l'Observatoire syrien des droits de l'Homme (OSDH)": both spans. */
public record Acronym(Mention shortForm, Mention longForm) {}
