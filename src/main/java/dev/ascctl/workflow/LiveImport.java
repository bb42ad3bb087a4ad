package dev.ascctl.workflow;

import dev.ascctl.adoption.FileDownloader;
import dev.ascctl.adoption.StoreContent;
import dev.ascctl.adoption.StoreLayout;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.AssetDownloader;
import dev.ascctl.asc.Sleeper;
import dev.ascctl.live.LiveReader;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.ResourceKinds;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * {@code ascctl import --bundle-id}: reads one live app and asks every resource kind what the store would have to
 * say for it ({@link ResourceHandler#export}), so that a plan right after the import finds no change.
 */
public final class LiveImport {
    /** Labels are folder names and one segment of a store path, so no dots or slashes. */
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_-]+");

    private final AscClient client;
    private final ResourceKinds kinds;
    private final AssetDownloader downloader;

    public LiveImport(AscClient client, ResourceKinds kinds) {
        this(client, kinds, new AssetDownloader(Duration.ofSeconds(10), Duration.ofMinutes(5), Sleeper.REAL,
                client.network().idle(), AssetDownloader.MAX_ASSET_BYTES));
    }

    public LiveImport(AscClient client, ResourceKinds kinds, AssetDownloader downloader) {
        this.client = client;
        this.kinds = kinds;
        this.downloader = downloader;
    }

    /** The app folder name a bundle id gets by default: its last segment ({@code com.example.notes} → notes). */
    public static String defaultLabel(String bundleId) {
        String last = bundleId.substring(bundleId.lastIndexOf('.') + 1).replaceAll("[^A-Za-z0-9_-]", "-");
        return last.isEmpty() ? "app" : last;
    }

    /** Checks a label before any request. */
    public static String checkLabel(String label) {
        if (!LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException("the app label '" + label + "' must be a folder name of letters, digits,"
                    + " '-' and '_'");
        }
        return label;
    }

    /**
     * Fetches the media files of the content from Apple's asset URLs, with no credential of ours: they are on
     * Apple's CDN, not the API (see {@link AssetDownloader}).
     */
    public FileDownloader downloader() {
        return downloader::download;
    }

    /** The store content of the live app, in apply order of the kinds, with a note for each secret reference. */
    public StoreContent read(String bundleId, String label, String platform) {
        checkLabel(label);
        LiveApp app = new LiveReader(client, kinds).readForExport(bundleId, platform);
        StoreContent content = new StoreContent();
        for (ResourceHandler<?> handler : kinds.handlers()) {
            for (ExportedObject exported : handler.export(app, label)) {
                StoreLayout.put(content, exported);
                for (String secret : exported.sensitive()) {
                    content.note(exported.storePath() + "." + secret + " is written as "
                            + exported.attributes().get(secret).asString() + ", not as its live value: set "
                            + variableOf(exported.attributes().get(secret).asString()) + " before you run plan.");
                }
            }
        }
        return content;
    }

    private static String variableOf(String reference) {
        return reference.startsWith("${env:") ? "the environment variable " + reference.substring(6, reference.length() - 1)
                : "the secret " + reference;
    }
}
