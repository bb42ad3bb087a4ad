package dev.ascctl.resource;

/**
 * The natural key of one object of a kind (a locale, a product id and a territory, ...), as a record of the kind's
 * own: kinds read their keys from here, never back out of an address, and the address is built from it.
 */
public interface KindKey {
    /** Where this object is named in plans, {@code --target} and saved plans. */
    Address address();
}
