package dev.ascctl.config;

/** Credentials or profile settings are missing or invalid; the message says what and where to set it. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
