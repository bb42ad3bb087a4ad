package dev.ascctl.plan;

import dev.ascctl.resource.Address;
import java.util.List;

/**
 * Choices that shape a plan beyond the store itself.
 *
 * @param targets only objects within these addresses are planned ({@code --target}); empty means all
 */
public record PlanOptions(List<Address> targets) {
    public PlanOptions {
        targets = List.copyOf(targets);
    }

    public static PlanOptions all() {
        return new PlanOptions(List.of());
    }

    boolean selects(Address address) {
        return targets.isEmpty() || targets.stream().anyMatch(address::isWithin);
    }

    /**
     * Whether anything in this app can be selected, so whether it needs reading at all: every address lies inside
     * its app's ({@code app[ID]...}), so an app no target is inside of, or contains, is neither read nor planned.
     */
    public boolean coversApp(String bundleId) {
        Address app = Address.app(bundleId);
        return targets.isEmpty() || targets.stream().anyMatch(t -> t.isWithin(app) || app.isWithin(t));
    }
}
