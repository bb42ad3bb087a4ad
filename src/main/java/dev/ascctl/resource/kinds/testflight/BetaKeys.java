package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.resource.Address;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.LocalizationKind;

/** The natural keys of TestFlight's objects. */
final class BetaKeys {
    private BetaKeys() {
    }

    /** A beta group, by name: {@code app[x].betaGroup[QA]}. */
    record Group(String bundleId, String name) implements KindKey {
        @Override
        public Address address() {
            return Address.app(bundleId).child("betaGroup", name);
        }
    }

    /** A beta tester, by email: {@code app[x].betaTester[jane@example.com]}. */
    record Tester(String bundleId, String email) implements KindKey {
        @Override
        public Address address() {
            return Address.app(bundleId).child("betaTester", email);
        }
    }

    /** A build as the YAML names it (a number or {@code latest}): {@code app[x].betaBuild[42]}. */
    record Build(String bundleId, String build) implements KindKey {
        @Override
        public Address address() {
            return Address.app(bundleId).child("betaBuild", build);
        }
    }

    /** The beta app text of one locale: {@code app[x].betaLocale[de-DE]}. */
    record AppLocale(AppKey parent, String locale) implements LocalizationKind.Key<AppKey> {
        @Override
        public Address address() {
            return parent.address().child("betaLocale", locale);
        }
    }
}
