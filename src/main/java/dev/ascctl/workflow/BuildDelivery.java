package dev.ascctl.workflow;

import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.Sleeper;
import dev.ascctl.asc.UploadSettings;
import dev.ascctl.asc.UploadTransport;
import dev.ascctl.build.BuildFile;
import dev.ascctl.build.BuildUploader;
import java.time.Duration;
import java.util.Map;

/**
 * {@code ascctl build upload}: opens the connection and delivers one archive ({@link BuildUploader}). The pause
 * between processing checks is {@code ASCCTL_BUILD_POLL_MS} when set (tests, impatient CI), else 5 s doubling.
 */
public final class BuildDelivery {
    private BuildDelivery() {
    }

    public static BuildUploader uploader(AscClient client, Map<String, String> env, BuildUploader.Listener listener) {
        String ms = env.get("ASCCTL_BUILD_POLL_MS");
        UploadSettings defaults = BuildUploader.defaultSettings();
        UploadSettings settings = new UploadSettings(Math.min(defaults.partParallelism(),
                client.parallelism()), ms == null ? defaults.pollInterval() : Duration.ofMillis(Long.parseLong(ms)),
                defaults.timeout(), Sleeper.REAL);
        return new BuildUploader(client, new UploadTransport(Duration.ofSeconds(10), Duration.ofMinutes(10),
                Sleeper.REAL, client.network()), settings, listener);
    }

    /** Uploads {@code file} over a connection opened from {@code settings}. */
    public static BuildUploader.Result upload(ConnectionSettings settings, BuildFile file,
                                              BuildUploader.Listener listener) {
        return uploader(Connections.open(settings), settings.env(), listener).upload(file);
    }
}
