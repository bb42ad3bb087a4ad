package dev.ascctl.config;

import java.nio.file.Path;

/**
 * Default review contact and copyright from {@code config/credentials.local.yaml}, used when the store
 * YAML leaves them out. Every field may be null (no default); {@code source} is the file they came from (null for
 * none), which problems with a defaulted value point at.
 *
 * <pre>
 * contactDefaults:
 *   company: Example Inc.
 *   contactFirstName: Ada
 *   contactLastName: Lovelace
 *   contactEmail: ada@example.com
 *   contactPhone: "+1 555 0100"
 *   copyright: "2026 Example Inc."
 * </pre>
 */
public record ContactDefaults(String company, String contactFirstName, String contactLastName,
                              String contactEmail, String contactPhone, String copyright, Path source) {
    public static ContactDefaults none() {
        return new ContactDefaults(null, null, null, null, null, null, null);
    }

    public ContactDefaults {
        company = blankToNull(company);
        contactFirstName = blankToNull(contactFirstName);
        contactLastName = blankToNull(contactLastName);
        contactEmail = blankToNull(contactEmail);
        contactPhone = blankToNull(contactPhone);
        copyright = blankToNull(copyright);
        if (contactEmail != null && !contactEmail.contains("@")) {
            throw new ConfigException("contactDefaults.contactEmail is not an email address: " + contactEmail);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
