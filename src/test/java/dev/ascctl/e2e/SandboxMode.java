package dev.ascctl.e2e;

import dev.ascctl.sandbox.SandboxOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * One way to run the end-to-end sandboxes: plain, or in variant mode with a seed. Written "plain" and "variants:SEED";
 * a run names its modes with commas ("plain,variants:7").
 */
public record SandboxMode(Long variantsSeed) {
    public static final SandboxMode PLAIN = new SandboxMode(null);

    public static SandboxMode variants(long seed) {
        return new SandboxMode(seed);
    }

    /** "plain" or "variants:SEED"; a blank list is plain alone. */
    static List<SandboxMode> parseList(String modes) {
        List<SandboxMode> list = new ArrayList<>();
        for (String mode : (modes == null ? "" : modes).split(",")) {
            String m = mode.trim();
            if (m.isEmpty()) {
                continue;
            }
            if (m.equals("plain")) {
                list.add(PLAIN);
            } else if (m.startsWith("variants:")) {
                list.add(variants(Long.parseLong(m.substring("variants:".length()).trim())));
            } else {
                throw new IllegalArgumentException("sandbox mode '" + m + "': plain or variants:SEED");
            }
        }
        return list.isEmpty() ? List.of(PLAIN) : List.copyOf(list);
    }

    public SandboxOptions apply(SandboxOptions options) {
        return options.withVariantsSeed(variantsSeed);
    }

    @Override
    public String toString() {
        return variantsSeed == null ? "plain" : "variants:" + variantsSeed;
    }
}
