package dev.ascctl.plan;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a saved plan remembers besides its changes, so {@code apply PLANFILE} needs neither {@code --store} nor
 * {@code --endpoint} again (DESIGN §2): the store folder, the endpoint and the profile it was made with. Names and
 * a URL only, never a key.
 *
 * @param store    the store folder, relative to the plan file's folder with {@code /} separators, or absolute when
 *                 the two are on different roots
 * @param endpoint the API the plan was read from
 * @param profile  the {@code --profile} the plan was made with, or null
 */
public record PlanContext(String store, URI endpoint, String profile) {
    public PlanContext {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(endpoint, "endpoint");
        if (store.isBlank()) {
            throw new IllegalArgumentException("store must not be blank");
        }
        if (endpoint.getRawUserInfo() != null) {
            throw new IllegalArgumentException("a plan file never records credentials: the endpoint has user info");
        }
    }

    /** The context of a plan made from {@code storeDir} and saved to {@code planFile}. */
    public static PlanContext of(Path storeDir, Path planFile, URI endpoint, String profile) {
        Path store = storeDir.toAbsolutePath().normalize();
        Path planDir = folderOf(planFile);
        String recorded;
        if (Objects.equals(store.getRoot(), planDir.getRoot())) {
            String relative = planDir.relativize(store).toString().replace(store.getFileSystem().getSeparator(), "/");
            recorded = relative.isEmpty() ? "." : relative;
        } else {
            recorded = store.toString();
        }
        return new PlanContext(recorded, endpoint, profile);
    }

    /** The store folder, for the plan file at {@code planFile} (wherever the working directory is). */
    public Path storeDir(Path planFile) {
        return folderOf(planFile).resolve(store).normalize();
    }

    private static Path folderOf(Path planFile) {
        return planFile.toAbsolutePath().normalize().getParent();
    }
}
