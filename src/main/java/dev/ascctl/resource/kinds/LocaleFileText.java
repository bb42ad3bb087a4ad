package dev.ascctl.resource.kinds;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Resource;
import dev.ascctl.resource.BaseInclude;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.LocalizationKind;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Attributes;
import dev.ascctl.store.LocaleSpec;
import dev.ascctl.store.Mark;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The text of {@code locales/<locale>.yaml} that lives under one resource of the app (its app info, its version
 * being prepared): declared per locale file, imported into it, and never deleted in the app's primary locale.
 * Every locale of the parent comes with the parent's base read.
 */
abstract class LocaleFileText<P extends KindKey, K extends LocalizationKind.Key<P>>
        extends LocalizationKind<P, K> implements BaseInclude.Contributor {
    private final Function<LocaleSpec, Attributes> text;
    private final BaseInclude.BaseRead parentRead;
    private final ParentCopies<P> copies;

    /**
     * Where the parent is a copy Apple makes during the apply ({@link NewVersionCopies}), and what to read for it.
     */
    interface ParentCopies<P> {
        /** The copy, given the live localizations of the resource Apple copies. */
        Optional<Copy> of(P parent, LiveApp app, Function<Resource, List<Resource>> localizationsOf);

        /** Reads the copy needs beyond the base reads. */
        default List<ApiQuery> reads(LiveApp app, AppSpec spec) {
            return List.of();
        }
    }

    /**
     * @param text       this kind's part of a locale file
     * @param parentRead the base read of the parent, which includes its localizations
     * @param copies     when Apple makes the parent as a copy during the apply
     */
    LocaleFileText(KindSpec kind, Api api, BiFunction<P, String, K> key, Function<LocaleSpec, Attributes> text,
                   BaseInclude.BaseRead parentRead, ParentCopies<P> copies) {
        super(kind, api, key);
        this.text = text;
        this.parentRead = parentRead;
        this.copies = copies;
    }

    @Override
    protected final Optional<Copy> copyOf(P parent, LiveApp app) {
        return copies.of(parent, app, live -> localizations(app, live));
    }

    @Override
    public final List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        return copies.reads(app, spec);
    }

    /** The parent the store declares, if it declares one. */
    abstract Optional<P> parentKey(AppSpec app);

    /** The live parent resource, if the app has one. */
    abstract Optional<Resource> parent(LiveApp app);

    /** Why the live parent takes no edits, or null. */
    abstract String blockedReason(Resource parent);

    @Override
    public final List<DesiredObject<K>> desired(AppSpec app) {
        return parentKey(app).map(p -> app.locales().values().stream().map(l -> declared(p, l.locale(),
                Handlers.storePath(app) + ".locales." + l.locale(), text.apply(l), new Mark(l.file(), 1, 1)))
                .toList()).orElse(List.of());
    }

    @Override
    protected final List<LiveParent<P>> liveParents(LiveApp app, AppSpec spec) {
        return parentKey(spec).flatMap(key -> copyOf(key, app)
                .map(copy -> List.of(new LiveParent<>(key, null, copy.source(), copy)))
                .or(() -> parent(app).map(p -> List.of(new LiveParent<>(key, blockedReason(p), localizations(app, p))))))
                .orElse(List.of());
    }

    @Override
    protected final List<ExportedParent> exportedParents(LiveApp app, String label) {
        return parent(app).map(p -> List.of(new ExportedParent("apps." + label + ".locales.",
                localizations(app, p)))).orElse(List.of());
    }

    /**
     * Why no locale can be added now: the app has no such parent ({@code none}), or its parent takes no edits (the
     * only app info may be live, with no version prepared: Apple refuses a new locale there as any other edit).
     */
    final Optional<String> parentRefusal(P key, LiveApp app, String none) {
        if (copyOf(key, app).isPresent()) {
            return Optional.empty();
        }
        return parent(app).map(p -> Optional.ofNullable(blockedReason(p))).orElse(Optional.of(none));
    }

    @Override
    protected final String parentId(P parent, LiveApp app) {
        return copyOf(parent, app).map(Copy::parentId).orElseGet(() -> parent(app).orElseThrow().id());
    }

    /** Every locale of the parent, with the parent's base read (Apple's 39 locales fit in 50). */
    @Override
    public final List<BaseInclude> baseIncludes() {
        return List.of(BaseInclude.toMany(parentRead, relationship(), 50));
    }

    @Override
    public final Optional<String> deleteRefusal(LiveObject<K> live, AppSpec spec) {
        return live.key().locale().equals(spec.primaryLocale())
                ? Optional.of("it is the app's primary locale, which Apple never lets you delete")
                : Optional.empty();
    }
}
