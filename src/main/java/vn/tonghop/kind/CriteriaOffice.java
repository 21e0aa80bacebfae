package vn.tonghop.kind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import vn.tonghop.domain.Unit;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.CriteriaReference;
import vn.tonghop.reference.criteria.CriteriaSettings;
import vn.tonghop.reference.criteria.Criterion;
import vn.tonghop.template.TemplateSettings;

/**
 * What a kind read against the criteria catalogues (self-assessment, plan, implementation report) knows of
 * the office: its registry and its criteria folder, read once into the kind's reference {@code R} (the
 * catalogues, or the catalogues with the self-assessment's level rules). One place for the glue those kinds
 * share, so each kind keeps only what it reads and checks.
 */
public final class CriteriaOffice<R> {

    private final CriteriaSettings settings;
    private final UnitRegistry registry;
    private final BiFunction<Path, UnitRegistry, R> load;
    private final Function<R, CriteriaReference> criteria;
    private volatile R reference;

    /**
     * {@code load}: reads the office's folder (the start-up check has found any mistake in it);
     * {@code criteria}: the catalogues in what it read.
     */
    public CriteriaOffice(CriteriaSettings settings, UnitRegistry registry, BiFunction<Path, UnitRegistry, R> load,
                          Function<R, CriteriaReference> criteria) {
        this.settings = settings == null ? new CriteriaSettings(null) : settings;
        this.registry = registry;
        this.load = load;
        this.criteria = criteria;
    }

    /** The catalogues alone, as the plan and the implementation report read them. */
    public static CriteriaOffice<CriteriaReference> catalogues(CriteriaSettings settings, UnitRegistry registry) {
        return new CriteriaOffice<>(settings, registry, CriteriaReference::load, Function.identity());
    }

    public UnitRegistry registry() {
        return registry;
    }

    /** The office's reference, read on first use; null when the office keeps no criteria folder. */
    public R reference() {
        R r = reference;
        if (r == null && settings.folder() != null) {
            synchronized (this) {
                if (reference == null) {
                    reference = load.apply(settings.folder(), registry);
                }
                r = reference;
            }
        }
        return r;
    }

    /**
     * What a kind's checks and sheets read of the office's criteria folder: its files' bytes, and the catalogues
     * in force today (a school's catalogue is the latest version in force on the day); "" without a folder.
     */
    public String dependsOn() {
        if (settings.folder() == null) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        try (Stream<Path> files = Files.walk(settings.folder())) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(settings.folder().relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(f));
            }
            key.append(HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        R r = reference();
        LocalDate today = LocalDate.now();
        if (r != null) {
            for (CriteriaCatalogue c : criteria.apply(r).catalogues()) {
                if (c.inForceFrom() == null || !c.inForceFrom().isAfter(today)) {
                    key.append('|').append(c.id());
                }
            }
        }
        return key.toString();
    }

    /** The catalogue a unit's document is read against (null when the office keeps none or its level is unknown). */
    public CriteriaCatalogue catalogueOf(Unit unit) {
        R r = reference();
        return r == null ? null : criteria.apply(r).catalogueFor(unit, LocalDate.now());
    }

    /** A criterion's title in the catalogue the unit's school level takes, as {@code facts.csv} names a row. */
    public String rowName(String unitCode, String code) {
        CriteriaCatalogue catalogue = catalogueOf(registry.find(unitCode));
        Criterion c = catalogue == null ? null : catalogue.byCode(code);
        return c == null ? "" : c.title();
    }

    /**
     * Whether a unit gets the kind's template: only a school (a unit with none under it), and only when the
     * office hands out templates ({@code templateSettings} not null) and keeps its criteria folder.
     */
    public boolean handsTemplateTo(Unit unit, TemplateSettings templateSettings) {
        return handsTemplates(templateSettings) && registry.childrenOf(unit.code()).isEmpty();
    }

    /** Whether the office hands out the kind's templates at all. */
    public boolean handsTemplates(TemplateSettings templateSettings) {
        return templateSettings != null && reference() != null;
    }

    /** The unit a template names as the one above the school; none for the root. */
    public Unit parentOf(Unit unit) {
        return unit.isRoot() ? null : registry.find(unit.parentCode());
    }

    /** Whether a unit is {@code root} or under it; any known unit when {@code root} is null. */
    public boolean within(Unit unit, Unit root) {
        return unit != null && (root == null || unit.code().equals(root.code()) || registry.isUnder(unit, root));
    }
}
