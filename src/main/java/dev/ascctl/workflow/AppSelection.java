package dev.ascctl.workflow;

import dev.ascctl.plan.PlanOptions;
import dev.ascctl.resource.Address;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Store;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which of the store's apps a run covers: {@code --apps GLOB} (a bundle id or folder name pattern, {@code *} and
 * {@code ?}), {@code --app LABEL} (a folder under apps/), and {@code --shard I/N}, one of N CI jobs that split the
 * apps between them. Globs and labels add up; a shard then keeps its part of those. Nothing given: every app.
 *
 * <p>A shard holds the apps whose bundle id hashes (SHA-256) to it, not a slice of the app list: adding or removing
 * an app moves no other app to another job, and every job computes the same split on its own.
 *
 * @param globs  bundle id or label patterns; empty: no pattern given
 * @param labels app folder names; empty: none given
 * @param shard  this job's part, or null for all
 */
public record AppSelection(List<String> globs, List<String> labels, Shard shard) {
    public AppSelection {
        globs = List.copyOf(globs);
        labels = List.copyOf(labels);
    }

    public static AppSelection all() {
        return new AppSelection(List.of(), List.of(), null);
    }

    /** True when no option narrows the store's apps. */
    public boolean isAll() {
        return globs.isEmpty() && labels.isEmpty() && shard == null;
    }

    /**
     * The selected apps, in the store's order.
     *
     * @throws IllegalArgumentException for a label that is not a folder under apps/, or a pattern that matches no app
     *                                  (a typo would otherwise plan nothing and pass)
     */
    public List<AppSpec> apps(Store store) {
        for (String label : labels) {
            if (store.apps().stream().noneMatch(a -> a.label().equals(label))) {
                throw new IllegalArgumentException("--app " + label + ": the store has no app folder of that name;"
                        + " it has " + store.apps().stream().map(AppSpec::label).collect(Collectors.joining(", ")));
            }
        }
        List<Pattern> patterns = globs.stream().map(AppSelection::glob).toList();
        for (int i = 0; i < globs.size(); i++) {
            Pattern p = patterns.get(i);
            if (store.apps().stream().noneMatch(a -> matches(p, a))) {
                throw new IllegalArgumentException("--apps '" + globs.get(i) + "' matches none of the store's apps"
                        + " (by bundle id or folder name)");
            }
        }
        List<AppSpec> chosen = new ArrayList<>();
        for (AppSpec app : store.apps()) {
            boolean named = globs.isEmpty() && labels.isEmpty() || labels.contains(app.label())
                    || patterns.stream().anyMatch(p -> matches(p, app));
            if (named && (shard == null || shard.holds(app.bundleId()))) {
                chosen.add(app);
            }
        }
        return chosen;
    }

    /**
     * The plan options for the selected apps with the user's {@code --target}s: each target inside a selected app,
     * or every selected app when there is no target. Null when nothing is left to plan.
     */
    public PlanOptions planOptions(Store store, List<Address> targets) {
        if (isAll()) {
            return new PlanOptions(targets);
        }
        List<AppSpec> apps = apps(store);
        List<Address> selected = new ArrayList<>();
        if (targets.isEmpty()) {
            apps.forEach(a -> selected.add(Address.app(a.bundleId())));
        } else {
            targets.stream().filter(t -> apps.stream().anyMatch(a -> t.isWithin(Address.app(a.bundleId()))))
                    .forEach(selected::add);
        }
        return selected.isEmpty() ? null : new PlanOptions(selected);
    }

    /** What this selection is, for the summary line: {@code shard 2/4: 25 of 100 apps}. */
    public String describe(Store store) {
        int chosen = apps(store).size();
        return (shard == null ? "" : "shard " + shard + ": ") + chosen + " of " + store.apps().size() + " apps";
    }

    private static boolean matches(Pattern pattern, AppSpec app) {
        return pattern.matcher(app.bundleId()).matches() || pattern.matcher(app.label()).matches();
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(switch (c) {
                case '*' -> ".*";
                case '?' -> ".";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return Pattern.compile(regex.toString());
    }

    /**
     * One of {@code count} parts, numbered from 1 as CI matrices count ({@code --shard 2/4}).
     *
     * @param index this part, 1 to count
     * @param count how many parts
     */
    public record Shard(int index, int count) {
        public Shard {
            if (count < 1 || index < 1 || index > count) {
                throw new IllegalArgumentException("--shard I/N needs 1 <= I <= N, e.g. 2/4; not " + index + "/" + count);
            }
        }

        /** Reads {@code I/N}. */
        public static Shard parse(String text) {
            Objects.requireNonNull(text, "text");
            String[] parts = text.strip().split("/", -1);
            try {
                if (parts.length == 2) {
                    return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
                }
            } catch (NumberFormatException e) {
                // the message below says what is expected
            }
            throw new IllegalArgumentException("--shard takes I/N, this job's part of N, e.g. 2/4; not '" + text + "'");
        }

        /** Whether this part holds the app: the first 8 bytes of SHA-256 of its bundle id, modulo count. */
        public boolean holds(String bundleId) {
            return partOf(bundleId, count) == index;
        }

        /** The part (1 to count) an app belongs to. */
        public static int partOf(String bundleId, int count) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(bundleId.getBytes(StandardCharsets.UTF_8));
                long value = 0;
                for (int i = 0; i < 8; i++) {
                    value = value << 8 | (hash[i] & 0xff);
                }
                return (int) Long.remainderUnsigned(value, count) + 1;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        @Override
        public String toString() {
            return index + "/" + count;
        }
    }
}
