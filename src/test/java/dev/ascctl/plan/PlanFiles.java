package dev.ascctl.plan;

/** For tests outside this package that forge plan files as an attacker would: with a recomputed checksum. */
public final class PlanFiles {
    private PlanFiles() {
    }

    /** {@code json} (a plan file's object without its checksum) sealed as plan --out seals it. */
    public static String reseal(String json) {
        return PlanSeal.seal(json);
    }
}
