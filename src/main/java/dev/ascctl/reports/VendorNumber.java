package dev.ascctl.reports;

/** Apple's vendor number (App Store Connect, Payments and Financial Reports, top left): digits. */
final class VendorNumber {
    private VendorNumber() {
    }

    static String check(String value) {
        if (value == null || value.isBlank()) {
            throw new ReportInputException("No vendor number: give --vendor NUMBER, set ASC_VENDOR_NUMBER, or add"
                    + " vendorNumber to the profile in config/ascctl.yaml. App Store Connect shows it under Payments and"
                    + " Financial Reports.");
        }
        String v = value.strip();
        if (!v.matches("\\d{1,20}")) {
            throw new ReportInputException("The vendor number '" + v + "' is not a number (e.g. 85012345).");
        }
        return v;
    }
}
