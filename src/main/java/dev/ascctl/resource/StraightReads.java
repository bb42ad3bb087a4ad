package dev.ascctl.resource;

import dev.ascctl.store.AppSpec;

/**
 * A kind that reads what it needs beyond the base reads in straight code through the read context, instead of
 * answering {@link ResourceHandler#reads} again and again with what is known so far. What it reads is then in
 * {@link LiveApp#read}, for {@code live} and the calls. Chains of any depth are fine: each {@code get} waits for
 * its answer, and the engine runs every kind's reads for every app at the same time.
 */
public interface StraightReads {

    /** Reads what this kind needs for the app whose YAML is {@code spec}. */
    void read(LiveApp app, AppSpec spec, Reads reads);

    /**
     * The export side ({@code ascctl import}, no YAML yet), for a kind whose {@link ResourceHandler#export} reads in
     * straight code instead of answering {@link ResourceHandler#exportReads} again and again.
     */
    interface ForExport {
        void readForExport(LiveApp app, Reads reads);
    }
}
