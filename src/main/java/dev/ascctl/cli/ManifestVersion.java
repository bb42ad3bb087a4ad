package dev.ascctl.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code ascctl --version}: the Implementation-Version the shaded jar's manifest carries (pom.xml sets it from the
 * project version), so the version is written in one place. Run from classes (tests, the IDE) there is no manifest.
 */
final class ManifestVersion implements IVersionProvider {
    /** What {@code --version} says when ascctl does not run from its jar. */
    static final String UNPACKAGED = "dev (not run from the ascctl jar)";

    @Override
    public String[] getVersion() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return new String[] {"ascctl " + (version == null ? UNPACKAGED : version)};
    }
}
