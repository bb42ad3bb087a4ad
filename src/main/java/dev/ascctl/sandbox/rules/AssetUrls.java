package dev.ascctl.sandbox.rules;



/**
 * The asset URLs the sandbox hands out for processed media, served by {@link AssetDownloadHandler}. Apple's have
 * the same shape on its CDN: a screenshot's {@code imageAsset.templateUrl} ends in {@code /{w}x{h}bb.{f}}
 * (e.g. {@code https://is1-ssl.mzstatic.com/image/thumb/Purple.../{w}x{h}bb.{f}}, as in the recorded
 * {@code fl_builds_GET_list.json} icon assets), filled in by the client with a width, height and format.
 */
public final class AssetUrls {
    /** The one path segment a preview's {@code videoUrl} ends in. */
    public static final String VIDEO = "video";

    private AssetUrls() {
    }

    /** {@code http://127.0.0.1:PORT/assets/{id}/{w}x{h}bb.{f}}. */
    public static String templateUrl(String baseUri, String assetId) {
        return baseUri + "/assets/" + assetId + "/{w}x{h}bb.{f}";
    }

    /** {@code http://127.0.0.1:PORT/assets/{id}/video}. */
    public static String videoUrl(String baseUri, String assetId) {
        return baseUri + "/assets/" + assetId + "/" + VIDEO;
    }
}
