package dev.ascctl.store;

/**
 * Desired state of the screenshots and app previews of one app: files under screenshots/ and previews/ (issue: screenshots).
 * Nothing is declared yet: this release does not read that part of the store.
 */
public record MediaSpec() {
    private static final MediaSpec NONE = new MediaSpec();

    /** Nothing declared. */
    public static MediaSpec none() {
        return NONE;
    }
}
