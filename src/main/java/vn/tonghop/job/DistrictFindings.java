package vn.tonghop.job;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Unit;
import vn.tonghop.report.FindingSpool;
import vn.tonghop.value.Interner;

/**
 * Each district's reported findings, set aside in a temporary file of its own as the discrepancies read the
 * night's findings: its copy reads its own back ({@link #take}) instead of asking the store for the ids of
 * every district's findings and then for its own by id (a quarter of the district copies' time in a steady
 * night at N = 10,000). Only the district being copied is held in memory.
 */
final class DistrictFindings implements Closeable {

    /** Past this many distinct texts of one district the others are kept as they come. */
    private static final int SHARED_TEXTS = 500_000;

    private final Map<String, Unit> districtOf;
    private final Map<Unit, FindingSpool> spools = new HashMap<>();

    /** {@code districtOf}: the district of each unit code (a district's own code among them). */
    DistrictFindings(Map<String, Unit> districtOf) {
        this.districtOf = districtOf;
    }

    /** Sets {@code f} aside for its unit's district; a finding of no district's unit is not a copy's. */
    void add(Finding f) {
        Unit district = districtOf.get(f.unitCode());
        if (district == null) {
            return;
        }
        spools.computeIfAbsent(district, d -> {
            try {
                return new FindingSpool();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).add(f);
    }

    /** Forgets what was set aside: the findings are read again from the start. */
    void clear() throws IOException {
        close();
        spools.clear();
    }

    /**
     * The findings set aside for {@code district}, in the order they came, with the texts they repeat shared
     * (a file's name, a rule, the message one mistake gives in many schools); its file is then deleted.
     */
    List<Finding> take(Unit district) throws IOException {
        List<Finding> own = new ArrayList<>();
        try (FindingSpool spool = spools.remove(district)) {
            if (spool == null) {
                return own;
            }
            Interner<String> shared = new Interner<>(SHARED_TEXTS);
            spool.forEach(f -> own.add(new Finding(shared.of(f.file()), shared.of(f.unitCode()),
                    shared.of(f.sheet()), shared.of(f.cell()), shared.of(f.rule()), f.severity(),
                    shared.of(f.message()), shared.of(f.raw()))));
        }
        return own;
    }

    /** Deletes every file still set aside. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (FindingSpool spool : spools.values()) {
            try {
                spool.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
