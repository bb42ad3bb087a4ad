package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What a review submission item may name besides an App Store version (asc-api-notes 4: exactly one of
 * {@code appStoreVersion}, {@code appCustomProductPageVersion}, {@code appEvent}, ...), with the states the object
 * goes through in review. Apple's spec names the relationships; the states are the sandbox's decision from App Store
 * Connect Help ("Submit items for review"): an object is added while it can still change, is READY_FOR_REVIEW
 * while its submission is a draft, WAITING_FOR_REVIEW once submitted, and editable again when the submission is
 * canceled. A kind adds one line to {@link #ALL}.
 *
 * @param relationship the item's relationship naming the object
 * @param type         the object's type
 * @param addable      the object states in which it may be added
 * @param added        its state while in a draft submission
 * @param submitted    its state once the submission is submitted
 * @param canceled     its state when the submission is canceled
 * @param appOf        the id of the app the object belongs to
 */
record ReviewItems(String relationship, String type, Set<String> addable, String added, String submitted,
                   String canceled, BiFunction<SandboxState, StoredResource, String> appOf) {
    static final List<ReviewItems> ALL = List.of(
            new ReviewItems("appCustomProductPageVersion", ProductPageRules.VERSIONS,
                    Set.of("PREPARE_FOR_SUBMISSION", "REJECTED"), "READY_FOR_REVIEW", "WAITING_FOR_REVIEW",
                    "PREPARE_FOR_SUBMISSION", (state, version) -> state.require(ProductPageRules.PAGES,
                    version.relatedId("appCustomProductPage")).relatedId("app")));
    /** Where every such object keeps its state. */
    static final String STATE = "state";

    /** The kind an item names, when it names one of these. */
    static Optional<ReviewItems> of(StoredResource item) {
        return ALL.stream().filter(k -> item.relatedId(k.relationship()) != null).findFirst();
    }

    /** The relationships, for messages. */
    static List<String> relationships() {
        return ALL.stream().map(ReviewItems::relationship).toList();
    }

    /** Moves the object an item names to {@code next}. */
    static void move(SandboxState state, StoredResource item, java.util.function.Function<ReviewItems, String> next) {
        of(item).ifPresent(k -> state.patchAttributes(k.type(), item.relatedId(k.relationship()),
                java.util.Map.of(STATE, next.apply(k))));
    }
}
