package dev.ascctl.sandbox;

/** A valid sandbox token for tests outside this package that play an earlier, interrupted client run. */
public final class TestTokensAccess {
    private TestTokensAccess() {
    }

    public static String valid() {
        return TestTokens.valid();
    }
}
