package dev.ascctl.config;

import java.net.URI;

/**
 * A saved plan is applied against an endpoint other than the one it was made against: its fingerprints and ids
 * describe another App Store Connect (or another sandbox), so nothing is sent.
 */
public final class EndpointMismatchException extends ConfigException {
    public EndpointMismatchException(URI planEndpoint, URI requested, String requestedBy) {
        super("This saved plan was made against " + planEndpoint + ", but " + requestedBy + " points this apply at "
                + requested + ". Nothing was applied. Apply it to " + planEndpoint + " (leave out " + requestedBy
                + "), or run plan again against " + requested + ".");
    }
}
