package dev.ascctl.cli;

import dev.ascctl.adoption.FileDownloader;
import dev.ascctl.adoption.StoreContent;
import dev.ascctl.adoption.StoreWriter;
import dev.ascctl.adoption.fastlane.DeliverConverter;
import dev.ascctl.resource.registry.AllKinds;
import dev.ascctl.workflow.Connections;
import dev.ascctl.workflow.LiveImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ascctl import}: writes a store for an app from its live state, or from a fastlane deliver folder.
 * Existing files are never overwritten; secrets are written as references with a note to the user.
 */
@Command(name = "import",
        description = "Write the store of an app from App Store Connect or from a fastlane folder; never overwrites.",
        footer = {"  ascctl import --bundle-id com.example.notes --out store",
                "  ascctl import --from-fastlane fastlane --label notes --platform IOS --out ."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--bundle-id", paramLabel = "ID", required = true,
                description = "Import this live app, e.g. com.example.notes."
                + " Required, or --from-fastlane.")
        String bundleId;
        @Option(names = "--from-fastlane", paramLabel = "DIR", required = true,
                description = "Convert this fastlane folder (with metadata/, screenshots/, Deliverfile), e.g."
                        + " fastlane. Required, or --bundle-id.")
        Path fastlane;
    }

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
            description = "The store root to write into, e.g. store. Default: the current directory.")
    Path out;
    @Option(names = "--label", paramLabel = "NAME", description = "The app's folder under apps/, e.g. notes."
            + " Default: the last part of the bundle id.")
    String label;
    @Option(names = "--platform", paramLabel = "PLATFORM", description = "IOS, MAC_OS, TV_OS or VISION_OS, e.g."
            + " IOS. Default: the live app's, or the Deliverfile's platform (else IOS).")
    String platform;

    @Override
    public Integer call() {
        Path storeRoot = root.context().resolve(out.toString());
        var err = root.context().err();
        StoreContent content;
        FileDownloader downloader = null;
        if (source.bundleId != null) {
            String appLabel = LiveImport.checkLabel(label != null ? label : LiveImport.defaultLabel(source.bundleId));
            LiveImport live = new LiveImport(Connections.open(root.connection()), AllKinds.registry());
            content = live.read(source.bundleId, appLabel, platform);
            downloader = live.downloader();
        } else {
            Path dir = root.context().resolve(source.fastlane.toString());
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("--from-fastlane " + source.fastlane + " is not a directory");
            }
            content = new DeliverConverter(dir, label, platform).convert();
        }
        StoreWriter writer = new StoreWriter(storeRoot, AllKinds.registry().storeSections());
        List<Path> conflicts = writer.conflicts(content);
        if (!conflicts.isEmpty()) {
            throw new IllegalArgumentException("import never overwrites: " + conflicts.get(0) + " exists under "
                    + out + "; choose another --out or --label");
        }
        for (Path written : downloader == null ? writer.write(content) : writer.write(content, downloader)) {
            root.context().out().println("wrote " + storeRoot.relativize(storeRoot.resolve(written)));
        }
        for (String note : content.notes()) {
            err.println("Note: " + note);
        }
        err.println(source.bundleId != null
                ? "Next: ascctl plan --store " + out + "   (right after an import it shows no changes)"
                : "Next: ascctl plan --store " + out + "   (shows where the fastlane folder differs from App Store Connect)");
        return ExitCode.OK;
    }
}
