package dev.ascctl.resource;

import java.util.Objects;

/**
 * How to look for an object whose create may or may not have happened (DESIGN 1.6: a POST is never blindly
 * retried; re-read and adopt what exists).
 *
 * @param listPath  GET path listing the candidates (read with limit=200), e.g. {@code /v1/appInfos/ID/appInfoLocalizations}
 * @param attribute the natural-key attribute to match, e.g. {@code locale}
 * @param value     the natural key's value, e.g. {@code de-DE}
 */
public record AdoptionCheck(String listPath, String attribute, String value) {
    public AdoptionCheck {
        Objects.requireNonNull(listPath, "listPath");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(value, "value");
    }
}
