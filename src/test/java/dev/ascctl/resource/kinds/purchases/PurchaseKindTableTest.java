package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.KindTableTest;
import java.util.List;

/** The table of a purchase kind: it reads what the in-app purchases kind asks for ({@link PurchaseReads#all}). */
abstract class PurchaseKindTableTest extends KindTableTest {
    @Override
    protected List<ResourceHandler<?>> readers(ResourceHandler<?> kind) {
        return kind instanceof InAppPurchaseHandler ? List.of(kind) : List.of(new InAppPurchaseHandler(), kind);
    }
}
