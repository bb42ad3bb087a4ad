package dev.ascctl.store;

import java.util.regex.Pattern;

/**
 * Apple's rule for product ids. Source: App Store Connect Help, "In-app purchase information": "The product ID
 * can contain letters, numbers, hyphens, periods, and underscores, and can be as long as 100 characters."
 */
public final class ProductIds {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private ProductIds() {
    }

    public static boolean isValid(String productId) {
        return productId != null && SHAPE.matcher(productId).matches();
    }

    static void requireValid(String productId) {
        if (!isValid(productId)) {
            throw new IllegalArgumentException("not a product id: " + productId);
        }
    }
}
