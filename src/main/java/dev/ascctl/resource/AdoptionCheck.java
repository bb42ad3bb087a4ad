package dev.ascctl.resource;

import java.util.Objects;

/**
 * How to look for an object whose create may or may not have happened (DESIGN 1.6: a POST is never blindly
 * retried; re-read and adopt what exists).
 *
 * @param listPath  GET path listing the candidates (read with limit=200), e.g. {@code /v1/appInfos/ID/appInfoLocalizations}
 * @param attribute the natural-key attribute to match, e.g. {@code locale}
 * @param value     the natural key's value, e.g. {@code de-DE}
 * @param single    {@code listPath} is a to-one path answering one object or none (404 or {@code data: null}),
 *                  e.g. a review's response, not a list
 */
public record AdoptionCheck(String listPath, String attribute, String value, boolean single) {
    public AdoptionCheck {
        Objects.requireNonNull(listPath, "listPath");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(value, "value");
    }

    /** A list to look in. */
    public AdoptionCheck(String listPath, String attribute, String value) {
        this(listPath, attribute, value, false);
    }

    /** A to-one path ({@code /v1/customerReviews/ID/response}) whose one object may be the one created. */
    public static AdoptionCheck single(String path, String attribute, String value) {
        return new AdoptionCheck(path, attribute, value, true);
    }
}
